package vn.edoc.systems.boundary;

/** A secret just generated for a system: shown this once, the axis keeps only its SHA-256. */
public record IssuedSecret(String systemId, String secret) {
    @Override
    public String toString() {
        return "IssuedSecret[systemId=" + systemId + "]";
    }
}
