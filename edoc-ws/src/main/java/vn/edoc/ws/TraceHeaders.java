package vn.edoc.ws;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.dom.DOMResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.edoc.contract.axis.v1.AxisTrace;
import vn.edoc.contract.axis.v1.TraceHeader;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.exchange.AxisHop;
import vn.edoc.exchange.boundary.Forwarding;
import vn.edoc.exchange.boundary.PeerHandOver;

/**
 * The {@code axisTrace} SOAP header of the contract (federation) in and out: read into a {@link Forwarding} where a
 * peer axis forwards to this one, written from a {@link PeerHandOver} where this axis forwards to a peer.
 */
public final class TraceHeaders {
    public static final QName AXIS_TRACE = new QName("urn:vn:edoc:axis:v1", "axisTrace");
    private static final String PATH = "axisTrace";
    private static final int MAX_HOPS = 16;
    private static final JAXBContext CONTEXT = context();

    private TraceHeaders() {}

    /** The header as a peer wrote it, checked for what the schema asks; refused as REQUEST_INVALID otherwise. */
    public static Forwarding read(XMLStreamReader header) {
        AxisTrace trace;
        try {
            trace = CONTEXT.createUnmarshaller()
                    .unmarshal(header, AxisTrace.class)
                    .getValue();
        } catch (JAXBException | RuntimeException e) {
            throw invalid(
                    "axisTrace: not the contract's header (" + e.getClass().getSimpleName() + ")");
        }
        if (trace.getTraceHeader().isEmpty() || trace.getTraceHeader().size() > MAX_HOPS) {
            throw invalid("axisTrace: 1-" + MAX_HOPS + " TraceHeader");
        }
        List<AxisHop> hops =
                trace.getTraceHeader().stream().map(TraceHeaders::hop).toList();
        List<String> recipients =
                trace.getForwardedTo().stream().map(String::strip).toList();
        return new Forwarding(hops, recipients);
    }

    private static AxisHop hop(TraceHeader header) {
        if (header.getAxisId() == null || header.getPacketId() == null || header.getTimestamp() == null) {
            throw invalid("axisTrace/TraceHeader: axisId, packetId and timestamp");
        }
        return new AxisHop(
                header.getAxisId().strip(),
                header.getPacketId().strip(),
                header.getTimestamp().toInstant());
    }

    /** The header this axis sends with a forward: the trace, this axis last, and the codes handed over. */
    public static Element write(PeerHandOver handOver) {
        AxisTrace trace = new AxisTrace();
        handOver.trace().forEach(hop -> trace.getTraceHeader().add(WireMapper.hop(hop)));
        trace.getForwardedTo().addAll(handOver.forwardedTo());
        try {
            DOMResult result = new DOMResult();
            CONTEXT.createMarshaller().marshal(trace, result);
            return ((Document) result.getNode()).getDocumentElement();
        } catch (JAXBException e) {
            throw new IllegalStateException("The axisTrace header could not be written", e);
        }
    }

    private static EdocException invalid(String why) {
        return new EdocException(ErrorCode.REQUEST_INVALID, PATH, why);
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(AxisTrace.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("The contract's axisTrace type cannot be bound", e);
        }
    }
}
