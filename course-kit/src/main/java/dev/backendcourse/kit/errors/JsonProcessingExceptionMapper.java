package dev.backendcourse.kit.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.backendcourse.kit.json.NonFiniteNumberException;

/**
 * Maps a request body that Jackson cannot read to 422: malformed JSON at its position
 * ({@code ["body", 12]}, type {@code json_invalid}), or a value of the wrong type at its field
 * ({@code ["body", "price"]}). Jersey's own Jackson mappers would respond with 400 in plain text.
 */
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final UnexpectedExceptionMapper serverErrors = new UnexpectedExceptionMapper();
    private final WebApplicationExceptionMapper httpErrors = new WebApplicationExceptionMapper();

    @Override
    public Response toResponse(JsonProcessingException exception) {
        // Jackson wraps what the request stream throws, such as the 413 of the body size limit, and its own limits
        // on nesting depth and number length.
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException httpError) {
                return httpErrors.toResponse(httpError);
            }
            if (cause instanceof StreamConstraintsException tooBig) {
                return ErrorResponses.invalidInput(new ValidationError(List.of("body"), "JSON decode error",
                        "json_invalid", Map.of("error", tooBig.getOriginalMessage())));
            }
        }
        // A class Jackson cannot handle, or a failure while writing a response, is the server's bug.
        if (exception instanceof InvalidDefinitionException || !isReadError(exception)) {
            return serverErrors.toResponse(exception);
        }
        if (exception instanceof InputCoercionException coercion) {
            return ErrorResponses.invalidInput(numberOutOfRange(coercion));
        }
        if (exception instanceof StreamReadException parse && !(exception instanceof DatabindException)) {
            return ErrorResponses.invalidInput(malformedJson(parse));
        }
        return ErrorResponses.invalidInput(wrongValue((JsonMappingException) exception));
    }

    private static boolean isReadError(JsonProcessingException exception) {
        return exception instanceof StreamReadException || exception instanceof MismatchedInputException
                || exception instanceof JsonMappingException && exception.getCause() instanceof StreamReadException;
    }

    private static ValidationError malformedJson(StreamReadException exception) {
        return new ValidationError(
                List.of("body", position(exception.getLocation())),
                "JSON decode error",
                "json_invalid",
                Map.of("error", exception.getOriginalMessage()));
    }

    private static ValidationError numberOutOfRange(InputCoercionException exception) {
        return new ValidationError(
                List.of("body", position(exception.getLocation())),
                "Input should be a number that fits in " + exception.getTargetType().getSimpleName(),
                "int_too_big_or_small");
    }

    private static ValidationError wrongValue(JsonMappingException exception) {
        if (exception.getCause() instanceof InputCoercionException coercion) {
            List<Object> location = location(exception);
            return new ValidationError(location,
                    "Input should be a number that fits in " + coercion.getTargetType().getSimpleName(),
                    "int_too_big_or_small");
        }

        Class<?> target = exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? mismatch.getTargetType()
                : Object.class;
        ParameterTypes.Expectation expectation = ParameterTypes.jsonValue(target);
        if (exception instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\0') >= 0) {
            expectation = new ParameterTypes.Expectation("string_pattern_mismatch",
                    "Text must not contain the NUL character (\\u0000)");
        }
        if (exception instanceof NonFiniteNumberException) {
            expectation = new ParameterTypes.Expectation("finite_number", "Input should be a finite number");
        }
        return new ValidationError(location(exception), expectation.msg(), expectation.type());
    }

    private static List<Object> location(JsonMappingException exception) {
        List<Object> location = new ArrayList<>();
        location.add("body");
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                location.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                location.add(reference.getIndex());
            }
        }
        return location;
    }

    /** Returns the character offset of an error, as FastAPI reports it; the byte offset when that is unknown. */
    private static long position(JsonLocation location) {
        if (location == null) {
            return 0;
        }
        return location.getCharOffset() >= 0 ? location.getCharOffset() : Math.max(location.getByteOffset(), 0);
    }
}
