package vn.edoc.client;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The WS-Security header that names the connected system: OASIS UsernameToken Profile 1.0, the system id as user
 * name and its secret as a PasswordText password (the axis keeps only a hash of it, so a digest could not be
 * checked). The secret crosses the network as written: call the axis over HTTPS outside a trusted network.
 */
final class UsernameToken {
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    private static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private UsernameToken() {}

    static Element header(String systemId, String secret) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            Element security = document.createElementNS(WSSE, "wsse:Security");
            security.setAttributeNS(SOAP_ENV, "soapenv:mustUnderstand", "1");
            Element token = append(security, "wsse:UsernameToken");
            append(token, "wsse:Username").setTextContent(systemId);
            Element password = append(token, "wsse:Password");
            password.setAttribute("Type", PASSWORD_TEXT);
            password.setTextContent(secret);
            document.appendChild(security);
            return security;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The platform's XML parser cannot be configured", e);
        }
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(WSSE, name);
        parent.appendChild(child);
        return child;
    }
}
