package vn.edoc.edxml.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {
    @Test
    void anOrdinaryVietnameseNameIsKeptAsItIs() {
        assertThat(AttachmentNames.safe("Quyết định 123-QĐ-UBND.pdf")).isEqualTo("Quyết định 123-QĐ-UBND.pdf");
        assertThat(AttachmentNames.isSafe("Quyết định 123-QĐ-UBND.pdf")).isTrue();
    }

    @Test
    void drivesAndStreamsLoseTheirColon() {
        assertThat(AttachmentNames.safe("C:x")).isEqualTo("C_x");
        assertThat(AttachmentNames.safe("a:b")).isEqualTo("a_b");
        assertThat(AttachmentNames.safe("bao-cao.pdf:Zone.Identifier")).isEqualTo("bao-cao.pdf_Zone.Identifier");
        assertThat(AttachmentNames.isSafe("C:x")).isFalse();
    }

    @Test
    void devicesAreNotOpened() {
        assertThat(AttachmentNames.safe("CON")).isEqualTo("_CON");
        assertThat(AttachmentNames.safe("nul.pdf")).isEqualTo("_nul.pdf");
        assertThat(AttachmentNames.safe("COM1.txt")).isEqualTo("_COM1.txt");
        assertThat(AttachmentNames.safe("CONSOLE.pdf"))
                .as("only the device names themselves")
                .isEqualTo("CONSOLE.pdf");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseAProgram() {
        assertThat(AttachmentNames.safe("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
        assertThat(AttachmentNames.isSafe("hoa-don\u202Efdp.exe")).isFalse();
    }

    @Test
    void trailingDotsAndSpacesAndEmptyNamesAreSettled() {
        assertThat(AttachmentNames.safe("van-ban.pdf. . ")).isEqualTo("van-ban.pdf");
        assertThat(AttachmentNames.safe("...")).isEqualTo("tep-dinh-kem");
        assertThat(AttachmentNames.safe("")).isEqualTo("tep-dinh-kem");
        assertThat(AttachmentNames.safe("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
