package vn.edoc.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EnvelopeBytesTest {
    private static final String ENVELOPE = "<?xml version=\"1.0\"?><!-- a DMS --><S:Envelope"
            + " xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><a:op xmlns:a=\"urn:a\">"
            + "<!DOCTYPE is text here></a:op></S:Body></S:Envelope>";

    @Test
    void anOrdinaryEnvelopeHasNoProblemHoweverItIsSplit() {
        byte[] bytes = ENVELOPE.getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < bytes.length; split++) {
            EnvelopeBytes screen = new EnvelopeBytes();
            assertThat(screen.problem(bytes, 0, split)).isNull();
            assertThat(screen.problem(bytes, split, bytes.length - split)).isNull();
        }
    }

    @Test
    void aDtdInTheProlog() {
        byte[] bytes = "<?xml version=\"1.0\"?>\n<!DOCTYPE S:Envelope [<!ENTITY x \"y\">]><S:Envelope/>"
                .getBytes(StandardCharsets.UTF_8);
        EnvelopeBytes screen = new EnvelopeBytes();

        assertThat(screen.problem(bytes, 0, 24)).isNull();
        assertThat(screen.problem(bytes, 24, bytes.length - 24)).contains("DOCTYPE");
    }

    @Test
    void aNulAnywhere() {
        byte[] bytes = "<S:Envelope><S:Body>x\0</S:Body></S:Envelope>".getBytes(StandardCharsets.UTF_8);

        assertThat(new EnvelopeBytes().problem(bytes, 0, bytes.length)).contains("NUL");
    }

    @Test
    void vietnameseTextIsNotANul() {
        byte[] bytes = "<S:Envelope>Ủy ban nhân dân tỉnh Gia Lai</S:Envelope>".getBytes(StandardCharsets.UTF_8);

        assertThat(new EnvelopeBytes().problem(bytes, 0, bytes.length)).isNull();
    }
}
