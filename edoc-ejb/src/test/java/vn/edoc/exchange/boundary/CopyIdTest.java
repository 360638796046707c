package vn.edoc.exchange.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;

/** A copy's one-string name (the national protocol's docId): packetId~recipient, anything else not found. */
class CopyIdTest {
    @Test
    void aCopyIsNamedByItsPacketAndRecipient() {
        CopyId copy = new CopyId("38200f82-575f-4471-a490-1ba0f007b44f", "000.00.02.H21");

        assertThat(copy.text()).isEqualTo("38200f82-575f-4471-a490-1ba0f007b44f~000.00.02.H21");
        assertThat(CopyId.parse(" " + copy.text() + " ", "docId")).isEqualTo(copy);
    }

    @Test
    void anythingElseIsNotFound() {
        for (String text : new String[] {
            null,
            "",
            "~000.00.02.H21",
            "38200f82~",
            "11111111-2222-3333-4444-555555555555",
            "x".repeat(40) + "~" + "y".repeat(40)
        }) {
            assertThatThrownBy(() -> CopyId.parse(text, "docId"))
                    .as(String.valueOf(text))
                    .isInstanceOfSatisfying(
                            EdocException.class,
                            e -> assertThat(e.code().name()).isEqualTo("PACKET_NOT_FOUND"));
        }
    }
}
