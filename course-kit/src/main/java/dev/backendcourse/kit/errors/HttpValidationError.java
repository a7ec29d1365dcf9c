package dev.backendcourse.kit.errors;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The 422 body: {@code {"detail":[{"loc":[...],"msg":"...","type":"..."}]}}, wire-compatible with FastAPI. */
@Schema(name = "HTTPValidationError")
public record HttpValidationError(List<ValidationError> detail) {

    public static HttpValidationError of(ValidationError error) {
        return new HttpValidationError(List.of(error));
    }
}
