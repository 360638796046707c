package vn.edoc.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UsernameTokenTest {
    @Test
    void namesTheSystemAndCarriesItsSecretAsPasswordText() {
        Element security = UsernameToken.header("qlvb-so-noi-vu", "s3cr3t");

        assertThat(security.getNamespaceURI()).isEqualTo(UsernameToken.WSSE);
        assertThat(security.getLocalName()).isEqualTo("Security");
        assertThat(security.getAttributeNS("http://schemas.xmlsoap.org/soap/envelope/", "mustUnderstand"))
                .isEqualTo("1");
        Element username = (Element)
                security.getElementsByTagNameNS(UsernameToken.WSSE, "Username").item(0);
        Element password = (Element)
                security.getElementsByTagNameNS(UsernameToken.WSSE, "Password").item(0);
        assertThat(username.getTextContent()).isEqualTo("qlvb-so-noi-vu");
        assertThat(password.getTextContent()).isEqualTo("s3cr3t");
        assertThat(password.getAttribute("Type")).endsWith("#PasswordText");
    }

    @Test
    void aClientWithoutCredentialsIsNotBuilt() {
        var builder = EdocClient.builder(java.net.URI.create("http://localhost:8080/edoc-ws/AxisService"));

        org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system(id, secret)");
    }
}
