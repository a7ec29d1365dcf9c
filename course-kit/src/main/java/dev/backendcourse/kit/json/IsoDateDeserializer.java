package dev.backendcourse.kit.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a date only as the text {@code "2026-04-01"}: four-digit year, two-digit month and day. Jackson would also
 * take {@code [2026,4,1]} and years such as {@code -4713} or {@code +10000}, which PostgreSQL stores as other dates.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText().strip();
        if (!ISO_DATE.matcher(text).matches()) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "no such date");
        }
    }
}
