package dev.backendcourse.week3.orders;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.backendcourse.week3.Paging;

/** Orders, each belonging to one user through {@code orders.user_id}. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private final OrderRepository orders;

    @Inject
    public OrdersResource(DataSource dataSource) {
        this.orders = new OrderRepository(dataSource);
    }

    /** Creates an order and returns 201; a {@code user_id} that matches no user is 422 naming {@code user_id}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOrder(@NotNull @Valid OrderRequest request, @Context UriInfo uri) throws SQLException {
        Order created = orders.insert(request);

        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public Order readOrder(@PathParam("id") int id) throws SQLException {
        return orders.findById(id).orElseThrow(() -> new NotFoundException("Order " + id + " not found"));
    }

    /** Lists orders with the name of the user who placed each, the JOIN of {@code orders} and {@code users}. */
    @GET
    public List<OrderSummary> listOrders(
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) Integer offset) throws SQLException {
        return orders.findAllWithUserNames(limit, offset);
    }
}
