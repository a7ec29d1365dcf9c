package dev.backendcourse.week3.resources;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.backendcourse.week3.Paging;
import dev.backendcourse.week3.TextRules;

/** Create, read, update and delete community resources, each route one SQL statement in {@link ResourceRepository}. */
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    private final ResourceRepository repository;

    @Inject
    public ResourcesResource(DataSource dataSource) {
        this.repository = new ResourceRepository(dataSource);
    }

    /** Lists resources in id order, one page at a time; {@code ?category=Food} keeps only that category. */
    @GET
    public List<Resource> listResources(
            @QueryParam("category") @Size(max = 50) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String category,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) Integer offset) throws SQLException {
        return repository.findAll(category, limit, offset);
    }

    @GET
    @Path("/{id}")
    public Resource readResource(@PathParam("id") int id) throws SQLException {
        return repository.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Creates a resource and returns 201 with its URL in {@code Location}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createResource(@NotNull @Valid ResourceRequest request, @Context UriInfo uri) throws SQLException {
        Resource created = repository.insert(request);

        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    /** Replaces a resource's name, category and description, so a category or description left out becomes null. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Resource replaceResource(@PathParam("id") int id, @NotNull @Valid ResourceRequest request) throws SQLException {
        return repository.update(id, request).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response deleteResource(@PathParam("id") int id) throws SQLException {
        if (!repository.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static NotFoundException notFound(int id) {
        return new NotFoundException("Resource " + id + " not found");
    }
}
