package vn.edoc.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

class IncidentMapperTest {
    private final IncidentMapper mapper = new IncidentMapper(english());

    @Test
    void anUnexpectedFailureIsAnInternalErrorNamingItsIncidentNotItsCause() {
        Response answer = mapper.toResponse(new IllegalStateException("pool exhausted at 10.0.0.7"));

        assertThat(answer.getStatus()).isEqualTo(500);
        Refusal refusal = (Refusal) answer.getEntity();
        assertThat(refusal.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(refusal.message())
                .containsPattern("incident \\d{8}T\\d{6}Z-[0-9a-f]{8}")
                .doesNotContain("10.0.0.7");
    }

    @Test
    void aBodyThatDoesNotReadAndAWrappedRefusalAreTheRequestsFault() {
        assertThat(mapper.toResponse(new ProcessingException("bad JSON")).getStatus())
                .isEqualTo(400);
        Response wrapped =
                mapper.toResponse(new EJBException(new EdocException(ErrorCode.SYSTEM_NOT_FOUND, "systemId", "x")));
        assertThat(wrapped.getStatus()).isEqualTo(400);
        assertThat(((Refusal) wrapped.getEntity()).code()).isEqualTo("SYSTEM_NOT_FOUND");
    }

    @Test
    void theApisOwnAnswersPassAsTheyAre() {
        assertThat(mapper.toResponse(new NotFoundException()).getStatus()).isEqualTo(404);
    }

    private static HttpHeaders english() {
        return (HttpHeaders) Proxy.newProxyInstance(
                HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class},
                (proxy, method, arguments) ->
                        method.getName().equals("getAcceptableLanguages") ? List.of(Locale.ENGLISH) : null);
    }
}
