package vn.edoc.client;

import com.sun.xml.ws.api.message.Header;
import com.sun.xml.ws.api.message.Headers;
import com.sun.xml.ws.developer.JAXWSProperties;
import com.sun.xml.ws.developer.StreamingAttachmentFeature;
import com.sun.xml.ws.developer.WSBindingProvider;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.soap.MTOMFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;
import org.w3c.dom.Element;
import vn.edoc.contract.axis.v1.Acceptance;
import vn.edoc.contract.axis.v1.Axis;
import vn.edoc.contract.axis.v1.AxisFault;
import vn.edoc.contract.axis.v1.AxisService;
import vn.edoc.contract.axis.v1.DeliveredPacket;
import vn.edoc.contract.axis.v1.PacketTraces;
import vn.edoc.contract.axis.v1.PendingDocument;
import vn.edoc.contract.axis.v1.RecipientState;
import vn.edoc.contract.axis.v1.SignedReceipt;

/**
 * A connected system's client of the axis: every call carries the system's UsernameToken, packets go out and come in
 * as MTOM attachments streamed from and to files, and a refusal is an {@link EdocClientException} with its code.
 *
 * <pre>{@code
 * EdocClient axis = EdocClient.builder(URI.create("https://truc.gialai.gov.vn/edoc-ws/AxisService"))
 *         .system("qlvb-so-noi-vu", secret)
 *         .build();
 * Acceptance accepted = axis.send(Path.of("qd-123.edxml"));
 * axis.pullAndConfirm("000.00.02.H21", "poller-1", Path.of("inbox"), (pending, file) -> register(file));
 * }</pre>
 *
 * One client may be shared by threads that do not change its settings.
 */
public final class EdocClient {
    private static final int PAGE = 100;

    /**
     * Built once: reading the contract's WSDL is the costly part of a client; ports are made per client. An axis makes
     * a client for each forward to a peer (its trace header differs each time).
     */
    private static AxisService service;

    private final Axis port;

    private EdocClient(Builder builder) {
        // big downloads go to a temporary file instead of the heap (kept in memory up to 1 MiB)
        StreamingAttachmentFeature streaming = new StreamingAttachmentFeature(null, true, 1024 * 1024);
        this.port = service().getAxisPort(new MTOMFeature(true, builder.mtomThreshold), streaming);
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, builder.endpoint.toString());
        request.put("com.sun.xml.ws.connect.timeout", (int) builder.connectTimeout.toMillis());
        request.put("com.sun.xml.ws.request.timeout", (int) builder.requestTimeout.toMillis());
        // send in chunks instead of buffering a whole request to learn its length
        request.put(JAXWSProperties.HTTP_CLIENT_STREAMING_CHUNK_SIZE, 64 * 1024);
        if (builder.sslSocketFactory != null) {
            request.put(JAXWSProperties.SSL_SOCKET_FACTORY, builder.sslSocketFactory);
        }
        if (builder.hostnameVerifier != null) {
            request.put(JAXWSProperties.HOSTNAME_VERIFIER, builder.hostnameVerifier);
        }
        List<Header> headers = new ArrayList<>();
        if (builder.passwordText) {
            headers.add(Headers.create(UsernameToken.text(builder.systemId, builder.secret)));
        } else {
            List<jakarta.xml.ws.handler.Handler> chain = new ArrayList<>();
            chain.add(new TokenPerCall(builder.systemId, builder.secret, Clock.systemUTC()));
            ((BindingProvider) port).getBinding().setHandlerChain(chain);
        }
        builder.headers.forEach(h -> headers.add(Headers.create(h)));
        ((WSBindingProvider) port).setOutboundHeaders(headers);
    }

    private static synchronized AxisService service() {
        if (service == null) {
            service = new AxisService();
        }
        return service;
    }

    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    /** Sends a document packet (also a revocation, update or replacement), streamed from the file. */
    public Acceptance send(Path packet) {
        return call(() -> port.sendDocument(new DataHandler(new FileDataSource(packet.toFile()))));
    }

    public Acceptance send(byte[] packet) {
        return call(() -> port.sendDocument(Packets.handlerOf(packet)));
    }

    /** Sends a document packet streamed from any source (the handler's stream is read once). */
    public Acceptance send(DataHandler packet) {
        return call(() -> port.sendDocument(packet));
    }

    /** Sends a status packet (01-06, 13, 15, 16) sealed by the reporting office. */
    public Acceptance sendStatus(byte[] packet) {
        return sendStatus(Packets.handlerOf(packet));
    }

    public Acceptance sendStatus(DataHandler packet) {
        return call(() -> port.sendStatus(packet));
    }

    /** One page of the office's pending list (leased to {@code worker}); pass its cursor to get the next. */
    public Page pending(String organId, Integer maxItems, String worker, String cursor) {
        Holder<List<PendingDocument>> documents = new Holder<>();
        Holder<String> next = new Holder<>();
        call(() -> {
            port.getPendingDocuments(organId, maxItems, worker, cursor, documents, next);
            return null;
        });
        return new Page(documents.value == null ? List.of() : documents.value, next.value);
    }

    /** Fetches a packet into {@code target}, streamed; the SHA-256 is computed on the way. */
    public Fetched fetch(String organId, String packetId, String worker, Path target) {
        DeliveredPacket delivered = call(() -> port.getDocument(organId, packetId, worker));
        String sha256 = Packets.copy(delivered.getPacket(), target);
        return new Fetched(delivered.getPacketId(), delivered.getDocumentId(), delivered.getSha256(), sha256, target);
    }

    /** Confirms a packet held; with the SHA-256 computed on receipt, the axis refuses a mismatch. */
    public RecipientState confirm(String organId, String packetId, String sha256) {
        return call(() -> port.confirmReceived(organId, packetId, sha256));
    }

    /**
     * Takes everything waiting for the office: page by page, each packet is fetched into {@code inbox} as
     * {@code <packetId>.edxml}, checked against the SHA-256 the axis announced, handed to {@code handler} and only then
     * confirmed. A packet the handler throws on is not confirmed: its lease ends and it is listed again.
     *
     * @return the packets received and confirmed
     */
    public List<Fetched> pullAndConfirm(String organId, String worker, Path inbox, ReceivedHandler handler) {
        ArrayList<Fetched> received = new ArrayList<>();
        String cursor = null;
        do {
            Page page = pending(organId, PAGE, worker, cursor);
            for (PendingDocument pending : page.documents()) {
                Path file = inbox.resolve(pending.getPacketId() + ".edxml");
                Fetched fetched = fetch(organId, pending.getPacketId(), worker, file);
                if (!fetched.sha256().equals(pending.getSha256())) {
                    throw new IllegalStateException("packet " + pending.getPacketId() + " arrived damaged: SHA-256 "
                            + fetched.sha256() + ", announced " + pending.getSha256());
                }
                take(handler, pending, file);
                confirm(organId, pending.getPacketId(), fetched.sha256());
                received.add(fetched);
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return received;
    }

    private static void take(ReceivedHandler handler, PendingDocument pending, Path file) {
        try {
            handler.received(pending, file);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("packet " + pending.getPacketId() + " was not taken: " + e.getMessage(), e);
        }
    }

    /** Each recipient's trace (the sender) or the office's own (a recipient); {@code recipientId} narrows it to one. */
    public PacketTraces traces(String organId, String packetId, String recipientId) {
        return call(() -> port.getTraces(organId, packetId, recipientId));
    }

    public List<SignedReceipt> receipts(String organId, String packetId) {
        return call(() -> port.getReceipts(organId, packetId));
    }

    /** The generated port, with this client's credentials and settings, for the operations not wrapped here. */
    public Axis port() {
        return port;
    }

    /** A page of the pending list; {@code nextCursor} is null after the last. */
    public record Page(List<PendingDocument> documents, String nextCursor) {}

    /** A packet fetched into a file, with the SHA-256 the axis announced and the one computed on receipt. */
    public record Fetched(String packetId, String documentId, String announcedSha256, String sha256, Path file) {}

    /** What a system does with a packet it received before it confirms it (store it, register it, ...). */
    @FunctionalInterface
    public interface ReceivedHandler {
        void received(PendingDocument pending, Path file) throws Exception;
    }

    private interface Call<T> {
        T run() throws AxisFault;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (AxisFault fault) {
            throw new EdocClientException(fault);
        }
    }

    /** Where and as whom to connect; time-outs default to 30 s to connect and 10 min for a call (big packets). */
    public static final class Builder {
        private final URI endpoint;
        private String systemId;
        private String secret;
        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofMinutes(10);
        private int mtomThreshold = 64 * 1024;
        private SSLSocketFactory sslSocketFactory;
        private HostnameVerifier hostnameVerifier;
        private boolean passwordText;
        private final List<Element> headers = new ArrayList<>();

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        /** The connected system's id and the secret the axis's operators issued to it. */
        public Builder system(String systemId, String secret) {
            this.systemId = Objects.requireNonNull(systemId, "systemId");
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /**
         * Sends the secret itself (PasswordText) instead of a digest with a fresh nonce: only for an axis reached over
         * HTTPS that does not take digests (the axis refuses PasswordText without TLS unless its operator allows it).
         */
        public Builder passwordText() {
            this.passwordText = true;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** Packets from this many bytes go as attachments (default 64 KiB); smaller ones inline. */
        public Builder mtomThreshold(int bytes) {
            this.mtomThreshold = bytes;
            return this;
        }

        /** For HTTPS with a TLS client certificate (a key manager holding it) or a private trust store. */
        public Builder sslSocketFactory(SSLSocketFactory factory) {
            this.sslSocketFactory = factory;
            return this;
        }

        /** For an axis whose certificate names another host than the URL (a test server's self-signed one). */
        public Builder hostnameVerifier(HostnameVerifier verifier) {
            this.hostnameVerifier = verifier;
            return this;
        }

        /**
         * One more SOAP header for every call, beside the UsernameToken: an axis forwarding to a peer adds its {@code
         * axisTrace} (docs/operators/cluster.md, "Federation").
         */
        public Builder header(Element header) {
            headers.add(Objects.requireNonNull(header, "header"));
            return this;
        }

        public EdocClient build() {
            if (systemId == null) {
                throw new IllegalStateException("system(id, secret) is required: every call is authenticated");
            }
            return new EdocClient(this);
        }
    }

    /** Packets as data handlers, and data handlers into files. */
    static final class Packets {
        private Packets() {}

        static DataHandler handlerOf(byte[] packet) {
            return new DataHandler(new jakarta.activation.DataSource() {
                @Override
                public InputStream getInputStream() {
                    return new java.io.ByteArrayInputStream(packet);
                }

                @Override
                public OutputStream getOutputStream() throws IOException {
                    throw new IOException("read-only");
                }

                @Override
                public String getContentType() {
                    return "application/octet-stream";
                }

                @Override
                public String getName() {
                    return "packet";
                }
            });
        }

        /** Copies the packet into {@code target} (replaced only once complete); its SHA-256. */
        static String copy(DataHandler packet, Path target) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                try (InputStream in = new DigestInputStream(packet.getInputStream(), sha256)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return HexFormat.of().formatHex(sha256.digest());
            } catch (IOException e) {
                throw new UncheckedIOException("The packet could not be written to " + target, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }
    }
}
