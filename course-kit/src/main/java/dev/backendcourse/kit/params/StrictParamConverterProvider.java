package dev.backendcourse.kit.params;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

/**
 * Converts path, query and header values to numbers and booleans the way FastAPI does. Jersey's own conversion
 * turns an empty or blank value into the default ({@code ?limit=} becomes 10, {@code /items/%20} becomes 0) and
 * any text into {@code false} for a boolean; these converters reject such values, so the client gets 422.
 */
public class StrictParamConverterProvider implements ParamConverterProvider {

    /** ASCII digits only: Java's own parsers also accept other scripts' digits, such as the full-width "５". */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(Integer.class, text -> Integer.valueOf(matching(INTEGER, text))),
            Map.entry(int.class, text -> Integer.valueOf(matching(INTEGER, text))),
            Map.entry(Long.class, text -> Long.valueOf(matching(INTEGER, text))),
            Map.entry(long.class, text -> Long.valueOf(matching(INTEGER, text))),
            Map.entry(Short.class, text -> Short.valueOf(matching(INTEGER, text))),
            Map.entry(short.class, text -> Short.valueOf(matching(INTEGER, text))),
            Map.entry(Double.class, StrictParamConverterProvider::parseFiniteDouble),
            Map.entry(double.class, StrictParamConverterProvider::parseFiniteDouble),
            Map.entry(BigDecimal.class, text -> new BigDecimal(matching(DECIMAL, text))),
            Map.entry(Boolean.class, StrictParamConverterProvider::parseBoolean),
            Map.entry(boolean.class, StrictParamConverterProvider::parseBoolean));

    private static final Map<Class<?>, Object> ABSENT_PRIMITIVES = Map.of(
            int.class, 0, long.class, 0L, short.class, (short) 0, double.class, 0.0, boolean.class, false);

    /** The spellings pydantic accepts for a boolean, in any letter case. */
    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE_WORDS = Set.of("false", "0", "no", "off", "f", "n");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                // Jersey passes null for an absent parameter that has no @DefaultValue: JAX-RS makes that null,
                // or zero and false for a primitive, and the course keeps that rule.
                if (value == null) {
                    return (T) ABSENT_PRIMITIVES.get(rawType);
                }
                if (value.isBlank()) {
                    throw new IllegalArgumentException("An empty value is not a " + rawType.getSimpleName());
                }
                return (T) parser.apply(value.strip());
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String matching(Pattern pattern, String text) {
        if (!pattern.matcher(text).matches()) {
            throw new NumberFormatException("Not a number: " + text);
        }
        return text;
    }

    private static Double parseFiniteDouble(String text) {
        double value = Double.parseDouble(matching(DECIMAL, text));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("Not a finite number: " + text);
        }
        return value;
    }

    private static Boolean parseBoolean(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return Boolean.TRUE;
        }
        if (FALSE_WORDS.contains(word)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Not a boolean: " + text);
    }
}
