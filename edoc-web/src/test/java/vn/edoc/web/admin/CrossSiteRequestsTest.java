package vn.edoc.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {
    @Test
    void anOriginIsSchemeHostAndPortWithTheSchemesOwnPortLeftOut() {
        assertThat(CrossSiteRequests.originOf("http://LOCALHOST:8080/edoc/api/"))
                .isEqualTo("http://localhost:8080");
        assertThat(CrossSiteRequests.originOf("https://truc.gialai.gov.vn:443/edoc/"))
                .isEqualTo("https://truc.gialai.gov.vn");
        assertThat(CrossSiteRequests.originOf("http://truc.gialai.gov.vn:80")).isEqualTo("http://truc.gialai.gov.vn");
    }

    @Test
    void whatIsNotAUrlHasNoOrigin() {
        assertThat(CrossSiteRequests.originOf("null")).isNull();
        assertThat(CrossSiteRequests.originOf("::not a url")).isNull();
    }
}
