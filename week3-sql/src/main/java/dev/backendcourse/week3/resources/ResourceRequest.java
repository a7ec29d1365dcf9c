package dev.backendcourse.week3.resources;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.backendcourse.week3.TextRules;

/**
 * The body of {@code POST /resources} and {@code PUT /resources/{id}}. The limits are the column sizes of the
 * {@code resources} table, so a value that passes here also fits there. An {@code id} in the body is ignored.
 */
public record ResourceRequest(
        @NotNull @Size(min = 1, max = 255) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String name,
        @Size(max = 50) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String category,
        @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String description) {
}
