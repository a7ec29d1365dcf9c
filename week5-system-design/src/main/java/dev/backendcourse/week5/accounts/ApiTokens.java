package dev.backendcourse.week5.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API tokens: 32 random bytes (256 bits) in URL-safe Base64, stored only as their SHA-256 hash. A fast hash is enough
 * here because a random 256-bit token cannot be guessed from its hash. Passwords, which people choose, would need a
 * slow hash such as bcrypt.
 */
final class ApiTokens {

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom random = new SecureRandom();

    private ApiTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
