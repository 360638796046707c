package vn.edoc.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF the way Vietnamese signing tools do (Nghị định 30/2020: the leader's signature, then the agency's seal
 * as a second signature): an incremental update that keeps every earlier byte and signature, with a detached CMS
 * signature ({@code adbe.pkcs7.detached}) over the file's byte ranges, the signer's chain included and the signing
 * time as a signed attribute. The signature is invisible; PDFBox finds the byte ranges, Bouncy Castle writes the CMS.
 */
public final class PdfSigner {
    /** Room for the CMS: a chain of three certificates and a signature, with margin. */
    private static final int SIGNATURE_SIZE = 16 * 1024;

    /**
     * What the signature says of itself.
     *
     * @param reason why it was signed ("Ký ban hành", "Đóng dấu")
     * @param location where ("UBND tỉnh Gia Lai")
     * @param at when, in the PDF's signature dictionary
     */
    public record Request(String reason, String location, Instant at) {}

    /** Writes {@code in} signed by {@code key} to {@code out} (another file). */
    public void sign(Path in, Path out, SigningKey key, Request request) throws IOException {
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("a PDF is signed into another file");
        }
        try (PDDocument document = Loader.loadPDF(in.toFile());
                OutputStream target = Files.newOutputStream(out);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(CertificateChecks.commonName(key.certificate()));
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setSignDate(calendar(request.at()));
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, key), options);
            document.saveIncremental(target);
        }
    }

    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            String algorithm = "SHA256with" + ("EC".equals(key.privateKey().getAlgorithm()) ? "ECDSA" : "RSA");
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            // DER: a definite length, so the zeros that pad /Contents after it are never read as part of it
            return generator.generate(new Streamed(content), false).getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IOException("the PDF signature could not be made: " + e.getMessage(), e);
        }
    }

    private static Calendar calendar(Instant at) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    /** The signed byte ranges as PDFBox hands them over, passed through once to the digest. */
    private record Streamed(InputStream content) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }

        @Override
        public Object getContent() {
            return content;
        }
    }
}
