package vn.edoc.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.edxml.model.EdxmlPacket;
import vn.edoc.edxml.read.EdxmlReader;
import vn.edoc.edxml.read.ReadLimits;
import vn.edoc.edxml.read.ReadResult;
import vn.edoc.edxml.write.EdxmlWriter;
import vn.edoc.signature.PacketSigner;
import vn.edoc.signature.PacketVerifier;
import vn.edoc.signature.SignatureRole;
import vn.edoc.signature.SigningKey;
import vn.edoc.signature.TrustConfiguration;
import vn.edoc.signature.VerificationReport;

/**
 * Sign and verify of the agency's signature on a 100 KB and a 10 MB packet: ours (the whole checklist, the edXML
 * reader included) beside bare Santuario doing only the XML-DSig work on the same input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SignatureBenchmark {
    @Param({"75000", "7500000"})
    public int attachmentBytes;

    private byte[] unsigned;
    private byte[] signed;
    private SigningKey key;
    private PacketSigner signer;
    private PacketVerifier verifier;
    private EdxmlPacket signedModel;

    static {
        org.apache.xml.security.Init.init();
    }

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        Path directory = Files.createTempDirectory("edoc-bench-sign-");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(SamplePacket.withAttachment(directory, attachmentBytes), out);
        unsigned = out.toByteArray();
        key = SigningKey.fromPkcs12(resource("offices/000.00.00.H21.p12"), "edoc-sample".toCharArray());
        signer = new PacketSigner();
        signed = signer.sign(unsigned, SignatureRole.AGENCY, key);
        TrustConfiguration trust = new TrustConfiguration()
                .trustAnchor(key.chain().get(2))
                .intermediate(key.chain().get(1))
                .crl(crl("ca/root-ca.crl.pem"))
                .crl(crl("ca/intermediate-ca.crl.pem"))
                .registerSeal("000.00.00.H21", key.certificate());
        verifier = new PacketVerifier(trust, ReadLimits.defaults().withTemporaryDirectory(directory));
        try (ReadResult read = new EdxmlReader(ReadLimits.defaults().withTemporaryDirectory(directory)).read(signed)) {
            signedModel = read.validPacket();
        }
    }

    @Benchmark
    public byte[] signOurs() throws Exception {
        return signer.sign(unsigned, SignatureRole.AGENCY, key);
    }

    @Benchmark
    public byte[] signBare() throws Exception {
        Document document = parse(unsigned);
        XMLSignature signature = new XMLSignature(
                document, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        document.getDocumentElement().appendChild(signature.getElement());
        Transforms transforms = new Transforms(document);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument(
                "", transforms, org.apache.xml.security.algorithms.MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA256);
        signature.addKeyInfo(key.certificate());
        signature.sign(key.privateKey());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.xml.transform.TransformerFactory.newDefaultInstance()
                .newTransformer()
                .transform(
                        new javax.xml.transform.dom.DOMSource(document),
                        new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    @Benchmark
    public boolean verifyOurs() {
        VerificationReport report = verifier.verify(signed);
        return report.isValid();
    }

    /** The checklist alone, as the axis runs it: the packet was read (and validated) once, before. */
    @Benchmark
    public boolean verifyAfterReadOurs() {
        return verifier.verify(signed, signedModel).isValid();
    }

    @Benchmark
    public boolean verifyBare() throws Exception {
        Document document = parse(signed);
        Element element = (Element) document.getElementsByTagNameNS(Constants.SignatureSpecNS, "Signature")
                .item(0);
        XMLSignature signature = new XMLSignature(element, "", true);
        X509Certificate certificate = signature.getKeyInfo().getX509Certificate();
        return signature.checkSignatureValue(certificate);
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static InputStream resource(String path) {
        return SignatureBenchmark.class.getResourceAsStream("/sample-pki/" + path);
    }

    static X509CRL crl(String path) throws Exception {
        try (InputStream in = resource(path)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }
}
