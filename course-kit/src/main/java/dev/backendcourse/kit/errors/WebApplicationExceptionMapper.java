package dev.backendcourse.kit.errors;

import java.util.List;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every {@link WebApplicationException} as {@code {"detail": "..."}}: Jersey's own 404 and 405 (keeping the
 * {@code Allow} header) and the ones a resource throws, such as {@code new NotFoundException("Item 7 not found")} or
 * a 401 with its {@code WWW-Authenticate} header.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger log = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();

        if (exception instanceof NotSupportedException) {
            return ErrorResponses.invalidInput(notJson());
        }
        if (status >= 500) {
            log.warn("Responding with {}: {}", status, exception.getMessage());
        }

        Response.ResponseBuilder response = Response.fromResponse(
                ErrorResponses.status(status, detailOf(exception, status)));
        // 405 must name the allowed methods and 401 the authentication scheme, so those headers are kept.
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE)) {
            String value = exception.getResponse().getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    /**
     * Builds the 422 for a body that is not JSON (say {@code text/plain}), which cannot become a model object.
     * FastAPI responds to that with 422 on the whole body, not 415, so the course does the same.
     */
    private static ValidationError notJson() {
        return new ValidationError(List.of("body"),
                "Input should be a valid dictionary or object to extract fields from",
                "model_attributes_type");
    }

    /** Uses the exception's own message when a resource gave one, and the status's reason phrase otherwise. */
    private static String detailOf(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        String reason = ErrorResponses.reasonPhrase(status);
        boolean isDefault = message == null || message.isBlank() || message.equals("HTTP " + status + " " + reason)
                || message.startsWith("HTTP " + status + " ");
        return isDefault ? reason : message;
    }
}
