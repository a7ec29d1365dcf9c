package dev.backendcourse.kit.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson {@link ObjectMapper} of the course, set up to read JSON the way FastAPI's pydantic does in its
 * default (lax) mode: unknown fields are ignored, a number in a string is accepted for a number field
 * ({@code "5.99"}), but a number is not accepted for a text field, and dates travel as {@code "2026-04-01"}.
 */
@Provider
public class JsonMapperProvider implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = createMapper();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        SimpleModule strictValues = new SimpleModule("strict-values")
                .addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class, null))
                .addDeserializer(double.class, new FiniteDoubleDeserializer(Double.TYPE, 0.0))
                .addDeserializer(BigDecimal.class, new PlainDecimalDeserializer())
                .addDeserializer(LocalDate.class, new IsoDateDeserializer())
                .addDeserializer(String.class, new StorableTextDeserializer());

        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(strictValues)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // 100.00 leaves as 100.00, never as 1E+2.
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();

        // pydantic rejects 5 or true for a str field, so Jackson must not turn them into "5" and "true".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
