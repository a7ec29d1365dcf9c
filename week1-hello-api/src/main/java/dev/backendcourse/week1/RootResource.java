package dev.backendcourse.week1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /}: the first endpoint of the course. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RootResource {

    /** The JSON object {@code {"message": "..."}}: Jackson turns each record component into a field. */
    public record Greeting(String message) {
    }

    @GET
    public Greeting hello() {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: return a Greeting whose message is \"Hello World\"");
        return new Greeting("Hello World");
        // END SOLUTION
    }
}
