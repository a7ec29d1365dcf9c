package dev.backendcourse.kit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

/** Reads a {@code double} as Jackson does, but rejects Infinity and NaN, which no course field can store. */
final class FiniteDoubleDeserializer extends NumberDeserializers.DoubleDeserializer {

    private static final long serialVersionUID = 1L;

    FiniteDoubleDeserializer(Class<Double> type, Double nullValue) {
        super(type, nullValue);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Double value = super.deserialize(parser, context);
        if (value != null && !Double.isFinite(value)) {
            throw new NonFiniteNumberException(parser, value, handledType());
        }
        return value;
    }
}
