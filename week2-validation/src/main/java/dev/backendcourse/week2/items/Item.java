package dev.backendcourse.week2.items;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The JSON body of {@code POST /items}, checked before the resource method runs. The Java counterpart of a
 * pydantic model: each component is a field of the JSON object, and each annotation is a rule it must meet.
 *
 * @param name  required, 1 to 100 characters
 * @param price required, zero or more; a number in a string such as {@code "5.99"} is accepted, as pydantic does
 */
public record Item(
        // BEGIN SOLUTION
        // STARTER: // TODO: declare name (text, required, 1 to 100 characters) and price (a number, required,
        // STARTER: // zero or more), each with the Bean Validation annotations that enforce its rules.
        @NotNull @Size(min = 1, max = 100) String name,
        @NotNull @PositiveOrZero Double price
        // END SOLUTION
) {
}
