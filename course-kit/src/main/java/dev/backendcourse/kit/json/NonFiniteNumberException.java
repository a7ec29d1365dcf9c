package dev.backendcourse.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON number too large for a {@code double} (such as {@code 1e400}), which would otherwise become Infinity. */
public class NonFiniteNumberException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    public NonFiniteNumberException(JsonParser parser, double value, Class<?> targetType) {
        super(parser, "Number " + value + " is not finite", value, targetType);
    }
}
