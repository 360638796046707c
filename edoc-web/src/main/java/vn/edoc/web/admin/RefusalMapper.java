package vn.edoc.web.admin;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.edoc.error.EdocException;
import vn.edoc.error.ErrorCode;

/**
 * Answers a refusal with its {@link Refusal}, status 400 (413 for a body over a size limit); the transaction was rolled
 * back, nothing was written.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<EdocException> {
    private static final Logger LOG = Logger.getLogger(RefusalMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EdocException e) {
        LOG.log(Level.INFO, "API call of {0} refused: {1} at {2}", new Object[] {
            security == null || security.getUserPrincipal() == null
                    ? "nobody"
                    : security.getUserPrincipal().getName(),
            e.code(),
            e.path()
        });
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
