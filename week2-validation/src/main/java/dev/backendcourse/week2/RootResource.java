package dev.backendcourse.week2;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /}, kept from week 1. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RootResource {

    public record Greeting(String message) {
    }

    @GET
    public Greeting hello() {
        return new Greeting("Hello World");
    }
}
