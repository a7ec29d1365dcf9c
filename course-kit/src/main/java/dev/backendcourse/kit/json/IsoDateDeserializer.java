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
 * Reads a date only as the text {@code "2026-04-01"}: four-digit year from 0001, two-digit month and day. Jackson would also
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
        String text = parser.getText();
        if (!ISO_DATE.matcher(text).matches()) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date as YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "no such date");
        }
        // PostgreSQL has no year 0: it would store 0000-01-01 as 1 BC and read it back as 0001-01-01.
        if (date.getYear() < 1) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "year before 0001");
        }
        return date;
    }
}
