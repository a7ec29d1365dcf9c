package dev.backendcourse.kit.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

import dev.backendcourse.kit.errors.ErrorResponses;

/**
 * Rejects an {@code Accept} header that Jersey cannot parse, such as {@code Accept: ;;;}, with a JSON 400. Jersey
 * parses it while choosing a route, outside every exception mapper, and would send an empty 400.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class AcceptHeaderFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getAcceptableMediaTypes();
        } catch (ProcessingException | IllegalArgumentException e) {
            request.abortWith(ErrorResponses.status(400, "Invalid request header: Accept: "
                    + request.getHeaderString(HttpHeaders.ACCEPT)));
        }
    }
}
