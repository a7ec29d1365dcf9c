package dev.backendcourse.kit.errors;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.server.ParamException;

/**
 * Maps a path, query or header value that does not convert to its Java type (say {@code /items/abc} for an
 * {@code int}) to 422 naming the parameter. Jersey itself would respond with 404 for a path or query value.
 */
public class ParamExceptionMapper implements ExceptionMapper<ParamException> {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public Response toResponse(ParamException exception) {
        String source = sourceOf(exception.getParameterType());
        String name = exception.getParameterName();
        ParameterTypes.Expectation expectation = ParameterTypes.parsing(javaTypeOf(exception));

        return ErrorResponses.invalidInput(new ValidationError(List.of(source, name), expectation.msg(), expectation.type()));
    }

    private static String sourceOf(Class<? extends Annotation> annotation) {
        if (annotation == PathParam.class) {
            return "path";
        }
        if (annotation == QueryParam.class) {
            return "query";
        }
        if (annotation == HeaderParam.class) {
            return "header";
        }
        if (annotation == CookieParam.class) {
            return "cookie";
        }
        if (annotation == FormParam.class) {
            return "body";
        }
        if (annotation == MatrixParam.class) {
            return "path";
        }
        return "query";
    }

    /** Finds the Java type of the failed parameter on the matched resource method; String when unknown. */
    private Class<?> javaTypeOf(ParamException exception) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return String.class;
        }
        for (Parameter parameter : method.getParameters()) {
            Annotation annotation = parameter.getAnnotation(exception.getParameterType());
            if (annotation != null && exception.getParameterName().equals(annotationValue(annotation))) {
                return parameter.getType();
            }
        }
        return String.class;
    }

    private static String annotationValue(Annotation annotation) {
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof HeaderParam header) {
            return header.value();
        }
        if (annotation instanceof CookieParam cookie) {
            return cookie.value();
        }
        if (annotation instanceof FormParam form) {
            return form.value();
        }
        if (annotation instanceof MatrixParam matrix) {
            return matrix.value();
        }
        return null;
    }
}
