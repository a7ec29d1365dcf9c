package dev.backendcourse.week4.resources;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.backendcourse.week4.TextRules;

/**
 * The body of {@code POST /resources} and {@code PUT /resources/{id}}. The limits are the column sizes of the
 * {@code resources} table, so a value that passes here also fits there. An {@code id} in the body is ignored.
 */
public record ResourceRequest(
        @NotNull @Size(min = 1, max = 255) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String name,
        @NotNull @Size(min = 1, max = 50) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String category,
        @Size(max = 255) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String address,
        @JsonProperty("contact_email") @Size(max = 255) @Email String contactEmail) {

    /** Returns a new entity with this request's values, not yet saved. */
    public Resource toEntity() {
        return new Resource(name, category, address, contactEmail);
    }

    /** Copies every field onto {@code resource}, so a field left out of the request becomes null. */
    public void copyTo(Resource resource) {
        resource.setName(name);
        resource.setCategory(category);
        resource.setAddress(address);
        resource.setContactEmail(contactEmail);
    }
}
