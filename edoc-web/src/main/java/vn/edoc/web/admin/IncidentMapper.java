package vn.edoc.web.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import vn.edoc.error.EdocException;
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

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof WebApplicationException answer) {
            return answer.getResponse();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EdocException refusal) {
                // a refusal the container wrapped: answered as the refusal it is
                return Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(Refusal.of(refusal, Languages.of(headers)))
                        .build();
            }
        }
        EdocException incident = Incident.internalError(LOG, "an operators' API call", failure);
        return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Refusal.of(incident, Languages.of(headers)))
                .build();
    }
}
