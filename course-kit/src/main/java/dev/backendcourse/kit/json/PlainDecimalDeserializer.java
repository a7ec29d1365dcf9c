package dev.backendcourse.kit.json;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

/**
 * Reads a {@link BigDecimal} without the zeros written after its last significant decimal, so that
 * {@code 1.000} is the amount 1 and passes {@code @Digits(fraction = 2)}, as it does in FastAPI.
 */
final class PlainDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = super.deserialize(parser, context);
        if (value == null || value.scale() <= 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
