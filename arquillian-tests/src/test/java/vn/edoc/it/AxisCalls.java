package vn.edoc.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A SOAP client made of nothing but HTTP and the request files under {@code soap/} (the ones docs/integrators/try-it-by-hand.md's curl
 * examples use), so the tests see the axis exactly as an integrator does.
 */
final class AxisCalls {
    static final String NS = "urn:vn:edoc:axis:v1";

    private static final SecureRandom RANDOM = new SecureRandom();
    // HTTP/1.1 as the DMSs' SOAP stacks speak it: the JDK client's default upgrade to HTTP/2 left sessions that the
    // server timed out reading after an instance was killed and started again (the cluster's tests)
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String systemId;
    private final String secret;

    /** Calls as the test province's shared document-management system, registered for every office. */
    AxisCalls(String baseUrl) {
        this(baseUrl, TestSystems.PROVINCE_DMS, TestSystems.provinceSecret(baseUrl));
    }

    /** Calls as another connected system (a null id sends no credentials at all). */
    AxisCalls(String baseUrl, String systemId, String secret) {
        this.endpoint = URI.create(baseUrl + "/edoc-ws/AxisService");
        this.systemId = systemId;
        this.secret = secret;
    }

    Element sendDocument(byte[] packet) {
        return call(
                "send-document.xml",
                Map.of("@PACKET_BASE64@", Base64.getEncoder().encodeToString(packet)));
    }

    /** Sends a packet as a peer axis forwards it: with the {@code axisTrace} header {@code traceXml}. */
    Element forwardDocument(byte[] packet, String traceXml) {
        String envelope = withCredentials(template("send-document.xml"))
                .replace("</soapenv:Header>", traceXml + "\n  </soapenv:Header>")
                .replace("@PACKET_BASE64@", Base64.getEncoder().encodeToString(packet));
        return post(envelope);
    }

    Element sendStatus(byte[] packet) {
        return call(
                "send-status.xml", Map.of("@PACKET_BASE64@", Base64.getEncoder().encodeToString(packet)));
    }

    List<Element> getPendingDocuments(String organId) {
        Element response = call("get-pending-documents.xml", Map.of("@ORGAN_ID@", organId));
        return children(response, "pendingDocument");
    }

    /** The pending list as one of several pullers of an office: what it lists is leased to it. */
    List<Element> getPendingDocuments(String organId, int maxItems, String worker) {
        Element response = call(
                "get-pending-documents-as.xml",
                Map.of("@ORGAN_ID@", organId, "@MAX_ITEMS@", Integer.toString(maxItems), "@WORKER@", worker));
        return children(response, "pendingDocument");
    }

    /** One page of the pending list: the packet ids, and the cursor of the next page (null after the last). */
    record Page(List<String> packetIds, String nextCursor) {}

    Page getPendingPage(String organId, int maxItems, String cursor) {
        Element response = call(
                "get-pending-documents-page.xml",
                Map.of(
                        "@ORGAN_ID@",
                        organId,
                        "@MAX_ITEMS@",
                        Integer.toString(maxItems),
                        "@CURSOR@",
                        cursor == null ? "" : "<axis:cursor>" + cursor + "</axis:cursor>"));
        List<String> ids = children(response, "pendingDocument").stream()
                .map(d -> text(d, "packetId"))
                .toList();
        return new Page(ids, text(response, "nextCursor"));
    }

    /** The trace of one recipient only, asked by name. */
    Element getTraceOf(String organId, String packetId, String recipientId) {
        return call(
                "get-trace-of-recipient.xml",
                Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId, "@RECIPIENT_ID@", recipientId));
    }

    /** A packet fetched by one of several pullers of an office. */
    Element getDocument(String organId, String packetId, String worker) {
        return call("get-document-as.xml", Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId, "@WORKER@", worker));
    }

    /** One recipient's trace of a packet, as {@code asOffice} (its sender, or the recipient itself) sees it. */
    Element recipientTrace(String asOffice, String packetId, String recipientId) {
        return children(getTraces(asOffice, packetId), "recipient").stream()
                .filter(r -> recipientId.equals(text(r, "organId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no trace of " + recipientId + " in " + packetId));
    }

    Element getDocument(String organId, String packetId) {
        return call("get-document.xml", Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId));
    }

    Element confirmReceived(String organId, String packetId, String sha256) {
        return call("confirm-received.xml", Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId, "@SHA256@", sha256));
    }

    List<Element> getOverdueDocuments(String organId) {
        return children(call("get-overdue-documents.xml", Map.of("@ORGAN_ID@", organId)), "overdueDocument");
    }

    List<Element> getReceipts(String organId, String packetId) {
        return children(call("get-receipts.xml", Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId)), "receipt");
    }

    Element getTraces(String organId, String packetId) {
        return call("get-traces.xml", Map.of("@ORGAN_ID@", organId, "@PACKET_ID@", packetId));
    }

    /** The whole directory ({@code afterRevision} null) or the offices changed after a revision. */
    Element getOrganizations(Long afterRevision) {
        String since = afterRevision == null ? "" : "<axis:afterRevision>" + afterRevision + "</axis:afterRevision>";
        return call("get-organizations.xml", Map.of("@SINCE@", since));
    }

    /** One page of at most {@code maxItems} offices of the whole directory, or the page {@code cursor} starts. */
    Element getOrganizationsPage(int maxItems, String cursor) {
        String page = "<axis:maxItems>" + maxItems + "</axis:maxItems>"
                + (cursor == null ? "" : "<axis:cursor>" + cursor + "</axis:cursor>");
        return call("get-organizations.xml", Map.of("@SINCE@", page));
    }

    /** Signs {@code packet} as the leader with the key the axis keeps, unlocked by {@code pin}; the signed bytes. */
    byte[] signAsLeader(String leaderId, String pin, byte[] packet) {
        Element response = call(
                "sign-as-leader.xml",
                Map.of(
                        "@LEADER_ID@", leaderId,
                        "@PIN@", pin,
                        "@PACKET_BASE64@", Base64.getEncoder().encodeToString(packet)));
        return Base64.getDecoder().decode(text(response, "signedPacket"));
    }

    /** Posts a raw SOAP envelope; for requests the templates cannot express. */
    Element post(String envelope) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                // a server killed or starting may leave a call without an answer: it fails instead (cluster tests)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return bodyOf(parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** The text of the child {@code name} of {@code parent} itself, not of a deeper one. */
    static String directText(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private Element call(String template, Map<String, String> values) {
        String envelope = withCredentials(template(template));
        for (Map.Entry<String, String> value : values.entrySet()) {
            envelope = envelope.replace(value.getKey(), value.getValue());
        }
        return post(envelope);
    }

    /** The envelope with this caller's UsernameToken, or without any Security header when it has no id. */
    private String withCredentials(String envelope) {
        if (systemId == null) {
            int start = envelope.indexOf("  <soapenv:Header>");
            int end = envelope.indexOf("</soapenv:Header>\n") + "</soapenv:Header>\n".length();
            return envelope.substring(0, start) + envelope.substring(end);
        }
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String created = Instant.now().toString();
        return envelope.replace("@SYSTEM_ID@", systemId)
                .replace("@NONCE@", Base64.getEncoder().encodeToString(nonce))
                .replace("@CREATED@", created)
                .replace("@DIGEST@", Base64.getEncoder().encodeToString(passwordDigest(nonce, created, secret)));
    }

    /** The UsernameToken profile's PasswordDigest: Base64(SHA-1(nonce + created + secret)), written here apart. */
    static byte[] passwordDigest(byte[] nonce, String created, String secret) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            return sha1.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element bodyOf(Document response) {
        Element body = (Element) response.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body")
                .item(0);
        Element fault = (Element) body.getElementsByTagNameNS(NS, "axisFault").item(0);
        if (fault != null) {
            List<SoapFault.Listed> problems = children(fault, "problem").stream()
                    .map(p ->
                            new SoapFault.Listed(text(p, "code"), text(p, "path"), text(p, "line"), text(p, "message")))
                    .toList();
            Node faultCode = body.getElementsByTagName("faultcode").item(0);
            throw new SoapFault(
                    text(fault, "code"),
                    faultCode == null ? null : faultCode.getTextContent(),
                    text(fault, "message"),
                    text(fault, "messageEn"),
                    directText(fault, "path"),
                    problems);
        }
        NodeList children = body.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                return element;
            }
        }
        throw new IllegalStateException("An empty SOAP body");
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException("Not a SOAP response: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    static String template(String name) {
        try (InputStream in = AxisCalls.class.getResourceAsStream("/soap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
