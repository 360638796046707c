package vn.edoc.ws;

import com.sun.xml.ws.api.handler.MessageHandler;
import com.sun.xml.ws.api.handler.MessageHandlerContext;
import com.sun.xml.ws.api.message.Header;
import jakarta.xml.ws.handler.MessageContext;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Reads the {@code axisTrace} header a peer axis sends with a packet it forwards, and hands it to the endpoint (a
 * {@link vn.edoc.exchange.boundary.Forwarding}, or the refusal of a malformed header, thrown once the caller is
 * known). Declaring the header here marks it understood. Like {@link UsernameTokenHandler}, a Metro message handler:
 * MTOM attachments stay where Metro streamed them.
 */
public class TraceHeaderHandler implements MessageHandler<MessageHandlerContext> {
    /** Where the endpoint finds the forwarding (or its refusal) in its message context. */
    static final String FORWARDING = "vn.edoc.ws.forwarding";

    @Override
    public Set<QName> getHeaders() {
        return Set.of(TraceHeaders.AXIS_TRACE);
    }

    @Override
    public boolean handleMessage(MessageHandlerContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        Header trace = context.getMessage().getHeaders().get(TraceHeaders.AXIS_TRACE, true);
        if (trace == null) {
            return true;
        }
        Object forwarding;
        try {
            forwarding = TraceHeaders.read(trace.readHeader());
        } catch (XMLStreamException e) {
            forwarding = new EdocException(ErrorCode.REQUEST_INVALID, "axisTrace", "axisTrace: unreadable");
        } catch (EdocException e) {
            forwarding = e;
        }
        context.put(FORWARDING, forwarding);
        context.setScope(FORWARDING, MessageContext.Scope.APPLICATION);
        return true;
    }

    @Override
    public boolean handleFault(MessageHandlerContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // nothing held
    }
}
