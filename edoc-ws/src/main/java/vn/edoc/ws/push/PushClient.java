package vn.edoc.ws.push;

import com.sun.xml.ws.developer.JAXWSProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.MTOMFeature;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Map;
import vn.edoc.contract.push.v1.PacketKind;
import vn.edoc.contract.push.v1.PushReceiver;
import vn.edoc.contract.push.v1.PushService;
import vn.edoc.exchange.boundary.PushJob;
import vn.edoc.exchange.boundary.StoredBytes;
import vn.edoc.exchange.control.DeliverySettings;
import vn.edoc.ws.PacketSource;

/** Calls one office's push endpoint with one packet, as an MTOM attachment, within the configured time-out. */
@ApplicationScoped
public class PushClient {
    // Metro's names (JAXWSProperties) for the connect and the whole-request time-outs, in milliseconds
    private static final String CONNECT_TIMEOUT = "com.sun.xml.ws.connect.timeout";
    private static final String REQUEST_TIMEOUT = "com.sun.xml.ws.request.timeout";

    @Inject
    private DeliverySettings delivery;

    /** Built once: reading the contract's WSDL is the costly part; ports are made per call (they are not shared). */
    private PushService service;

    /** Pushes the packet, streamed from the store; returns only when the endpoint answered that it holds it. */
    public void push(PushJob job, StoredBytes bytes) throws PushFailure {
        PushReceiver port = service().getPushReceiverPort(new MTOMFeature(true));
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, job.endpoint());
        request.put(CONNECT_TIMEOUT, (int) delivery.pushTimeout().toMillis());
        request.put(REQUEST_TIMEOUT, (int) delivery.pushTimeout().toMillis());
        // stream large packets in chunks instead of buffering the request to learn its length
        request.put(JAXWSProperties.HTTP_CLIENT_STREAMING_CHUNK_SIZE, 64 * 1024);
        boolean received;
        try {
            received = port.receivePacket(
                    job.packetId(),
                    PacketKind.valueOf(job.kind().name()),
                    job.senderId(),
                    job.recipientId(),
                    job.documentId(),
                    job.sha256(),
                    job.attemptNo(),
                    PacketSource.handlerOf(bytes));
        } catch (SOAPFaultException e) {
            throw new PushFailure(
                    "SOAP fault from " + job.endpoint() + ": " + e.getFault().getFaultString(), e);
        } catch (WebServiceException e) {
            throw new PushFailure(job.endpoint() + ": " + rootMessage(e), e);
        }
        if (!received) {
            throw new PushFailure(job.endpoint() + " answered received=false", null);
        }
    }

    private synchronized PushService service() {
        if (service == null) {
            service = new PushService();
        }
        return service;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
