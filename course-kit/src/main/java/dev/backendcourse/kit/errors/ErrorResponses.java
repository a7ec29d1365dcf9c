package dev.backendcourse.kit.errors;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds the JSON responses of the error contract, so every mapper sends the same shapes. */
public final class ErrorResponses {

    /** 422 Unprocessable Content, the status FastAPI uses for invalid input. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private ErrorResponses() {
    }

    public static Response invalidInput(List<ValidationError> errors) {
        return Response.status(UNPROCESSABLE_CONTENT, "Unprocessable Content")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new HttpValidationError(errors))
                .build();
    }

    public static Response invalidInput(ValidationError error) {
        return invalidInput(List.of(error));
    }

    public static Response status(int status, String detail) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new HttpError(detail))
                .build();
    }

    /** Returns the standard reason phrase of a status code, such as "Not Found" for 404. */
    public static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case UNPROCESSABLE_CONTENT -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error " + status;
        };
    }
}
