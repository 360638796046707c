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
 * Profile 1.0: a PasswordDigest with its Nonce and Created, or a PasswordText, which the axis takes only over TLS unless
 * its operator allows otherwise), whether the call came over TLS, and the TLS client certificate, judged by the
 * connected systems; the endpoint finds the {@link Caller} in its context. This runs on the headers alone, before the body is read: a call
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

    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String PROFILE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    private static final String PASSWORD_TEXT = PROFILE + "#PasswordText";
    private static final String PASSWORD_DIGEST = PROFILE + "#PasswordDigest";
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
        Token token = security == null ? new Token() : usernameToken(security);
        HttpServletRequest request =
                context.get(MessageContext.SERVLET_REQUEST) instanceof HttpServletRequest r ? r : null;
        Caller caller;
        try {
            caller = systems()
                    .authenticate(new Credentials(
                            token.username,
                            token.password(),
                            clientCertificate(request),
                            request != null && request.isSecure()));
        } catch (RuntimeException refusal) {
            throw Faults.soapFault(claimed(token.username), refusal);
        }
        context.put(CALLER, caller);
        context.setScope(CALLER, MessageContext.Scope.APPLICATION);
        return true;
    }

    /** The id a refused call claimed, for the log: only when it has a system id's form (no line breaks, no markup). */
    private static String claimed(String systemId) {
        return systemId != null && systemId.matches("[A-Za-z0-9._\\-]{1,64}") ? systemId + " (claimed)" : null;
    }

    private static ConnectedSystems systems() {
        return CDI.current().select(ConnectedSystems.class).get();
    }

    /** The first UsernameToken's parts; a password of an unknown type counts as none. */
    private static Token usernameToken(Header security) {
        Token token = new Token();
        try {
            XMLStreamReader reader = security.readHeader();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    token.read(reader);
                }
            }
        } catch (XMLStreamException e) {
            return new Token();
        }
        return token;
    }

    /** What a UsernameToken holds, each part the first of its kind. */
    private static final class Token {
        String username;
        String type;
        String password;
        String nonce;
        String created;

        void read(XMLStreamReader reader) throws XMLStreamException {
            String name = reader.getLocalName();
            if (WSSE.equals(reader.getNamespaceURI())) {
                if ("Username".equals(name) && username == null) {
                    username = reader.getElementText().strip();
                } else if ("Password".equals(name) && password == null) {
                    type = reader.getAttributeValue(null, "Type");
                    password = reader.getElementText().strip();
                } else if ("Nonce".equals(name) && nonce == null) {
                    nonce = reader.getElementText().strip();
                }
            } else if (WSU.equals(reader.getNamespaceURI()) && "Created".equals(name) && created == null) {
                created = reader.getElementText().strip();
            }
        }

        Credentials.Password password() {
            if (password == null) {
                return null;
            }
            if (PASSWORD_DIGEST.equals(type)) {
                return Credentials.Password.digest(password, nonce, created);
            }
            return type == null || PASSWORD_TEXT.equals(type)
                    ? Credentials.Password.text(password, nonce, created)
                    : null;
        }
    }

    private static String clientCertificate(HttpServletRequest request) {
        if (request == null
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
