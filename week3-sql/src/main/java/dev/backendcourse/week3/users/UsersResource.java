package dev.backendcourse.week3.users;

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
import dev.backendcourse.week3.orders.Order;
import dev.backendcourse.week3.orders.OrderRepository;

/** Users, and the one-to-many link to their orders. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final UserRepository users;
    private final OrderRepository orders;

    @Inject
    public UsersResource(DataSource dataSource) {
        this.users = new UserRepository(dataSource);
        this.orders = new OrderRepository(dataSource);
    }

    @GET
    public List<User> listUsers(
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) Integer offset) throws SQLException {
        return users.findAll(limit, offset);
    }

    /** Creates a user and returns 201 with its URL; an email that another user has is 409. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(@NotNull @Valid UserRequest request, @Context UriInfo uri) throws SQLException {
        User created = users.insert(request);

        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public User readUser(@PathParam("id") int id) throws SQLException {
        return users.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Lists one user's orders in id order; 404 when the user does not exist, an empty list when they have none. */
    @GET
    @Path("/{id}/orders")
    public List<Order> listOrdersOfUser(@PathParam("id") int id) throws SQLException {
        if (users.findById(id).isEmpty()) {
            throw notFound(id);
        }
        return orders.findByUser(id);
    }

    private static NotFoundException notFound(int id) {
        return new NotFoundException("User " + id + " not found");
    }
}
