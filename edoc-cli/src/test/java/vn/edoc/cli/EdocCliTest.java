package vn.edoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packet tool as an integrator runs it: commands, output and exit codes. */
class EdocCliTest {
    @TempDir
    Path directory;

    @Test
    void newWritesACanonicalPacketThatInspectFindsValid() throws Exception {
        Path packet = directory.resolve("qd-123.edxml");

        Run created = run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());
        assertThat(created.exitCode).as(created.output).isZero();
        assertThat(created.output).contains("000.00.00.H21,2026/11/27,123/QĐ-UBND");

        Run inspected = run("inspect", packet.toString());
        assertThat(inspected.exitCode).as(inspected.output).isZero();
        assertThat(inspected.output)
                .contains("gói tin văn bản, hợp lệ")
                .contains("To: 000.00.41.H21 UBND thành phố Pleiku")
                .contains("PromulgationDate: 27/11/2026")
                .contains("quyet-dinh-123.pdf (application/zip) zip 47 bytes sha256=" + sha256("quyet-dinh-123.pdf"))
                .contains("tom-tat.txt (text/plain) 41 bytes sha256=" + sha256("tom-tat.txt"))
                .contains("Lỗi: 0");
    }

    @Test
    void newIsDeterministic() throws Exception {
        Path first = directory.resolve("a.edxml");
        Path second = directory.resolve("b.edxml");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", first.toString());
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", second.toString());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void inspectExtractsTheAttachmentsUnderTheirOwnNames() throws Exception {
        Path packet = directory.resolve("qd-123.edxml");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());

        Run inspected = run(
                "inspect",
                packet.toString(),
                "--extract",
                directory.resolve("out").toString());

        assertThat(directory.resolve("out/quyet-dinh-123.pdf"))
                .hasSameBinaryContentAs(Path.of(resource("quyet-dinh-123.pdf")));
        assertThat(inspected.exitCode).isZero();
    }

    @Test
    void inspectExtractsNothingWhenANameIsUnsafeToSave() throws Exception {
        Path packet = directory.resolve("con.edxml");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());
        Files.writeString(packet, Files.readString(packet).replace("tom-tat.txt", "CON.txt"));

        Run inspected = run(
                "inspect",
                packet.toString(),
                "--extract",
                directory.resolve("out").toString());

        assertThat(inspected.exitCode).isEqualTo(1);
        assertThat(inspected.output)
                .contains("tên tệp đính kèm \"CON.txt\" không an toàn")
                .contains("\"_CON.txt\"");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void inspectListsEveryProblemAndExitsWithOne() throws Exception {
        Path packet = directory.resolve("broken.edxml");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());
        String broken = Files.readString(packet)
                .replace("<edXML:Priority>0<", "<edXML:Priority>7<")
                .replace("<edXML:PromulgationDate>2026/11/27<", "<edXML:PromulgationDate>2026/02/30<");
        Files.writeString(packet, broken);

        Run inspected = run("inspect", packet.toString(), "--lang", "en");

        assertThat(inspected.exitCode).isEqualTo(1);
        assertThat(inspected.output)
                .contains("document packet, invalid")
                .contains("Problems: 1")
                .containsPattern("DATE_INVALID /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/PromulgationInfo/"
                        + "PromulgationDate \\[\\d+:\\d+\\]: PromulgationDate must be a date")
                .contains("Warnings (read all the same): 1")
                .containsPattern("VALUE_NOT_ALLOWED \\S+/OtherInfo/Priority .* → left out");
    }

    @Test
    void inspectPrintsWarningsApartAndExitsWithZeroUnlessStrict() throws Exception {
        Path packet = directory.resolve("sloppy.edxml");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());
        String sloppy = Files.readString(packet)
                .replace("<edXML:PromulgationDate>2026/11/27<", "<edXML:PromulgationDate>27/11/2026<")
                .replaceAll("<edXML:FullName>[^<]*</edXML:FullName>", "<edXML:FullName></edXML:FullName>");
        Files.writeString(packet, sloppy);

        Run inspected = run("inspect", packet.toString());
        Run strict = run("inspect", packet.toString(), "--strict");

        assertThat(inspected.exitCode).as(inspected.output).isZero();
        assertThat(inspected.output)
                .contains("gói tin văn bản, hợp lệ, có cảnh báo")
                .contains("Lỗi: 0")
                .contains("Cảnh báo (vẫn đọc được): 2")
                .contains("→ đọc là \"2026/11/27\"")
                .contains("PromulgationDate: 27/11/2026");
        assertThat(strict.exitCode).isEqualTo(1);
    }

    @Test
    void signPdfThenInspectShowsTheLeadersSignatureAndTheSealInsideThePdf() throws Exception {
        Path pdf = directory.resolve("quyet-dinh.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        Path leader = directory.resolve("leader.pdf");
        Path sealed = directory.resolve("sealed.pdf");
        assertThat(run(
                                "sign",
                                pdf.toString(),
                                "--pdf",
                                "--role",
                                "signer",
                                "--pkcs12",
                                sampleKey("leaders/nguyen-van-mau"),
                                "--password",
                                "edoc-sample",
                                "--output",
                                leader.toString())
                        .exitCode)
                .isZero();
        assertThat(run(
                                "sign",
                                leader.toString(),
                                "--pdf",
                                "--role",
                                "agency",
                                "--pkcs12",
                                sampleKey("offices/000.00.00.H21"),
                                "--password",
                                "edoc-sample",
                                "--output",
                                sealed.toString())
                        .exitCode)
                .isZero();
        Path description = directory.resolve("signed.properties");
        Files.writeString(
                description,
                Files.readString(Path.of(resource("quyet-dinh-123.properties")))
                        .replace("attachment.1.file=quyet-dinh-123.pdf", "attachment.1.file=sealed.pdf")
                        .replace("attachment.2.file=tom-tat.txt", "attachment.2.file=" + resource("tom-tat.txt")));
        Path packet = directory.resolve("signed.edxml");
        assertThat(run("new", "--description", description.toString(), "--output", packet.toString()).exitCode)
                .isZero();

        Run inspected = run("inspect", packet.toString(), "--trust-dir", "../signing-keys-sample/keys/trust");

        assertThat(inspected.exitCode).as(inspected.output).isZero();
        assertThat(inspected.output)
                .contains("Chữ ký trong tệp PDF: 1 tệp PDF")
                .contains("sealed.pdf:")
                .containsPattern(
                        "Ký bởi Nguyễn Văn Mẫu \\(000.00.00.H21\\), lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}, hợp lệ")
                .contains("Ký bởi UBND tỉnh Gia Lai (000.00.00.H21)")
                .doesNotContain("không hợp lệ");
    }

    private String sampleKey(String name) throws Exception {
        Path key = directory.resolve(name.replace('/', '-') + ".p12");
        try (var in = EdocCliTest.class.getResourceAsStream("/sample-pki/" + name + ".p12")) {
            Files.copy(in, key);
        }
        return key.toString();
    }

    @Test
    void inspectNamesLineAndColumnOfAPacketThatIsNotXml() throws Exception {
        Path packet = directory.resolve("not-xml.edxml");
        Files.writeString(packet, "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><From></edXML>");

        Run inspected = run("inspect", packet.toString());

        assertThat(inspected.exitCode).isEqualTo(1);
        assertThat(inspected.output)
                .contains("không đọc được gói tin")
                .containsPattern("PACKET_NOT_WELL_FORMED \\[1:\\d+\\]");
    }

    @Test
    void newRefusesADescriptionThatMakesAnInvalidPacketAndLeavesNoFile() throws Exception {
        Path description = directory.resolve("bad.properties");
        Files.writeString(
                description,
                Files.readString(Path.of(resource("quyet-dinh-123.properties")))
                        .replace("to.2.organId=000.00.41.H21", "to.2.organId=000.00.41 H21")
                        .replace(
                                "attachment.1.file=quyet-dinh-123.pdf",
                                "attachment.1.file=" + resource("quyet-dinh-123.pdf"))
                        .replace("attachment.2.file=tom-tat.txt", "attachment.2.file=" + resource("tom-tat.txt")));
        Path packet = directory.resolve("bad.edxml");

        Run created = run("new", "--description", description.toString(), "--output", packet.toString());

        assertThat(created.exitCode).isEqualTo(1);
        assertThat(created.output).contains("ORGAN_ID_INVALID");
        assertThat(packet).doesNotExist();
        try (var left = Files.list(directory)) {
            assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith(".edoc-new-"));
        }
    }

    @Test
    void signAndVerifyWithTheSamplePki() throws Exception {
        Path packet = directory.resolve("qd-123.edxml");
        Path byLeader = directory.resolve("qd-123.leader.edxml");
        Path signed = directory.resolve("qd-123.signed.edxml");
        Path keys = Path.of("..", "signing-keys-sample", "keys");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());

        Run leader = sign(packet, "signer", "leaders/nguyen-van-mau.p12", byLeader);
        Run agency = sign(byLeader, "agency", "offices/000.00.00.H21.p12", signed);
        Run verified = run(
                "verify",
                signed.toString(),
                "--trust-dir",
                keys.resolve("trust").toString());

        assertThat(leader.exitCode).as(leader.output).isZero();
        assertThat(agency.exitCode).as(agency.output).isZero();
        assertThat(verified.exitCode).as(verified.output).isZero();
        assertThat(verified.output).contains("chữ ký hợp lệ").contains("PASSED         SIGNER_BINDING       AGENCY");
    }

    @Test
    void verifyFailsWithoutTrustOrAfterATamperingAndSaysWhere() throws Exception {
        Path packet = directory.resolve("qd-123.edxml");
        Path signed = directory.resolve("qd-123.signed.edxml");
        Path keys = Path.of("..", "signing-keys-sample", "keys");
        run("new", "--description", resource("quyet-dinh-123.properties"), "--output", packet.toString());
        sign(packet, "leader", "leaders/nguyen-van-mau.p12", signed);
        sign(signed, "agency", "offices/000.00.00.H21.p12", signed);

        Run untrusted = run("verify", signed.toString(), "--lang", "en");
        Files.writeString(signed, Files.readString(signed).replace("Quyết định về việc", "Quyết định về"));
        Run tampered = run(
                "verify",
                signed.toString(),
                "--trust-dir",
                keys.resolve("trust").toString(),
                "--lang",
                "en");

        assertThat(untrusted.exitCode).isEqualTo(1);
        assertThat(untrusted.output).contains("signatures invalid").contains("CERTIFICATE_UNTRUSTED");
        assertThat(tampered.exitCode).isEqualTo(1);
        assertThat(tampered.output).contains("FAILED         SIGNATURE_VALUE      SIGNER SIGNATURE_VALUE_INVALID");
    }

    @Test
    void verifyReceiptChecksTheAxisSignatureOffline() throws Exception {
        Path keys = Path.of("..", "signing-keys-sample", "keys");
        vn.edoc.signature.SigningKey axis = vn.edoc.signature.SigningKey.fromPkcs12(
                keys.resolve("axis/edoc-axis.p12"), "edoc-sample".toCharArray());
        vn.edoc.signature.Receipt receipt = new vn.edoc.signature.Receipt(
                "7d3c1a52-0f1e-4a8b-9c55-1f6f3f0c2b11",
                vn.edoc.signature.Receipt.Kind.DELIVERED,
                "edoc SAMPLE Gia Lai",
                "0b5f2c8e-3a47-4e0d-8f6a-92c1d3e4f5a6",
                "000.00.00.H21,2026/11/27,123/QĐ-UBND",
                "000.00.00.H21",
                "000.00.02.H21",
                "3f2a9c0d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
                java.time.Instant.parse("2026-11-27T03:15:00Z"));
        Path file = directory.resolve("receipt.xml");
        Files.write(file, new vn.edoc.signature.ReceiptSigner(axis).sign(receipt));
        Path other = keys.resolve("ca/intermediate-ca.pem");

        Run valid = run(
                "verify-receipt",
                "--axis-certificate",
                keys.resolve("axis/edoc-axis.pem").toString(),
                file.toString());
        Run wrongCertificate =
                run("verify-receipt", "--axis-certificate", other.toString(), file.toString(), "--lang", "en");

        assertThat(valid.exitCode).isZero();
        assertThat(valid.output).contains("biên nhận hợp lệ", "DELIVERED", "000.00.02.H21");
        assertThat(wrongCertificate.exitCode).isEqualTo(1);
        assertThat(wrongCertificate.output).contains("receipt invalid", "RECEIPT_INVALID");
    }

    @Test
    void withoutACommandPrintsTheUsage() {
        Run run = run();
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.output).contains("inspect", "new", "sign", "verify", "verify-receipt");
    }

    private static String sha256(String name) throws Exception {
        byte[] digest =
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(resource(name))));
        return java.util.HexFormat.of().formatHex(digest);
    }

    /** Signs with a sample key of {@code signing-keys-sample/keys}. */
    private static Run sign(Path packet, String role, String key, Path output) {
        Path keys = Path.of("..", "signing-keys-sample", "keys");
        return run(
                "sign",
                packet.toString(),
                "--role",
                role,
                "--pkcs12",
                keys.resolve(key).toString(),
                "--password=edoc-sample",
                "--output",
                output.toString());
    }

    private static Run run(String... args) {
        StringWriter text = new StringWriter();
        int exitCode = EdocCli.run(new PrintWriter(text, true), args);
        return new Run(exitCode, text.toString());
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(EdocCliTest.class.getResource("/cli/" + name).toURI()).toString();
    }

    private record Run(int exitCode, String output) {}
}
