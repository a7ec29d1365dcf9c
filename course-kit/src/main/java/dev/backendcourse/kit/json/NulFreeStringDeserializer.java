package dev.backendcourse.kit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads text as Jackson does, but rejects the NUL character ({@code "\u0000"} in JSON), which PostgreSQL cannot
 * store in a text column: the client gets a 422 naming the field instead of a database error.
 */
final class NulFreeStringDeserializer extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, value,
                    "text must not contain the NUL character");
        }
        return value;
    }
}
