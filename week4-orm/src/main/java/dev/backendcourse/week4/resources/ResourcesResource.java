package dev.backendcourse.week4.resources;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.ClientErrorException;
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

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import dev.backendcourse.week4.Paging;
import dev.backendcourse.week4.TextRules;
import dev.backendcourse.week4.referrals.ReferralResponse;

/**
 * Create, read, update and delete community resources. Each method works in one session and one transaction:
 * {@code fromTransaction} commits when the code inside returns and rolls back when it throws.
 */
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    private final SessionFactory sessionFactory;

    @Inject
    public ResourcesResource(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Lists resources in id order with their referrals, one page at a time; {@code ?category=Food} keeps one category. */
    @GET
    public List<ResourceResponse> listResources(
            @QueryParam("category") @Size(max = 50) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String category,
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) Integer offset) {
        return sessionFactory.fromTransaction(session ->
                ResourceQueries.findPage(session, category, limit, offset).stream().map(ResourceResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public ResourceResponse readResource(@PathParam("id") int id) {
        return sessionFactory.fromTransaction(session -> ResourceResponse.from(find(session, id)));
    }

    /** Lists a resource's referrals by following the relationship from the resource to them. */
    @GET
    @Path("/{id}/referrals")
    public List<ReferralResponse> listReferrals(@PathParam("id") int id) {
        return sessionFactory.fromTransaction(session ->
                find(session, id).getReferrals().stream().map(ReferralResponse::from).toList());
    }

    /** Creates a resource and returns 201 with its URL in {@code Location}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createResource(@NotNull @Valid ResourceRequest request, @Context UriInfo uri) {
        ResourceResponse created = sessionFactory.fromTransaction(session -> {
            // BEGIN SOLUTION
            Resource resource = request.toEntity();
            session.persist(resource);
            return ResourceResponse.from(resource);
            // STARTER: throw new UnsupportedOperationException("TODO: make an entity from the request and persist it");
            // END SOLUTION
        });

        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    /**
     * Replaces a resource's fields, so an address or contact email left out becomes null. There is no UPDATE call:
     * at commit, Hibernate detects that the entity changed and sends the UPDATE itself.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceResponse replaceResource(@PathParam("id") int id, @NotNull @Valid ResourceRequest request) {
        return sessionFactory.fromTransaction(session -> {
            // BEGIN SOLUTION
            Resource resource = find(session, id);
            request.copyTo(resource);
            return ResourceResponse.from(resource);
            // STARTER: throw new UnsupportedOperationException("TODO: find the resource and copy the request onto it");
            // END SOLUTION
        });
    }

    /**
     * Deletes a resource that has no referrals. One that still has some gets 409, not a cascade: a referral records
     * that a family was sent somewhere, and deleting the place should not erase that record.
     */
    @DELETE
    @Path("/{id}")
    public Response deleteResource(@PathParam("id") int id) {
        sessionFactory.inTransaction(session -> {
            // BEGIN SOLUTION
            Resource resource = find(session, id);
            int referralCount = resource.getReferrals().size();
            if (referralCount > 0) {
                throw new ClientErrorException("Resource " + id + " still has " + referralCount
                        + " referral(s). Delete them or move them to another resource first.", Response.Status.CONFLICT);
            }
            session.remove(resource);
            // STARTER: throw new UnsupportedOperationException("TODO: find the resource, answer 409 if it has referrals, else remove it");
            // END SOLUTION
        });
        return Response.noContent().build();
    }

    /** Returns the resource with that id, or throws the 404 that names it. */
    private static Resource find(Session session, int id) {
        return ResourceQueries.findById(session, id)
                .orElseThrow(() -> new NotFoundException("Resource " + id + " not found"));
    }
}
