package vn.edoc.ws;

import com.sun.xml.ws.api.WSBinding;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.Messages;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.model.SEIModel;
import com.sun.xml.ws.api.model.wsdl.WSDLPort;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractFilterTubeImpl;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import com.sun.xml.ws.assembler.dev.ClientTubelineAssemblyContext;
import com.sun.xml.ws.assembler.dev.ServerTubelineAssemblyContext;
import com.sun.xml.ws.assembler.dev.TubeFactory;
import com.sun.xml.ws.streaming.XMLReaderException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.util.logging.Logger;
import javax.xml.stream.XMLStreamException;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * The first tube of edoc's endpoints (META-INF/metro.xml): reads the envelope and its headers before anything else
 * does, and answers an envelope the XML parser refuses (nesting too deep, a NUL, not XML at all) with the coded client
 * fault {@code ENVELOPE_INVALID} and one log line, where Metro answered a bare {@code S:Server} and Payara's security
 * pipe logged a stack trace. Only the envelope, the headers and the start tag of the operation are read; the rest of
 * the body is left to stream, as every tube after this one expects.
 */
public final class EnvelopeGuard implements TubeFactory {
    private static final Logger LOG = Logger.getLogger(EnvelopeGuard.class.getName());
    private static final int MAX_REASON = 200;

    @Override
    public Tube createTube(ClientTubelineAssemblyContext context) {
        return context.getTubelineHead();
    }

    @Override
    public Tube createTube(ServerTubelineAssemblyContext context) {
        return new GuardTube(context.getTubelineHead());
    }

    private static final class GuardTube extends AbstractFilterTubeImpl {
        GuardTube(Tube next) {
            super(next);
        }

        private GuardTube(GuardTube that, TubeCloner cloner) {
            super(that, cloner);
        }

        @Override
        public NextAction processRequest(Packet request) {
            Message message = request.getMessage();
            try {
                if (message != null) {
                    message.getHeaders(); // reads the envelope up to the body
                    message.getPayloadLocalPart(); // and the operation's start tag, no further
                }
            } catch (WebServiceException e) {
                Throwable cause = parseFailure(e);
                if (cause == null) {
                    throw e;
                }
                String reason = reason(cause);
                LOG.info(() -> "edoc: a SOAP envelope from " + from(request) + " was refused: " + reason);
                EdocException refusal = new EdocException(ErrorCode.ENVELOPE_INVALID, "Envelope", reason);
                Message fault = Messages.create(Faults.soapFault(refusal).getFault());
                WSDLPort port = request.endpoint == null ? null : request.endpoint.getPort();
                SEIModel model = request.endpoint == null ? null : request.endpoint.getSEIModel();
                WSBinding binding = request.endpoint == null ? null : request.endpoint.getBinding();
                return doReturnWith(request.createServerResponse(fault, port, model, binding));
            }
            return super.processRequest(request);
        }

        @Override
        public AbstractTubeImpl copy(TubeCloner cloner) {
            return new GuardTube(this, cloner);
        }
    }

    /** The parser's own failure behind {@code failure}, Woodstox's or Metro's wrapping of it; null if none. */
    private static Throwable parseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException || t instanceof XMLReaderException) {
                return t;
            }
        }
        return null;
    }

    /** The parser's words without its location prefix, cut short: they may quote what the sender wrote. */
    private static String reason(Throwable cause) {
        String text = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }

    private static String from(Packet request) {
        return request.get(MessageContext.SERVLET_REQUEST) instanceof HttpServletRequest http
                ? http.getRemoteAddr()
                : "?";
    }
}
