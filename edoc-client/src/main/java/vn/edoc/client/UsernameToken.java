package vn.edoc.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The WS-Security header that names the connected system (OASIS UsernameToken Profile 1.0): the system id as user name
 * and, by default, a {@code PasswordDigest} of its secret with a fresh {@code Nonce} and {@code Created} for each call,
 * so that the secret never crosses the network and a captured call cannot be sent again (the axis remembers nonces
 * for its token window). {@code PasswordText} sends the secret as written; the axis takes it only over HTTPS.
 */
final class UsernameToken {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String PROFILE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0";
    static final String PASSWORD_TEXT = PROFILE + "#PasswordText";
    static final String PASSWORD_DIGEST = PROFILE + "#PasswordDigest";
    private static final String BASE64 =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    private static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UsernameToken() {}

    /** A token with the secret as PasswordText (for an axis reached over HTTPS that does not take digests). */
    static Element text(String systemId, String secret) {
        Element security = security(systemId);
        Element password = append(token(security), "wsse:Password");
        password.setAttribute("Type", PASSWORD_TEXT);
        password.setTextContent(secret);
        return security;
    }

    /** A new token with a PasswordDigest of the secret, a 16-byte random nonce and the clock's time. */
    static Element digest(String systemId, String secret, Clock clock) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String created = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        Element security = security(systemId);
        Element token = token(security);
        Element password = append(token, "wsse:Password");
        password.setAttribute("Type", PASSWORD_DIGEST);
        password.setTextContent(Base64.getEncoder().encodeToString(digestOf(nonce, created, secret)));
        Element nonceElement = append(token, "wsse:Nonce");
        nonceElement.setAttribute("EncodingType", BASE64);
        nonceElement.setTextContent(Base64.getEncoder().encodeToString(nonce));
        Element createdElement = token.getOwnerDocument().createElementNS(WSU, "wsu:Created");
        createdElement.setTextContent(created);
        token.appendChild(createdElement);
        return security;
    }

    /** {@code SHA-1(nonce + created + secret)}, as the profile defines the digest. */
    static byte[] digestOf(byte[] nonce, String created, String secret) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(secret.getBytes(StandardCharsets.UTF_8));
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    private static Element security(String systemId) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element security = document.createElementNS(WSSE, "wsse:Security");
            security.setAttributeNS(SOAP_ENV, "soapenv:mustUnderstand", "1");
            document.appendChild(security);
            append(append(security, "wsse:UsernameToken"), "wsse:Username").setTextContent(systemId);
            return security;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The platform's XML parser cannot be configured", e);
        }
    }

    private static Element token(Element security) {
        return (Element) security.getElementsByTagNameNS(WSSE, "UsernameToken").item(0);
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(WSSE, name);
        parent.appendChild(child);
        return child;
    }
}
