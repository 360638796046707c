package vn.edoc.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UsernameTokenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDigestTokenCarriesNoSecretButItsDigestWithANonceAndTheTime() {
        Element security = UsernameToken.digest("qlvb-so-noi-vu", "s3cr3t", CLOCK);

        assertThat(security.getNamespaceURI()).isEqualTo(UsernameToken.WSSE);
        assertThat(security.getLocalName()).isEqualTo("Security");
        assertThat(security.getAttributeNS("http://schemas.xmlsoap.org/soap/envelope/", "mustUnderstand"))
                .isEqualTo("1");
        assertThat(text(security, UsernameToken.WSSE, "Username")).isEqualTo("qlvb-so-noi-vu");
        Element password = first(security, UsernameToken.WSSE, "Password");
        assertThat(password.getAttribute("Type")).isEqualTo(UsernameToken.PASSWORD_DIGEST);
        assertThat(security.getTextContent()).doesNotContain("s3cr3t");
        String created = text(security, UsernameToken.WSU, "Created");
        byte[] nonce = Base64.getDecoder().decode(text(security, UsernameToken.WSSE, "Nonce"));
        assertThat(created).isEqualTo("2026-12-06T10:00:00Z");
        assertThat(nonce).hasSize(16);
        assertThat(Base64.getDecoder().decode(password.getTextContent()))
                .isEqualTo(UsernameToken.digestOf(nonce, created, "s3cr3t"));
    }

    @Test
    void everyDigestTokenHasANewNonce() {
        String first = text(UsernameToken.digest("a", "s", CLOCK), UsernameToken.WSSE, "Nonce");
        String second = text(UsernameToken.digest("a", "s", CLOCK), UsernameToken.WSSE, "Nonce");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theDigestIsTheProfilesSha1OfNonceCreatedAndSecret() {
        // computed apart, with Python's hashlib: b64(sha1(nonce + created + secret.encode('utf-8')))
        byte[] nonce = Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");

        byte[] digest = UsernameToken.digestOf(nonce, "2026-12-06T10:00:00Z", "khóa-bí-mật");

        assertThat(Base64.getEncoder().encodeToString(digest)).isEqualTo("+AFCGnAI0zhfJ3fJpBzTb7wgHbk=");
    }

    @Test
    void aTextTokenCarriesTheSecretAsWritten() {
        Element security = UsernameToken.text("qlvb-so-noi-vu", "s3cr3t");

        Element password = first(security, UsernameToken.WSSE, "Password");
        assertThat(password.getTextContent()).isEqualTo("s3cr3t");
        assertThat(password.getAttribute("Type")).isEqualTo(UsernameToken.PASSWORD_TEXT);
        assertThat(security.getElementsByTagNameNS(UsernameToken.WSSE, "Nonce").getLength())
                .isZero();
    }

    @Test
    void aClientWithoutCredentialsIsNotBuilt() {
        var builder = EdocClient.builder(java.net.URI.create("http://localhost:8080/edoc-ws/AxisService"));

        org.assertj.core.api.Assertions.assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("system(id, secret)");
    }

    private static Element first(Element parent, String namespace, String name) {
        return (Element) parent.getElementsByTagNameNS(namespace, name).item(0);
    }

    private static String text(Element parent, String namespace, String name) {
        return first(parent, namespace, name).getTextContent();
    }
}
