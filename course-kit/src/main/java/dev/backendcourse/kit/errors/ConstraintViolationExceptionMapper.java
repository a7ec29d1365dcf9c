package dev.backendcourse.kit.errors;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a Bean Validation failure on a request to 422 and one entry per violated constraint.
 * A violation on a return value is the server's own bug, so it becomes a 500 instead.
 */
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger log = LoggerFactory.getLogger(ConstraintViolationExceptionMapper.class);

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        if (exception.getConstraintViolations().stream().anyMatch(ConstraintViolationExceptionMapper::isOnReturnValue)) {
            log.error("A response failed its own validation: {}", exception.getMessage(), exception);
            return ErrorResponses.status(500, "Internal Server Error");
        }

        List<ValidationError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new ValidationError(
                        ViolationLocations.locationOf(violation),
                        ConstraintMessages.messageOf(violation),
                        ConstraintMessages.typeOf(violation)))
                .sorted(Comparator.comparing(error -> error.loc().toString()))
                .toList();
        return ErrorResponses.invalidInput(errors);
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
