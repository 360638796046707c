package vn.edoc.systems;

/**
 * What a call presents: the UsernameToken's user name (the system id) and password (its secret), and the SHA-256 of
 * the TLS client certificate when the call came over TLS with one. Any of them may be missing.
 */
public record Credentials(String systemId, String secret, String clientCertificateSha256) {
    @Override
    public String toString() {
        // never the secret: credentials may end up in a log line
        return "Credentials[systemId=" + systemId + ", certificate=" + clientCertificateSha256 + "]";
    }
}
