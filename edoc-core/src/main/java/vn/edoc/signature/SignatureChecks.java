package vn.edoc.signature;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.SignerOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.edoc.edxml.Edxml;
import vn.edoc.error.ErrorCode;

/** The steps about one signature itself: algorithms, coverage and value. Each returns {@code null} when it passes. */
final class SignatureChecks {
    private static final Set<String> DIGESTS = Set.of(
            org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256,
            org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA384,
            org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA512);

    private SignatureChecks() {}

    static StepResult algorithms(SignatureRole role, XMLSignature signature, X509Certificate certificate)
            throws XMLSecurityException {
        SignedInfo info = signature.getSignedInfo();
        String method = info.getSignatureMethodURI();
        var algorithm = SignatureAlgorithm.ofUri(method);
        if (algorithm.isEmpty()
                || !algorithm.get().fits(certificate.getPublicKey().getAlgorithm())) {
            return fail(role, ErrorCode.SIGNATURE_ALGORITHM_FORBIDDEN, method);
        }
        if (!Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS.equals(info.getCanonicalizationMethodURI())) {
            return fail(role, ErrorCode.SIGNATURE_ALGORITHM_FORBIDDEN, info.getCanonicalizationMethodURI());
        }
        for (int i = 0; i < info.getLength(); i++) {
            String digest = info.item(i).getMessageDigestAlgorithm().getAlgorithmURI();
            if (!DIGESTS.contains(digest)) {
                return fail(role, ErrorCode.SIGNATURE_ALGORITHM_FORBIDDEN, digest);
            }
        }
        String certificateAlgorithm = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        if (certificateAlgorithm.contains("SHA1") || certificateAlgorithm.contains("MD5")) {
            return fail(role, ErrorCode.SIGNATURE_ALGORITHM_FORBIDDEN, certificate.getSigAlgName());
        }
        return keyLength(role, certificate.getPublicKey());
    }

    private static StepResult keyLength(SignatureRole role, PublicKey key) {
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < SignatureAlgorithm.MIN_RSA_BITS) {
            return fail(
                    role,
                    ErrorCode.SIGNATURE_KEY_TOO_SHORT,
                    rsa.getModulus().bitLength(),
                    SignatureAlgorithm.MIN_RSA_BITS);
        }
        if (key instanceof ECPublicKey ec
                && ec.getParams().getCurve().getField().getFieldSize() < SignatureAlgorithm.MIN_EC_BITS) {
            return fail(
                    role,
                    ErrorCode.SIGNATURE_KEY_TOO_SHORT,
                    ec.getParams().getCurve().getField().getFieldSize(),
                    SignatureAlgorithm.MIN_EC_BITS);
        }
        return null;
    }

    /** Exactly one reference, to the whole document, with exactly the role's transforms. */
    static StepResult coverage(SignatureRole role, XMLSignature signature) throws XMLSecurityException {
        SignedInfo info = signature.getSignedInfo();
        if (info.getLength() != 1) {
            return fail(role, ErrorCode.SIGNATURE_COVERAGE_WRONG, info.getLength() + " references");
        }
        Reference reference = info.item(0);
        if (!"".equals(reference.getURI())) {
            return fail(role, ErrorCode.SIGNATURE_COVERAGE_WRONG, "URI=\"" + reference.getURI() + "\"");
        }
        Transforms transforms = reference.getTransforms();
        List<String> expected = role == SignatureRole.SIGNER
                ? List.of(Transforms.TRANSFORM_XPATH2FILTER, Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS)
                : List.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE, Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        int count = transforms == null ? 0 : transforms.getLength();
        for (int i = 0; i < Math.max(count, expected.size()); i++) {
            String uri = i < count ? transforms.item(i).getURI() : "none";
            if (i >= expected.size() || !expected.get(i).equals(uri)) {
                return fail(role, ErrorCode.SIGNATURE_COVERAGE_WRONG, "transform " + uri);
            }
        }
        if (role == SignatureRole.SIGNER && subtracted(transforms.item(0).getElement()) == null) {
            return fail(role, ErrorCode.SIGNATURE_COVERAGE_WRONG, "XPath filter");
        }
        return null;
    }

    /**
     * Which of the leader's forms {@code signature} takes, or null when it is none of them (its coverage step fails);
     * read from the reference's XPath filter, which the signature value protects.
     */
    static SignerCoverage signerCoverage(XMLSignature signature) {
        try {
            Transforms transforms = signature.getSignedInfo().item(0).getTransforms();
            return transforms == null || transforms.getLength() == 0
                    ? null
                    : subtracted(transforms.item(0).getElement());
        } catch (XMLSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** The form whose exact subtraction this XPath Filter 2.0 transform makes, or null. */
    private static SignerCoverage subtracted(Element transform) {
        Element xpath = null;
        for (Node n = transform.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (xpath != null) {
                    return null;
                }
                xpath = e;
            }
        }
        boolean wellFormed = xpath != null
                && "subtract".equals(xpath.getAttributeNS(null, "Filter"))
                && Edxml.NAMESPACE.equals(xpath.lookupNamespaceURI("edXML"))
                && Constants.SignatureSpecNS.equals(xpath.lookupNamespaceURI("ds"));
        return wellFormed ? SignerCoverage.ofXpath(xpath.getTextContent().strip()) : null;
    }

    /**
     * The signature value over SignedInfo, and the reference's DigestValue against the digest of the content it covers,
     * computed while the packet streamed by ({@link StreamedPacket}); the same two checks Santuario's {@code
     * checkSignatureValue} makes, without holding the content.
     */
    static StepResult value(
            SignatureRole role, XMLSignature signature, X509Certificate certificate, byte[] referenceDigest) {
        try {
            SignedInfo info = signature.getSignedInfo();
            org.apache.xml.security.algorithms.SignatureAlgorithm algorithm = info.getSignatureAlgorithm();
            algorithm.initVerify(certificate.getPublicKey());
            try (SignerOutputStream signed = new SignerOutputStream(algorithm)) {
                info.signInOctetStream(signed);
            }
            boolean signedInfoValid = algorithm.verify(signature.getSignatureValue());
            boolean contentUnchanged = referenceDigest != null
                    && MessageDigest.isEqual(info.item(0).getDigestValue(), referenceDigest);
            return signedInfoValid && contentUnchanged
                    ? null
                    : fail(role, ErrorCode.SIGNATURE_VALUE_INVALID, role.ordinal());
        } catch (XMLSecurityException | java.io.IOException | RuntimeException e) {
            // a value that cannot be decoded, a key that does not fit: the packet is not what was signed
            return fail(role, ErrorCode.SIGNATURE_VALUE_INVALID, role.ordinal());
        }
    }

    private static StepResult fail(SignatureRole role, ErrorCode code, Object... arguments) {
        VerificationStep step = switch (code) {
            case SIGNATURE_COVERAGE_WRONG -> VerificationStep.COVERAGE;
            case SIGNATURE_VALUE_INVALID -> VerificationStep.SIGNATURE_VALUE;
            default -> VerificationStep.ALGORITHMS;
        };
        return StepResult.failed(step, role, code, arguments);
    }
}
