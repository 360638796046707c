package vn.edoc.web.admin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document of this API, made at build time from the resources' MicroProfile OpenAPI annotations (SmallRye's
 * Maven plugin writes {@code openapi.yaml} and {@code openapi.json} beside this class): YAML by default, JSON when
 * asked ({@code Accept: application/json} or {@code ?format=json}).
 */
@Tag(name = "Mô tả API / API description", description = "This document")
@APIResponse(responseCode = "401", ref = AdminApi.UNAUTHENTICATED)
@Path("openapi")
public class OpenApiDocument {
    private static final String YAML = "application/yaml";

    @Context
    private HttpHeaders headers;

    @Operation(
            summary = "Mô tả OpenAPI / The OpenAPI document",
            description =
                    "This API described in OpenAPI 3: YAML, or JSON with Accept: application/json or ?format=json.")
    @APIResponse(responseCode = "200", description = "The document")
    @GET
    @Produces({YAML, MediaType.APPLICATION_JSON})
    public Response document(@QueryParam("format") String format) {
        boolean json = "json".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()));
        InputStream document = OpenApiDocument.class.getResourceAsStream(json ? "openapi.json" : "openapi.yaml");
        if (document == null) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(document, json ? MediaType.APPLICATION_JSON : YAML + "; charset=utf-8")
                .build();
    }
}
