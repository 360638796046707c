package vn.edoc.signature;

import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Optional;
import org.apache.xml.security.signature.XMLSignature;

/**
 * The signature methods edoc signs and accepts: an allow-list. SHA-1 and MD5 methods are not on it; RSA keys must have
 * at least 2048 bits and EC keys 256.
 */
public enum SignatureAlgorithm {
    RSA_SHA256(XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256, "RSA"),
    RSA_SHA384(XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA384, "RSA"),
    RSA_SHA512(XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512, "RSA"),
    ECDSA_SHA256(XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256, "EC"),
    ECDSA_SHA384(XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA384, "EC");

    /** The smallest RSA modulus accepted. */
    public static final int MIN_RSA_BITS = 2048;

    /** The smallest EC field accepted. */
    public static final int MIN_EC_BITS = 256;

    private final String uri;
    private final String keyAlgorithm;

    SignatureAlgorithm(String uri, String keyAlgorithm) {
        this.uri = uri;
        this.keyAlgorithm = keyAlgorithm;
    }

    public String uri() {
        return uri;
    }

    public static Optional<SignatureAlgorithm> ofUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.uri.equals(uri)).findFirst();
    }

    /** The default for a key: RSA-SHA256 or ECDSA-SHA256. */
    public static SignatureAlgorithm defaultFor(PrivateKey key) {
        return key.getAlgorithm().equals("EC") ? ECDSA_SHA256 : RSA_SHA256;
    }

    /** Whether this method goes with a key of that algorithm. */
    boolean fits(String keyAlgorithmName) {
        return keyAlgorithm.equals(keyAlgorithmName);
    }
}
