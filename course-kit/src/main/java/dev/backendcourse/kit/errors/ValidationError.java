package dev.backendcourse.kit.errors;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One invalid input, in FastAPI's shape.
 *
 * @param loc  where the input is: {@code path}, {@code query}, {@code header} or {@code body}, then the
 *             parameter name or the field path, for example {@code ["body", "price"]}
 * @param msg  a sentence for a person
 * @param type a stable code for a program, such as {@code missing} or {@code int_parsing}
 * @param ctx  extra facts about the error, such as the parser's own message; left out when empty
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ValidationError(List<Object> loc, String msg, String type, Map<String, Object> ctx) {

    public ValidationError(List<Object> loc, String msg, String type) {
        this(loc, msg, type, Map.of());
    }
}
