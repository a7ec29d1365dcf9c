package dev.backendcourse.week5;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Adds {@code X-Served-By: <instance name>} to every response, so a client behind the load balancer can see which
 * instance sent the response. The name identifies the process; it is not state that a request depends on.
 */
public class ServedByFilter implements ContainerResponseFilter {

    public static final String HEADER = "X-Served-By";

    private final String instanceName;

    public ServedByFilter(String instanceName) {
        this.instanceName = instanceName;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, instanceName);
    }
}
