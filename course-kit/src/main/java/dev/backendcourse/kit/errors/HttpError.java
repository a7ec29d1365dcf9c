package dev.backendcourse.kit.errors;

import io.swagger.v3.oas.annotations.media.Schema;

/** The error body for everything but invalid input: {@code {"detail":"Not Found"}}, as FastAPI sends it. */
@Schema(name = "HTTPError")
public record HttpError(String detail) {
}
