package dev.backendcourse.week2.items;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three ways data enters an API: a path parameter, a query parameter and a JSON body. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    public record ItemId(@JsonProperty("item_id") int itemId) {
    }

    public record Limit(int limit) {
    }

    /** Path parameter: part of the URL that names one thing, {@code /items/5}. */
    @GET
    @Path("/{item_id}")
    public ItemId readItem(@PathParam("item_id") int itemId) {
        return new ItemId(itemId);
    }

    /**
     * Query parameter: an option after {@code ?}, here with a default, {@code /items?limit=5}.
     * The default applies only when {@code limit} is absent: an empty {@code ?limit=} is a 422, as in FastAPI.
     */
    @GET
    public Limit listItems(
            // BEGIN SOLUTION
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) Integer limit
            // STARTER: @QueryParam("limit") String limit
            // END SOLUTION
    ) {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: make limit an Integer with a default of 10 and bounds"
        // STARTER:         + " of 1 to 100, so Jersey rejects other values with 422, then return new Limit(limit)");
        return new Limit(limit);
        // END SOLUTION
    }

    /** Request body: a JSON object that Jackson reads into an {@link Item}, which {@code @Valid} then checks. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // BEGIN SOLUTION
    // STARTER: public Item createItem(Item item) {
    // STARTER:     throw new UnsupportedOperationException("TODO: declare Item's fields and rules in Item.java, require a"
    // STARTER:             + " valid body here with @NotNull @Valid, then return the item");
    // STARTER: }
    public Item createItem(@NotNull @Valid Item item) {
        return item;
    }
    // END SOLUTION
}
