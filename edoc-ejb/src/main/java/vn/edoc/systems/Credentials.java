package vn.edoc.systems;

/**
 * What a call presents: the UsernameToken's user name (the system id) and password, the SHA-256 of the TLS client
 * certificate when the call came over TLS with one, and whether it came over TLS at all. Any of them may be missing.
 */
public record Credentials(String systemId, Password password, String clientCertificateSha256, boolean overTls) {

    /** A PasswordText token without nonce or time, as older clients send it. */
    public Credentials(String systemId, String secret, String clientCertificateSha256) {
        this(systemId, secret == null ? null : Password.text(secret, null, null), clientCertificateSha256, false);
    }

    @Override
    public String toString() {
        // never the password: credentials may end up in a log line
        return "Credentials[systemId=" + systemId + ", certificate=" + clientCertificateSha256 + ", tls=" + overTls
                + "]";
    }

    /**
     * The UsernameToken's password (OASIS UsernameToken Profile 1.0): the secret itself ({@code PasswordText}), or
     * {@code Base64(SHA-1(nonce + created + secret))} ({@code PasswordDigest}), with the token's {@code Nonce}
     * (base64, as sent) and {@code Created} (as sent) when it has them.
     */
    public record Password(boolean digest, String value, String nonce, String created) {
        public static Password text(String secret, String nonce, String created) {
            return new Password(false, secret, nonce, created);
        }

        public static Password digest(String digest, String nonce, String created) {
            return new Password(true, digest, nonce, created);
        }

        /** Whether the token says when it was made and with which nonce, so that a replay can be recognised. */
        public boolean fresh() {
            return nonce != null && created != null;
        }

        @Override
        public String toString() {
            return "Password[digest=" + digest + ", nonce=" + nonce + ", created=" + created + "]";
        }
    }
}
