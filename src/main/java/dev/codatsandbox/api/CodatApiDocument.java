package dev.codatsandbox.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The head of the sandbox's own OpenAPI document ({@code /q/openapi}, browsed at {@code /q/swagger-ui}): what the
 * server is, and Codat's API key scheme, required on every operation unless an operation says otherwise (the
 * sandbox's own endpoints under {@code /_sandbox} take no key: they declare an empty
 * {@code @SecurityRequirementsSet}). The operations themselves come from the resources as they are served.
 *
 * <p>The JAX-RS application class, because that is where the OpenAPI scanner reads these annotations; it changes
 * nothing else (every resource is still found, at the root path).
 */
@OpenAPIDefinition(
        info = @Info(title = "Codat Customers sandbox", version = "0.1.0",
                description = "Answers like Codat's Accounting API Customers endpoints. Every Codat endpoint takes"
                        + " 'Authorization: Basic <base64 API key>'; every failure is Codat's error body."),
        security = @SecurityRequirement(name = CodatApiDocument.API_KEY))
@SecurityScheme(securitySchemeName = CodatApiDocument.API_KEY, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = "Authorization",
        description = "The word Basic, a space, and the base64 of an API key (Codat's auth_header scheme).")
public class CodatApiDocument extends Application {

    /** The scheme's name, as Codat's own OpenAPI names it. */
    public static final String API_KEY = "auth_header";
}
