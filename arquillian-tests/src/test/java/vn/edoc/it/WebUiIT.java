package vn.edoc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI end to end in a real headless Chromium: a clerk of UBND tỉnh composes a decision and sends it for
 * signature, the leader signs it with the PIN of his key, the clerk seals and issues it, the clerk of Sở Nội vụ finds
 * and registers it, and the sender sees 03 on the recipient's timeline. Wrong PIN, empty required fields and an
 * unknown recipient each show their message. Screenshots of the main pages go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class WebUiIT {
    private static final String BASE_URL = System.getProperty("edoc.it.base-url", "http://localhost:8080");
    private static final String PASSWORD = "edoc-demo";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static Browser browser;
    private static Path pdf;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EdocDeployment.ear();
    }

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser(BASE_URL);
        pdf = Files.createTempFile("quyet-dinh-", ".pdf");
        Files.write(pdf, SmallPdf.saying("Quyet dinh trien khai truc lien thong"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.deleteIfExists(pdf);
    }

    @Test
    void aDecisionGoesFromTheClerkThroughTheLeaderToTheRecipientAndBack() {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999_999));
        String subject = "Quyết định số " + number + " về việc thử nghiệm trục liên thông";
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);

        browser.logIn("vanthu.tinh", PASSWORD);
        browser.screenshot("01-clerk-incoming");
        browser.open("/clerk/compose.xhtml");
        fillDecision(number, subject, due);
        browser.press(By.xpath("//li[./div//span[@class='edoc-code' and text()='000.00.02.H21']]"
                + "/div[contains(@class,'ui-treenode-content')]//div[contains(@class,'ui-chkbox-box')]"));
        attachPdf();
        browser.screenshot("02-clerk-compose");
        browser.press(By.id("compose:submit"));
        assertThat(browser.waitForText("Chờ lãnh đạo ký")).contains(number + "/QĐ-UBND", "Sở Nội vụ tỉnh Gia Lai");
        browser.screenshot("03-clerk-draft-submitted");
        browser.logOut();

        browser.logIn("nguyen-van-mau", PASSWORD);
        assertThat(browser.waitForText(subject)).contains(number + "/QĐ-UBND");
        browser.screenshot("04-leader-queue");
        browser.press(By.linkText(subject));
        assertThat(browser.find(By.id("viewer")).getAttribute("src"))
                .contains("/files/draft/")
                .endsWith("?inline");
        browser.type(By.id("sign:pin"), "999999");
        browser.press(By.id("sign:approve"));
        assertThat(browser.waitForText("PIN_WRONG")).contains("Mã PIN không đúng");
        browser.screenshot("05-leader-wrong-pin");
        browser.type(By.id("sign:pin"), "246810");
        browser.press(By.id("sign:approve"));
        assertThat(browser.waitForText("Đã ký số văn bản")).doesNotContain(subject);
        browser.logOut();

        browser.logIn("vanthu.tinh", PASSWORD);
        browser.open("/clerk/outgoing.xhtml");
        browser.press(By.linkText(subject));
        assertThat(browser.waitForText("Lãnh đạo đã ký, chờ ban hành")).contains("Lãnh đạo ký số");
        browser.press(By.id("steps:issue"));
        assertThat(browser.waitForText("Đã ban hành"))
                .contains("Tình hình xử lý tại từng nơi nhận", "000.00.00.H21,", "," + number + "/QĐ-UBND");
        String draftUrl = browser.currentUrl();
        browser.logOut();

        browser.logIn("vanthu.noivu", PASSWORD);
        browser.type(By.id("filters:text"), number + "/QĐ");
        browser.press(By.id("filters:search"));
        browser.waitForText(subject);
        browser.screenshot("06-recipient-incoming");
        browser.press(By.linkText(subject));
        // opening the page (a GET, as a link in an e-mail would) shows the document and receives nothing
        assertThat(browser.waitForText("Văn bản chưa được nhận"))
                .contains("UBND tỉnh Gia Lai", "Nguyễn Văn Mẫu")
                // the leader's desk signature went into the PDF too, then the clerk's seal at issue (ND30's order):
                // under the attachment both are shown valid, and the envelope's signatures passed at acceptance
                .containsPattern("Ký bởi Nguyễn Văn Mẫu \\(000.00.00.H21\\), lúc [0-9: /]+, hợp lệ")
                .containsPattern("Ký bởi UBND tỉnh Gia Lai \\(000.00.00.H21\\), lúc [0-9: /]+, hợp lệ");
        assertThat(browser.all(By.id("actions:register"))).isEmpty();
        browser.press(By.id("actions:receive"));
        assertThat(browser.waitForText("Tiếp nhận, vào sổ (03)")).contains("Đã nhận văn bản");
        browser.press(By.id("actions:register"));
        assertThat(browser.waitForText("Đã tiếp nhận văn bản")).contains("Phân công xử lý (04)");
        browser.screenshot("07-recipient-registered");
        browser.logOut();

        browser.logIn("vanthu.tinh", PASSWORD);
        browser.open(draftUrl.substring(draftUrl.indexOf("/edoc/") + 5));
        String timeline = browser.find(By.id("timeline")).getText();
        assertThat(timeline)
                .contains("Sở Nội vụ tỉnh Gia Lai", "01 – Đã đến", "03 – Đã tiếp nhận (vào sổ)", "Đỗ Minh Tâm");
        browser.screenshot("08-sender-timeline");
        theEvidenceBundleHoldsThePacketReceiptsStatusesAndAReport(number);

        // the sender revokes it with a decision of its own, signed and issued; the recipient accepts (15)
        browser.type(By.id("changes:reason"), "Ban hành nhầm nơi nhận");
        browser.press(By.id("changes:revoke"));
        browser.waitForText("Đã tạo dự thảo mới");
        String revocation = "Thu hồi " + subject;
        browser.type(By.id("compose:number"), String.valueOf(Integer.parseInt(number) + 1));
        browser.type(By.id("compose:subject"), revocation);
        browser.press(By.id("compose:submit"));
        assertThat(browser.waitForText("Chờ lãnh đạo ký")).contains("Thu hồi", "Ban hành nhầm nơi nhận");
        browser.logOut();
        browser.logIn("nguyen-van-mau", PASSWORD);
        browser.press(By.linkText(revocation));
        browser.type(By.id("sign:pin"), "246810");
        browser.press(By.id("sign:approve"));
        browser.waitForText("Đã ký số văn bản");
        browser.logOut();
        browser.logIn("vanthu.tinh", PASSWORD);
        browser.open("/clerk/outgoing.xhtml");
        browser.press(By.linkText(revocation));
        browser.press(By.id("steps:issue"));
        browser.waitForText("Đã ban hành");
        browser.logOut();

        browser.logIn("vanthu.noivu", PASSWORD);
        assertThat(browser.waitForText(revocation)).contains("Thu hồi: " + revocation);
        browser.press(By.linkText(subject));
        assertThat(browser.find(By.id("change-pending")).getText()).contains("REVOKE");
        browser.press(By.id("actions:acceptChange"));
        browser.waitForText("Đã đồng ý (15)");
        browser.screenshot("09-recipient-accepts-revocation");
        browser.logOut();

        browser.logIn("vanthu.tinh", PASSWORD);
        browser.open(draftUrl.substring(draftUrl.indexOf("/edoc/") + 5));
        assertThat(browser.find(By.id("timeline")).getText()).contains("15 – Đồng ý thu hồi/cập nhật");
        browser.logOut();
    }

    /**
     * A document whose PDF carries the leader's signature and the seal: the recipient's document page says under the
     * attachment who signed, when, and that it is valid, and the evidence report lists both signatures.
     */
    @Test
    void aReceivedPdfShowsItsSignaturesUnderTheAttachmentAndInTheEvidenceReport() {
        byte[] packet = SignedPdfs.packetWithSignedPdfTo("000.00.02.H21");
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("<edXML:CodeNumber>(\\d+)<").matcher(SignedPdfs.text(packet));
        assertThat(code.find()).isTrue();
        new AxisCalls(BASE_URL).sendDocument(packet);
        String subject = "Quyết định về việc triển khai trục liên thông văn bản điện tử tỉnh Gia Lai";

        browser.logIn("vanthu.noivu", PASSWORD);
        browser.type(By.id("filters:text"), code.group(1) + "/QĐ");
        browser.press(By.id("filters:search"));
        browser.waitForText(subject);
        browser.press(By.linkText(subject));
        String page = browser.waitForText("quyet-dinh-123.pdf");
        assertThat(page)
                .containsPattern(
                        "Ký bởi Nguyễn Văn Mẫu \\(000.00.00.H21\\), lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}, hợp lệ")
                .contains("Ký bởi UBND tỉnh Gia Lai (000.00.00.H21)")
                .doesNotContain("không hợp lệ");
        browser.screenshot("17-recipient-pdf-signatures");
        byte[] zip = browser.download(browser.find(By.id("evidence")).getAttribute("href"));
        String report = null;
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("bao-cao-xac-minh.txt")) {
                    report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(report)
                .contains("Chữ ký số trong tệp PDF khi trục tiếp nhận", "Kiểm tra lại chữ ký số trong tệp PDF hôm nay")
                .contains("Ký bởi Nguyễn Văn Mẫu (000.00.00.H21)", "Ký bởi UBND tỉnh Gia Lai (000.00.00.H21)");
        browser.logOut();
    }

    @Test
    void emptyRequiredFieldsAndAnUnknownRecipientAreRefusedWithTheirMessages() {
        browser.logIn("vanthu.tinh", PASSWORD);
        browser.open("/clerk/compose.xhtml");
        browser.press(By.id("compose:submit"));
        String empty = browser.waitForText("Vui lòng nhập số văn bản.");
        assertThat(empty).contains("Vui lòng nhập trích yếu.", "Vui lòng chọn người ký.");
        browser.screenshot("10-compose-required-fields");

        fillDecision("7", "Văn bản gửi nhầm mã cơ quan", null);
        browser.type(By.id("compose:others"), "000.99.99.H21");
        browser.press(By.id("compose:submit"));
        assertThat(browser.waitForText("RECIPIENT_UNKNOWN")).contains("000.99.99.H21");
        browser.screenshot("11-compose-unknown-recipient");
        browser.logOut();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheOperatorsPagesShowTheAxis() {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "vanthu.tinh");
        browser.type(By.id("login:password"), "wrong-password");
        browser.press(By.id("login:submit"));
        assertThat(browser.waitForText("Tên đăng nhập hoặc mật khẩu không đúng"))
                .contains("Đăng nhập");

        browser.logIn("vanhanh", PASSWORD);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#per-day canvas")));
        assertThat(browser.pageText()).contains("Văn bản gửi theo ngày, theo cấp", "Văn bản quá hạn theo cơ quan");
        browser.screenshot("12-operator-dashboard");
        browser.open("/operator/deliveries.xhtml");
        browser.waitForText("Giám sát chuyển phát");
        browser.screenshot("13-operator-deliveries");
        browser.open("/operator/audit.xhtml");
        browser.type(By.id("audit:actor"), "edoc-bootstrap");
        browser.press(By.id("audit:search"));
        assertThat(browser.waitForText("DESK_USER_CREATED")).contains("vanthu.noivu");
        browser.press(By.id("audit:verify"));
        browser.waitForText("Chuỗi nhật ký toàn vẹn");
        browser.screenshot("14-operator-audit");
        browser.open("/operator/directory.xhtml");
        browser.press(By.xpath("//span[@class='edoc-code' and text()='000.00.02.H21']"));
        assertThat(browser.waitForText("Chứng thư con dấu số đã đăng ký")).contains("Sở Nội vụ tỉnh Gia Lai");
        browser.screenshot("15-operator-directory");
        assertThat(browser.script("return document.body.innerHTML").toString())
                .as("a closed branch is not loaded")
                .doesNotContain("UBND phường Diên Hồng");
        browser.press(By.xpath("//li[./div//span[@class='edoc-code' and text()='000.00.41.H21']]"
                + "/div//span[contains(@class,'ui-tree-toggler')]"));
        assertThat(browser.waitForText("UBND phường Diên Hồng")).contains("000.01.41.H21");
        rotateTheProvincesSecondSeal();
        String clerk = "vanthu.taichinh" + ThreadLocalRandom.current().nextInt(1000, 9999);
        browser.open("/operator/accounts.xhtml");
        browser.type(By.id("accounts:username"), clerk);
        browser.type(By.id("accounts:fullName"), "Nguyễn Thị Thử");
        browser.type(By.id("accounts:office"), "000.00.03.H21");
        browser.type(By.id("accounts:password"), "mat-khau-moi-1");
        browser.press(By.id("accounts:create"));
        assertThat(browser.waitForText("Đã tạo tài khoản " + clerk)).contains("Nguyễn Thị Thử");
        browser.screenshot("17-operator-accounts");
        aLockedSigningKeyIsUnlockedOnTheAccountsPage();
        aDmsMovingOverIsRegisteredOnTheSystemsPageAndCallsOverVxpWithTheSecretItKept();
        browser.logOut();
        browser.logIn(clerk, "mat-khau-moi-1");
        assertThat(browser.find(By.id("user-office")).getText()).isEqualTo("Sở Tài chính tỉnh Gia Lai");
        browser.logOut();
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/operator/dashboard.xhtml?lang=en");
        assertThat(browser.waitForText("Axis dashboard")).contains("Documents sent per day, by level", "Log out");
        browser.open("/operator/dashboard.xhtml?lang=vi");
        browser.waitForText("Tổng quan trục liên thông");
        browser.logOut();
        // an operator is not a clerk: the clerks' pages stay closed to them
        browser.logIn("vanhanh", PASSWORD);
        browser.open("/clerk/incoming.xhtml");
        assertThat(browser.all(By.id("filters:text"))).isEmpty();
        browser.open("/operator/dashboard.xhtml");
        browser.logOut();
    }

    private static void theEvidenceBundleHoldsThePacketReceiptsStatusesAndAReport(String number) {
        byte[] zip = browser.download(browser.find(By.id("evidence")).getAttribute("href"));
        java.util.Map<String, String> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(entries.keySet())
                .contains("goi-tin.edxml", "bao-cao-xac-minh.txt")
                .anyMatch(name -> name.startsWith("bien-nhan/") && name.contains("ACCEPTED"))
                .anyMatch(name -> name.startsWith("bien-nhan/") && name.contains("DELIVERED"))
                .anyMatch(name -> name.startsWith("trang-thai/") && name.endsWith("-03.edxml"));
        assertThat(entries.get("goi-tin.edxml"))
                .contains(">" + number + "</edXML:CodeNumber>", "edoc-agency-signature");
        assertThat(entries.get("bao-cao-xac-minh.txt"))
                .contains(number + "/QĐ-UBND", "Kết luận: HỢP LỆ (valid).", "SIGNATURE_VALUE", "HỢP LỆ, ")
                // the leader's envelope signature left the PDF to the signatures inside it, which were checked
                .contains("CONTENT_IN_PDF (SIGNER): ĐẠT (PASSED)")
                .doesNotContain("KHÔNG HỢP LỆ");
    }

    /**
     * UBND tỉnh has two seals during a change-over: the second is retired, the last one cannot be, and the second is
     * registered again from its PEM file.
     */
    private static void rotateTheProvincesSecondSeal() {
        Path next = Path.of("..", "signing-keys-sample", "keys", "trust", "seals", "000.00.00.H21")
                .resolve("000.00.00.H21.next.pem")
                .toAbsolutePath()
                .normalize();
        String nextSeal = sha256OfCertificate(next).substring(0, 16);
        By seals = By.cssSelector("#directory\\:seals .seal");
        browser.press(By.xpath("//span[@class='edoc-code' and text()='000.00.00.H21']"));
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(seals, 2));
        browser.press(By.xpath("//p[@class='seal' and contains(., '" + nextSeal + "')]//a[contains(@class,'retire')]"));
        assertThat(browser.waitForText("Đã thu hồi con dấu " + nextSeal)).contains("000.00.00.H21");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(seals, 1));
        browser.press(By.cssSelector("#directory\\:seals .retire"));
        assertThat(browser.waitForText("REQUEST_INVALID")).contains("the last seal of 000.00.00.H21 stays");
        browser.all(By.id("directory:seal_input")).get(0).sendKeys(next.toString());
        assertThat(browser.waitForText("Đã đăng ký con dấu " + nextSeal)).contains("000.00.00.H21");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(seals, 2));
        browser.screenshot("16-operator-seal-rotation");
    }

    private static String sha256OfCertificate(Path pem) {
        try (var in = Files.newInputStream(pem)) {
            var certificate =
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fillDecision(String number, String subject, LocalDate due) {
        browser.choose("compose:type", "Quyết định");
        browser.type(By.id("compose:number"), number);
        browser.type(By.id("compose:notation"), "QĐ-UBND");
        browser.type(By.id("compose:subject"), subject);
        browser.choose("compose:leader", "Chủ tịch Nguyễn Văn Mẫu");
        browser.choose("compose:priority", "Khẩn");
        if (due != null) {
            browser.type(By.id("compose:dueDate_input"), due.format(DAY));
            browser.find(By.id("compose:dueDate_input")).sendKeys(Keys.ESCAPE);
        }
    }

    private static void attachPdf() {
        browser.all(By.id("compose:upload_input"))
                .get(0)
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("compose:files"), pdf.getFileName().toString()));
    }

    /** A one-page PDF with one line of text, its cross-reference table computed. */
    static final class SmallPdf {
        private SmallPdf() {}

        static byte[] saying(String line) {
            String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 18 Tf 72 760 Td (" + line + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
            };
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format("%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ")
                    .append(objects.length + 1)
                    .append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref)
                    .append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.US_ASCII);
        }

        private static String stream(String content) {
            return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
        }
    }

    /**
     * A DMS moving over from the national axis keeps its systemId and secret: registered on the operators' page, it
     * calls over VXP at once; a new secret is shown once and the old one stops working; a disabled system is refused.
     * Its name, an attacker's markup, is shown as text.
     */
    /** A DMS gave five wrong PINs for Lê Văn Hùng's key: the accounts page shows the lock, and the operator lifts it. */
    private static void aLockedSigningKeyIsUnlockedOnTheAccountsPage() {
        AxisCalls dms = new AxisCalls(BASE_URL);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> dms.signAsLeader("le-van-hung", "000000", Packets.freshFrom("000.00.41.H21")))
                    .isInstanceOf(SoapFault.class);
        }
        browser.open("/operator/accounts.xhtml");
        assertThat(browser.waitForText("Khóa ký số bị nhập sai mã PIN"))
                .contains("le-van-hung", TestSystems.PROVINCE_DMS);
        browser.screenshot("17b-operator-pin-lock");
        browser.press(By.xpath("//tbody[@id='pins:pinLocks_data']/tr[.//span[text()='le-van-hung']]//button"));
        browser.waitForText("Đã mở khóa ký của le-van-hung");
        assertThat(dms.signAsLeader("le-van-hung", "246810", Packets.freshFrom("000.00.41.H21")))
                .isNotEmpty();
    }

    private static void aDmsMovingOverIsRegisteredOnTheSystemsPageAndCallsOverVxpWithTheSecretItKept() {
        String systemId = "web-dms-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String kept = "bi-mat-tu-truc-quoc-gia-" + systemId;
        String name = "DMS Sở Tài chính </script><script>window.edocPwned=1</script>";
        browser.open("/operator/systems.xhtml");
        browser.waitForText("Hệ thống quản lý văn bản kết nối");
        browser.type(By.id("system:systemId"), systemId);
        browser.type(By.id("system:name"), name);
        browser.type(By.id("system:scopes"), "000.00.03.H21/**");
        browser.press(By.xpath("//*[@id='system:protocols']//label[normalize-space(.)='VXP (giao thức trục quốc gia)']"
                + "/..//div[contains(@class,'ui-chkbox-box')]"));
        browser.choose("system:envelope", "Kiểm tra khi có");
        browser.type(By.id("system:secret"), kept);
        browser.press(By.id("system:save"));
        assertThat(browser.waitForText("Đã đăng ký hệ thống " + systemId)).contains(name);
        assertThat(browser.all(By.id("issued-secret")))
                .as("a kept secret is never shown")
                .isEmpty();
        assertThat(browser.script("return window.edocPwned"))
                .as("the name is text, not script")
                .isNull();
        VxpClient withKeptSecret = new VxpClient(BASE_URL, systemId, kept);
        assertThat(withKeptSecret
                        .bracesPost("countReceiveEdoc", java.util.Map.of())
                        .ok())
                .isTrue();
        browser.screenshot("18-operator-systems");

        String row = "//tr[td/span[text()='" + systemId + "']]";
        browser.press(By.xpath(row + "//button[normalize-space(.)='Cấp khóa mới']"));
        browser.press(By.xpath("//button[contains(@class,'ui-confirmdialog-yes')]"));
        String issued = browser.find(By.id("issued-secret")).getText().strip();
        assertThat(issued).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(kept);
        assertThat(withKeptSecret
                        .bracesPost("countReceiveEdoc", java.util.Map.of())
                        .ok())
                .as("the old secret stops working at once")
                .isFalse();
        VxpClient withIssuedSecret = new VxpClient(BASE_URL, systemId, issued);
        assertThat(withIssuedSecret
                        .bracesPost("countReceiveEdoc", java.util.Map.of())
                        .ok())
                .isTrue();
        browser.press(By.id("list:forget"));
        org.awaitility.Awaitility.await()
                .until(() -> browser.all(By.id("issued-secret")).isEmpty());

        browser.press(By.xpath(row + "//button[normalize-space(.)='Khóa']"));
        browser.waitForText("Đã khóa hệ thống " + systemId);
        assertThat(withIssuedSecret
                        .bracesPost("countReceiveEdoc", java.util.Map.of())
                        .ok())
                .as("a disabled system is refused")
                .isFalse();
    }
}
