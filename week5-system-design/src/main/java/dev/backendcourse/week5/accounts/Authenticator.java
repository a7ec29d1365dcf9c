package dev.backendcourse.week5.accounts;

import java.sql.SQLException;

import jakarta.ws.rs.NotAuthorizedException;

/**
 * The check that finds the account behind an {@code Authorization: Bearer <token>} header. Every instance can
 * check any token, because the database stores their hashes. No session lives in the server's memory.
 */
public class Authenticator {

    private static final String SCHEME = "Bearer";

    private final AccountRepository accounts;

    public Authenticator(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * Returns the account whose token the header carries.
     *
     * @throws NotAuthorizedException (401, with {@code WWW-Authenticate: Bearer}) if the header is missing or the
     *                                token is unknown
     */
    public Account authenticate(String authorizationHeader) throws SQLException {
        // BEGIN SOLUTION
        // STARTER: throw new UnsupportedOperationException("TODO: read the Bearer token, then find the account by the token's hash");
        String prefix = SCHEME + " ";
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw unauthorized("Missing API token: send the header 'Authorization: Bearer <token>'");
        }
        String token = authorizationHeader.substring(prefix.length()).strip();

        return accounts.findByTokenHash(ApiTokens.hash(token))
                .orElseThrow(() -> unauthorized("Invalid API token"));
        // END SOLUTION
    }

    private static NotAuthorizedException unauthorized(String message) {
        return new NotAuthorizedException(message, SCHEME + " realm=\"videos\"");
    }
}
