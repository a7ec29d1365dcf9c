package dev.backendcourse.week4;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import dev.backendcourse.kit.errors.ErrorResponses;
import dev.backendcourse.kit.errors.ValidationError;

/**
 * A body field that names a row that does not exist, such as a {@code resource_id} of a deleted resource. Its mapper
 * sends 422 at {@code ["body", field]}, the same response that the database's foreign key violation gets.
 */
public class InvalidReferenceException extends RuntimeException {

    private final String field;

    public InvalidReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Sends the exception as the course's 422 validation error. */
    public static class Mapper implements ExceptionMapper<InvalidReferenceException> {

        @Override
        public Response toResponse(InvalidReferenceException exception) {
            return ErrorResponses.invalidInput(
                    new ValidationError(List.of("body", exception.field()), exception.getMessage(), "foreign_key_violation"));
        }
    }
}
