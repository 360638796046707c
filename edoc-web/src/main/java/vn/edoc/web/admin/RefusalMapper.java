package vn.edoc.web.admin;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Answers a refusal with its {@link Refusal}, status 400 (413 for a body over a size limit); the transaction was rolled
 * back, nothing was written.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<EdocException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EdocException e) {
        Response.Status status = e.code() == ErrorCode.DIRECTORY_FILE_TOO_LARGE
                ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : Response.Status.BAD_REQUEST;
        Response.ResponseBuilder answer = Response.status(status);
        if (status == Response.Status.REQUEST_ENTITY_TOO_LARGE) {
            // the rest of the body is never read: a client still sending it learns to stop
            answer.header("Connection", "close");
        }
        return answer.type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Refusal.of(e, Languages.of(headers)))
                .build();
    }
}
