package vn.edoc.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.boundary.Forwarding;
import vn.edoc.exchange.boundary.PeerHandOver;

class TraceHeadersTest {
    private static final AxisHop PROVINCE =
            new AxisHop("gia-lai", "0f8d7c3e-5b1a-4c2d-9e8f-7a6b5c4d3e2f", Instant.parse("2026-11-27T03:15:00.123Z"));

    @Test
    void whatOneAxisWritesTheNextOneReads() throws Exception {
        Element header = TraceHeaders.write(
                new PeerHandOver("truc-quoc-gia", List.of(PROVINCE), List.of("000.00.00.G22", "000.00.00.G09")));

        assertThat(header.getNamespaceURI()).isEqualTo("urn:vn:edoc:axis:v1");
        assertThat(header.getLocalName()).isEqualTo("axisTrace");
        Forwarding read = TraceHeaders.read(reader(text(header)));
        assertThat(read.hops()).containsExactly(PROVINCE);
        assertThat(read.recipients()).containsExactly("000.00.00.G22", "000.00.00.G09");
        assertThat(read.forwarder()).isEqualTo("gia-lai");
    }

    @Test
    void aHeaderWithoutAHopOrWithAnIncompleteOneIsRefused() {
        String empty = "<axisTrace xmlns='urn:vn:edoc:axis:v1'><forwardedTo>000.00.00.G22</forwardedTo></axisTrace>";
        String incomplete = "<axisTrace xmlns='urn:vn:edoc:axis:v1'><TraceHeader><axisId>gia-lai</axisId>"
                + "</TraceHeader></axisTrace>";

        for (String header : List.of(empty, incomplete)) {
            assertThatThrownBy(() -> TraceHeaders.read(reader(header)))
                    .isInstanceOfSatisfying(
                            EdocException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_INVALID));
        }
    }

    private static XMLStreamReader reader(String xml) throws XMLStreamException {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
        reader.nextTag(); // on the header's element, as Metro hands it over
        return reader;
    }

    private static String text(Element element) throws TransformerException {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }
}
