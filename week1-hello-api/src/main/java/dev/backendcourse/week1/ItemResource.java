package dev.backendcourse.week1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /items/{item_id}}: a path parameter, converted to an {@code int} before the method runs. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    /** The JSON object {@code {"item_id": 5}}; the annotation gives the field its snake_case name. */
    public record ItemId(@JsonProperty("item_id") int itemId) {
    }

    /** A value that is not a whole number fitting in an {@code int} never reaches this method: it gets 422. */
    @GET
    @Path("/{item_id}")
    public ItemId readItem(@PathParam("item_id") int itemId) {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: return an ItemId holding the item_id from the path");
        return new ItemId(itemId);
        // END SOLUTION
    }
}
