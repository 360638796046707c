package vn.edoc.web.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The operators' API, at {@code /edoc/api}; described at {@code /edoc/api/openapi} from these annotations and the
 * resources' own.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "edoc – API cho người vận hành trục (operators' API)",
                        version = "the build's (the SmallRye plugin sets it)",
                        description =
                                "The operators' API of edoc, the electronic document exchange axis (trục liên thông văn"
                                        + " bản điện tử): connected systems, the directory and routing, deliveries, retention, audit,"
                                        + " locks. Every call needs an operator's account (HTTP Basic; the role operator). A"
                                        + " refusal answers 400 with {code, message, problems}: the code is stable, the message in"
                                        + " Vietnamese (or English with Accept-Language: en). A change asked from another site's page"
                                        + " or as a plain form is refused (CROSS_SITE_REQUEST)."),
        security = @SecurityRequirement(name = "operator"),
        components =
                @Components(
                        responses = {
                            @APIResponse(
                                    name = AdminApi.REFUSED,
                                    description =
                                            "Refused: the stable code, the message in the caller's language, and for a"
                                                    + " refused file every problem with its line and column; nothing was changed",
                                    content =
                                            @Content(
                                                    mediaType = "application/json",
                                                    schema = @Schema(implementation = Refusal.class),
                                                    examples =
                                                            @ExampleObject(
                                                                    name = "SYSTEM_NOT_FOUND",
                                                                    value =
                                                                            "{\"code\":\"SYSTEM_NOT_FOUND\",\"message\":\"Không có hệ thống"
                                                                                    + " kết nối dms-x.\",\"problems\":[]}"))),
                            @APIResponse(
                                    name = AdminApi.UNAUTHENTICATED,
                                    description =
                                            "No valid operator's credentials (HTTP Basic); failed log-ins lock the name"
                                                    + " and the address for a while"),
                            @APIResponse(
                                    name = AdminApi.INCIDENT,
                                    description =
                                            "INTERNAL_ERROR: the message names the incident in the axis's log; nothing"
                                                    + " was changed")
                        }))
@SecurityScheme(securitySchemeName = "operator", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AdminApi extends Application {
    /** The shared answers every operation may give, referred to by name. */
    static final String REFUSED = "refused";

    static final String UNAUTHENTICATED = "unauthenticated";
    static final String INCIDENT = "incident";
}
