package dev.backendcourse.kit.docs;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.server.ResourceConfig;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.backendcourse.kit.errors.HttpValidationError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Serves {@code /openapi.json}, the OpenAPI description that swagger-core reads from the application's JAX-RS
 * annotations and records, as FastAPI generates its own from the route functions and models.
 */
@Path("/openapi.json")
@Singleton
@Hidden
public class OpenApiResource {

    private static final String VALIDATION_ERROR_SCHEMA = "HTTPValidationError";

    @Context
    private Application application;

    private volatile String document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() throws JsonProcessingException {
        // Built on first use rather than at start, so scanning the classes does not slow the server's start.
        String built = document;
        if (built == null) {
            built = Json.pretty().writeValueAsString(describe());
            document = built;
        }
        return built;
    }

    private OpenAPI describe() {
        String title = application instanceof ResourceConfig config && config.getApplicationName() != null
                ? config.getApplicationName()
                : "Course API";
        OpenAPI base = new OpenAPI().info(new Info().title(title).version("1.0.0"));

        SwaggerConfiguration settings = new SwaggerConfiguration().openAPI(base).defaultResponseCode("200");
        OpenAPI openApi = new Reader(settings).read(resourceClasses());
        addValidationErrorResponses(openApi);
        return openApi;
    }

    private Set<Class<?>> resourceClasses() {
        Set<Class<?>> classes = new HashSet<>(application.getClasses());
        for (Object singleton : application.getSingletons()) {
            classes.add(singleton.getClass());
        }
        classes.removeIf(type -> !type.isAnnotationPresent(Path.class));
        return classes;
    }

    /** Lists the 422 response on every operation that reads a parameter or a body, as FastAPI's documents do. */
    private static void addValidationErrorResponses(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Map<String, Schema> errorSchemas = ModelConverters.getInstance().readAll(HttpValidationError.class);
        errorSchemas.forEach(openApi.getComponents()::addSchemas);

        ApiResponse validationError = new ApiResponse()
                .description("Validation Error")
                .content(new Content().addMediaType(MediaType.APPLICATION_JSON, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + VALIDATION_ERROR_SCHEMA))));

        for (PathItem path : openApi.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                boolean readsInput = operation.getRequestBody() != null
                        || operation.getParameters() != null && !operation.getParameters().isEmpty();
                if (readsInput && !operation.getResponses().containsKey("422")) {
                    operation.getResponses().addApiResponse("422", validationError);
                }
            }
        }
    }
}
