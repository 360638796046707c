package vn.edoc.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import vn.edoc.error.ErrorCode;

/**
 * A signature's time: the signing time it claims (a signed attribute, or the PDF's own date), and the time a
 * time-stamp authority vouches for, when the signature carries a token (PAdES-T) or is a document time stamp. Only a
 * token whose imprint is this signature, whose authority signed it and chains to the trust folder gives a trusted time.
 */
final class PdfTimestamp {
    private final PdfCheckResult check;
    private final Instant time;
    private final Instant trustedTime;

    private PdfTimestamp(PdfCheckResult check, Instant time, Instant trustedTime) {
        this.check = check;
        this.time = time;
        this.trustedTime = trustedTime;
    }

    PdfCheckResult check() {
        return check;
    }

    /** The token's time, trusted or not; null without a token. */
    Instant time() {
        return time;
    }

    /** The token's time when the token was found good; null otherwise. */
    Instant trustedTime() {
        return trustedTime;
    }

    /** The signature time-stamp token of {@code signer}, if any, checked. */
    static PdfTimestamp of(SignerInformation signer, CertificateChecks certificates, int index) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute =
                unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return new PdfTimestamp(PdfCheckResult.skipped(PdfCheck.TIMESTAMP), null, null);
        }
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            Instant at = token.getTimeStampInfo().getGenTime().toInstant();
            byte[] imprint = digest(token, signer.getSignature());
            if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                return invalid(index, "the token stamps another signature", at);
            }
            X509Certificate authority = validated(token);
            List<X509Certificate> path = new ArrayList<>();
            StepResult chain = certificates.path(
                    null,
                    authority,
                    PdfSignatureVerifier.certificates(token.toCMSSignedData()),
                    java.util.Date.from(at),
                    path);
            if (chain != null) {
                // the signature may still be good; only its time is not vouched for by an authority this axis trusts
                return new PdfTimestamp(
                        new PdfCheckResult(
                                PdfCheck.TIMESTAMP,
                                StepResult.Outcome.WARNING,
                                ErrorCode.PDF_TIMESTAMP_INVALID,
                                index,
                                chain.message(java.util.Locale.ENGLISH)),
                        at,
                        null);
            }
            return new PdfTimestamp(PdfCheckResult.passed(PdfCheck.TIMESTAMP), at, at);
        } catch (IOException | TSPException | CMSException | GeneralSecurityException | RuntimeException e) {
            return invalid(index, PdfSignatureVerifier.reason(e), null);
        }
    }

    /** A document time stamp: the CMS is the token itself, its authority the signer the checklist goes on with. */
    static PdfTimestamp ofDocument(CMSSignedData cms, X509Certificate authority) {
        try {
            TimeStampToken token = new TimeStampToken(cms);
            Instant at = token.getTimeStampInfo().getGenTime().toInstant();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority));
            return new PdfTimestamp(PdfCheckResult.passed(PdfCheck.TIMESTAMP), at, at);
        } catch (TSPException
                | IOException
                | RuntimeException
                | org.bouncycastle.operator.OperatorCreationException e) {
            return new PdfTimestamp(
                    PdfCheckResult.failed(
                            PdfCheck.TIMESTAMP, ErrorCode.PDF_TIMESTAMP_INVALID, 0, PdfSignatureVerifier.reason(e)),
                    null,
                    null);
        }
    }

    /** Whether a document time stamp's imprint is the digest of the bytes its byte range covers. */
    static boolean coversContent(CMSSignedData cms, PdfByteRange range) throws IOException {
        try {
            TimeStampToken token = new TimeStampToken(cms);
            MessageDigest digest = digestFor(token);
            range.write(new OutputStream() {
                @Override
                public void write(int b) {
                    digest.update((byte) b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    digest.update(bytes, offset, length);
                }
            });
            return Arrays.equals(digest.digest(), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (TSPException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The signing time {@code signer} claims in its signed attributes, or null. */
    static Instant signingTime(SignerInformation signer) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return null;
        }
        return Time.getInstance(attribute.getAttrValues().getObjectAt(0))
                .getDate()
                .toInstant();
    }

    private static X509Certificate validated(TimeStampToken token) throws GeneralSecurityException, TSPException {
        var matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new GeneralSecurityException("the token carries no certificate of its authority");
        }
        X509CertificateHolder holder =
                (X509CertificateHolder) matches.iterator().next();
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException e) {
            throw new GeneralSecurityException(e);
        }
        return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
    }

    private static byte[] digest(TimeStampToken token, byte[] signatureValue) throws GeneralSecurityException {
        return digestFor(token).digest(signatureValue);
    }

    /** The imprint's digest by its OID, which the JDK's providers know as an alias of every digest they have. */
    private static MessageDigest digestFor(TimeStampToken token) throws GeneralSecurityException {
        return MessageDigest.getInstance(
                token.getTimeStampInfo().getHashAlgorithm().getAlgorithm().getId());
    }

    private static PdfTimestamp invalid(int index, String why, Instant at) {
        return new PdfTimestamp(
                PdfCheckResult.failed(PdfCheck.TIMESTAMP, ErrorCode.PDF_TIMESTAMP_INVALID, index, why), at, null);
    }
}
