package dev.backendcourse.week4.referrals;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import dev.backendcourse.week4.InvalidReferenceException;
import dev.backendcourse.week4.Paging;
import dev.backendcourse.week4.resources.Resource;
import dev.backendcourse.week4.resources.ResourceQueries;

/** Create, read, update and delete referrals, each in one session and one transaction, like the resource routes. */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    private final SessionFactory sessionFactory;

    @Inject
    public ReferralsResource(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Lists referrals in id order, one page at a time, each with its resource's id and name. */
    @GET
    public List<ReferralResponse> listReferrals(
            @QueryParam("limit") @DefaultValue(Paging.DEFAULT_LIMIT) @Min(1) @Max(Paging.MAX_LIMIT) Integer limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) Integer offset) {
        return sessionFactory.fromTransaction(session ->
                ReferralQueries.findPage(session, limit, offset).stream().map(ReferralResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    public ReferralResponse readReferral(@PathParam("id") int id) {
        return sessionFactory.fromTransaction(session -> ReferralResponse.from(find(session, id)));
    }

    /** Creates a referral for an existing resource; an unknown {@code resource_id} gets 422 naming it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createReferral(@NotNull @Valid ReferralRequest request, @Context UriInfo uri) {
        ReferralResponse created = sessionFactory.fromTransaction(session -> {
            // BEGIN SOLUTION
            Resource resource = findResource(session, request.resourceId());
            Referral referral = new Referral(request.familyName(), resource, request.referralDate(), request.notes());
            session.persist(referral);
            return ReferralResponse.from(referral);
            // STARTER: throw new UnsupportedOperationException("TODO: find the resource, then persist a new Referral that points to it");
            // END SOLUTION
        });

        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    /** Replaces a referral's fields, including which resource it points to. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReferralResponse replaceReferral(@PathParam("id") int id, @NotNull @Valid ReferralRequest request) {
        return sessionFactory.fromTransaction(session -> {
            // BEGIN SOLUTION
            Referral referral = find(session, id);
            referral.setFamilyName(request.familyName());
            referral.setResource(findResource(session, request.resourceId()));
            referral.setReferralDate(request.referralDate());
            referral.setNotes(request.notes());
            return ReferralResponse.from(referral);
            // STARTER: throw new UnsupportedOperationException("TODO: find the referral and set each field from the request");
            // END SOLUTION
        });
    }

    @DELETE
    @Path("/{id}")
    public Response deleteReferral(@PathParam("id") int id) {
        sessionFactory.inTransaction(session -> session.remove(find(session, id)));
        return Response.noContent().build();
    }

    private static Referral find(Session session, int id) {
        return ReferralQueries.findById(session, id)
                .orElseThrow(() -> new NotFoundException("Referral " + id + " not found"));
    }

    /** Returns the resource that a request's {@code resource_id} names; an unknown one is invalid input, not a 404. */
    private static Resource findResource(Session session, int resourceId) {
        return ResourceQueries.findById(session, resourceId)
                .orElseThrow(() -> new InvalidReferenceException("resource_id", "Resource " + resourceId + " not found"));
    }
}
