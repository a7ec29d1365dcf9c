package dev.backendcourse.kit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.server.ResourceConfig;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A small application that exercises every part of the kit, for the kit's own tests. */
final class ProbeApplication {

    static final String SECRET = "connection string with a password";

    private ProbeApplication() {
    }

    static ResourceConfig resourceConfig() {
        return new ResourceConfig()
                .setApplicationName("Kit probe")
                .register(CourseFeature.class)
                .register(ProbeResource.class);
    }

    record Tag(@NotNull @Size(max = 5) String label) {
    }

    record Sample(
            @NotNull @Size(max = 5) @JsonProperty("full_name") String fullName,
            List<@Valid Tag> tags) {
    }

    record Numbers(int count, boolean flag, Double ratio) {
    }

    record Payment(@NotNull @Digits(integer = 8, fraction = 2) BigDecimal amount, LocalDate day) {
    }

    @Path("/probe")
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProbeResource {

        @GET
        @Path("/numbers/{count}")
        public Numbers numbers(@PathParam("count") int count,
                               @QueryParam("flag") boolean flag,
                               @QueryParam("ratio") Double ratio) {
            return new Numbers(count, flag, ratio);
        }

        @GET
        @Path("/header")
        public Numbers header(@HeaderParam("X-Count") @NotNull @Max(10) Integer count) {
            return new Numbers(count, false, null);
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Sample echo(@NotNull @Valid Sample sample) {
            return sample;
        }

        @POST
        @Path("/payments")
        @Consumes(MediaType.APPLICATION_JSON)
        public Payment pay(@NotNull @Valid Payment payment) {
            return payment;
        }

        @GET
        @Path("/missing/{id}")
        public Sample missing(@PathParam("id") int id) {
            throw new NotFoundException("Probe " + id + " not found");
        }

        @GET
        @Path("/error")
        public Sample error() {
            throw new AssertionError(SECRET);
        }

        @GET
        @Path("/boom")
        public Sample boom() {
            throw new IllegalStateException(SECRET);
        }
    }
}
