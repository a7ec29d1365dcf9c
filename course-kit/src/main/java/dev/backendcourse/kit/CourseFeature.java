package dev.backendcourse.kit;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.validation.ValidationFeature;

import dev.backendcourse.kit.docs.OpenApiResource;
import dev.backendcourse.kit.docs.SwaggerUiResource;
import dev.backendcourse.kit.errors.ConstraintViolationExceptionMapper;
import dev.backendcourse.kit.errors.HeaderValueExceptionMapper;
import dev.backendcourse.kit.errors.JsonProcessingExceptionMapper;
import dev.backendcourse.kit.errors.ParamExceptionMapper;
import dev.backendcourse.kit.errors.UnexpectedExceptionMapper;
import dev.backendcourse.kit.errors.UnfinishedCodeMapper;
import dev.backendcourse.kit.errors.WebApplicationExceptionMapper;
import dev.backendcourse.kit.json.JsonMapperProvider;
import dev.backendcourse.kit.params.StrictParamConverterProvider;
import dev.backendcourse.kit.server.DefaultJsonContentTypeFilter;
import dev.backendcourse.kit.server.RequestBodyLimitFilter;

/**
 * Everything a FastAPI user gets without asking: JSON through Jackson, Bean Validation, the error contract,
 * {@code /openapi.json} and {@code /docs}. Each week registers this feature, then its own resources.
 * {@link dev.backendcourse.kit.server.CourseServer} turns Jersey's auto-discovery off, so this list is complete.
 */
public class CourseFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(JacksonFeature.withoutExceptionMappers());
        context.register(JsonMapperProvider.class);
        context.register(ValidationFeature.class);
        context.register(EnglishValidationMessages.class);

        context.register(ParamExceptionMapper.class);
        context.register(ConstraintViolationExceptionMapper.class);
        context.register(JsonProcessingExceptionMapper.class);
        context.register(WebApplicationExceptionMapper.class);
        context.register(HeaderValueExceptionMapper.class);
        context.register(UnfinishedCodeMapper.class);
        context.register(UnexpectedExceptionMapper.class);

        context.register(StrictParamConverterProvider.class);
        context.register(RequestBodyLimitFilter.class);
        context.register(DefaultJsonContentTypeFilter.class);

        context.register(OpenApiResource.class);
        context.register(SwaggerUiResource.class);
        return true;
    }
}
