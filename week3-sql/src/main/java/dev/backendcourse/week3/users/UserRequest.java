package dev.backendcourse.week3.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.backendcourse.week3.TextRules;

/** The body of {@code POST /users}, with the column sizes of the {@code users} table as limits. */
public record UserRequest(
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String name,
        @Email @Size(min = 1, max = 255) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String email) {
}
