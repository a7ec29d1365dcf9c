package dev.backendcourse.kit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads text as Jackson does, but rejects what PostgreSQL cannot store in a text column: the NUL character
 * ({@code "\u0000"} in JSON) and half of a surrogate pair ({@code "\ud800"}), which it would save as "?". The
 * client gets a 422 naming the field instead of a database error or a changed value.
 */
final class StorableTextDeserializer extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && !isStorable(value)) {
            return (String) context.handleWeirdStringValue(String.class, value,
                    "text must not contain the NUL character or half of a surrogate pair");
        }
        return value;
    }

    private static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
