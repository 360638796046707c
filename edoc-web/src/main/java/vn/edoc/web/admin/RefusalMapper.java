package vn.edoc.web.admin;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.edoc.error.EdocException;

/** Answers a refusal with 400 and its {@link Refusal}; the transaction was rolled back, nothing was written. */
@Provider
public class RefusalMapper implements ExceptionMapper<EdocException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EdocException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Refusal.of(e, Languages.of(headers)))
                .build();
    }
}
