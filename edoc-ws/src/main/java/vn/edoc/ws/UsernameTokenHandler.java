package vn.edoc.ws;

import com.sun.xml.ws.api.handler.MessageHandler;
import com.sun.xml.ws.api.handler.MessageHandlerContext;
import com.sun.xml.ws.api.message.Header;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.handler.MessageContext;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.edoc.systems.Caller;
import vn.edoc.systems.Credentials;
import vn.edoc.systems.boundary.ConnectedSystems;

/**
 * Authenticates a call from what it presents to prove who makes it: the WS-Security UsernameToken (OASIS UsernameToken
 * Profile 1.0, password type PasswordText) and the TLS client certificate, judged by the connected systems; the
 * endpoint finds the {@link Caller} in its context. This runs on the headers alone, before the body is read: a call
 * without valid credentials is refused with its coded fault and its body, however large, is never parsed. A Metro
 * message handler, not a SOAP handler, so that the message is not turned into a SAAJ tree and large MTOM attachments
 * stay where Metro streamed them. Declaring the Security header here marks it understood, so clients that send it
 * with {@code mustUnderstand="1"} are served.
 */
public class UsernameTokenHandler implements MessageHandler<MessageHandlerContext> {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final QName SECURITY = new QName(WSSE, "Security");
    /** Where the endpoint finds the authenticated caller in its message context. */
    static final String CALLER = "vn.edoc.ws.caller";

    private static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Override
    public Set<QName> getHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public boolean handleMessage(MessageHandlerContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        Header security = context.getMessage().getHeaders().get(SECURITY, true);
        String[] token = security == null ? new String[2] : usernameToken(security);
        Caller caller;
        try {
            caller = systems().authenticate(new Credentials(token[0], token[1], clientCertificate(context)));
        } catch (RuntimeException refusal) {
            throw Faults.soapFault(refusal);
        }
        context.put(CALLER, caller);
        context.setScope(CALLER, MessageContext.Scope.APPLICATION);
        return true;
    }

    private static ConnectedSystems systems() {
        return CDI.current().select(ConnectedSystems.class).get();
    }

    /** Username and PasswordText of the first UsernameToken; a password of another type counts as none. */
    private static String[] usernameToken(Header security) {
        String[] token = new String[2];
        try {
            XMLStreamReader reader = security.readHeader();
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT || !WSSE.equals(reader.getNamespaceURI())) {
                    continue;
                }
                if ("Username".equals(reader.getLocalName()) && token[0] == null) {
                    token[0] = reader.getElementText().strip();
                } else if ("Password".equals(reader.getLocalName()) && token[1] == null) {
                    String type = reader.getAttributeValue(null, "Type");
                    String password = reader.getElementText();
                    // a PasswordDigest cannot be checked against a kept hash: only the secret itself proves it
                    token[1] = type == null || PASSWORD_TEXT.equals(type) ? password.strip() : null;
                }
            }
        } catch (XMLStreamException e) {
            return new String[2];
        }
        return token;
    }

    private static String clientCertificate(MessageHandlerContext context) {
        if (!(context.get(MessageContext.SERVLET_REQUEST) instanceof HttpServletRequest request)
                || !(request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain)
                || chain.length == 0) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
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
