package vn.edoc.web.admin;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;
import vn.edoc.error.Incident;

/**
 * Answers an unexpected failure of the operators' API with 500 and {@code INTERNAL_ERROR} naming its incident, whose
 * id the log line with the cause carries; the API's own answers (404, 405, ...) and refusals pass as they are.
 */
@Provider
public class IncidentMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(IncidentMapper.class.getName());

    @Context
    private HttpHeaders headers;

    public IncidentMapper() {
        // for JAX-RS, which injects the request's headers
    }

    /** A mapper answering in the languages of {@code headers} (tests). */
    IncidentMapper(HttpHeaders headers) {
        this.headers = headers;
    }

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof WebApplicationException answer) {
            return answer.getResponse();
        }
        if (failure instanceof ProcessingException) {
            // a body the API's reader could not read (JSON that is not, a wrong type): the request is at fault
            return refused(new EdocException(ErrorCode.REQUEST_INVALID, "body", "body: not readable as its type"));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EdocException refusal) {
                // a refusal the container wrapped: answered as the refusal it is
                return refused(refusal);
            }
        }
        EdocException incident = Incident.internalError(LOG, "an operators' API call", failure);
        return answer(Response.Status.INTERNAL_SERVER_ERROR, incident);
    }

    private Response refused(EdocException refusal) {
        return answer(Response.Status.BAD_REQUEST, refusal);
    }

    private Response answer(Response.Status status, EdocException refusal) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Refusal.of(refusal, Languages.of(headers)))
                .build();
    }
}
