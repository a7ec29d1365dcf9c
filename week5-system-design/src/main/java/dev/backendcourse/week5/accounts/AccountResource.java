package dev.backendcourse.week5.accounts;

import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /accounts} creates an account and returns its API token, once; {@code GET /accounts/{id}} reads one. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record NewAccount(@NotNull @NotBlank @Size(max = 100) String name) {
    }

    /** The account and its token; the token is shown here only, because the server keeps just its hash. */
    public record CreatedAccount(UUID id, String name, @JsonProperty("created_at") Instant createdAt, String token) {
    }

    private final AccountRepository accounts;

    public AccountResource(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @POST
    public Response create(@NotNull @Valid NewAccount request, @Context UriInfo uri) throws SQLException {
        String token = ApiTokens.newToken();

        Account account = accounts.insert(UUID.randomUUID(), request.name().strip(), ApiTokens.hash(token));

        URI location = uri.getBaseUriBuilder().path("accounts").path(account.id().toString()).build();
        return Response.created(location)
                .entity(new CreatedAccount(account.id(), account.name(), account.createdAt(), token))
                .build();
    }

    @GET
    @Path("/{account_id}")
    public Account read(@PathParam("account_id") UUID id) throws SQLException {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id + " not found"));
    }
}
