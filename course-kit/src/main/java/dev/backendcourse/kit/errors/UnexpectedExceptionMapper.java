package dev.backendcourse.kit.errors;

import java.io.EOFException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: any exception no other mapper handles is a bug in the server. It is logged once with its stack
 * trace, and the client gets {@code {"detail":"Internal Server Error"}} with nothing about the server's internals.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        // A client that closes the connection before sending the whole body is not a bug in the server.
        if (exception instanceof EOFException || exception.getCause() instanceof EOFException) {
            log.info("The client closed the connection before the request body was complete: {}", exception.toString());
            return ErrorResponses.status(400, "The request body ended before its declared length");
        }
        log.error("Unexpected error while handling a request", exception);
        return ErrorResponses.status(500, "Internal Server Error");
    }
}
