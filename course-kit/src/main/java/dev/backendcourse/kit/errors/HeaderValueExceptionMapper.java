package dev.backendcourse.kit.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.message.internal.HeaderValueException;

/**
 * Maps a request header that Jersey cannot parse, such as {@code Content-Type: ;;;}, to a JSON 400. A header that
 * the server itself wrote wrong is a bug, so that case still becomes a 500.
 */
public class HeaderValueExceptionMapper implements ExceptionMapper<HeaderValueException> {

    private final UnexpectedExceptionMapper serverErrors = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(HeaderValueException exception) {
        if (exception.getContext() == HeaderValueException.Context.OUTBOUND) {
            return serverErrors.toResponse(exception);
        }
        return ErrorResponses.status(400, "Invalid request header: " + exception.getMessage());
    }
}
