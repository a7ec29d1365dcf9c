package dev.backendcourse.kit.errors;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Gives each standard Bean Validation constraint pydantic's error {@code type} and message, so a Java week's 422
 * reads like the FastAPI original. A constraint with its own {@code message} keeps that message.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static String typeOf(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();

        if (constraint instanceof NotNull) {
            return "missing";
        }
        if (constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return value instanceof CharSequence || value == null ? "string_too_short" : "too_short";
        }
        if (constraint instanceof Size) {
            String prefix = value instanceof CharSequence ? "string_" : "";
            return prefix + (length(value) > ((Size) constraint).max() ? "too_long" : "too_short");
        }
        if (constraint instanceof Min || constraint instanceof PositiveOrZero) {
            return "greater_than_equal";
        }
        if (constraint instanceof DecimalMin decimalMin) {
            return decimalMin.inclusive() ? "greater_than_equal" : "greater_than";
        }
        if (constraint instanceof Positive) {
            return "greater_than";
        }
        if (constraint instanceof Max || constraint instanceof NegativeOrZero) {
            return "less_than_equal";
        }
        if (constraint instanceof DecimalMax decimalMax) {
            return decimalMax.inclusive() ? "less_than_equal" : "less_than";
        }
        if (constraint instanceof Negative) {
            return "less_than";
        }
        if (constraint instanceof Digits) {
            return "decimal_max_places";
        }
        if (constraint instanceof Pattern) {
            return "string_pattern_mismatch";
        }
        if (constraint instanceof Past || constraint instanceof PastOrPresent) {
            return "date_past";
        }
        if (constraint instanceof Future || constraint instanceof FutureOrPresent) {
            return "date_future";
        }
        return "value_error";
    }

    static String messageOf(ConstraintViolation<?> violation) {
        if (hasOwnMessage(violation)) {
            return violation.getMessage();
        }

        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        String noun = value instanceof CharSequence ? "String" : "List";
        String unit = value instanceof CharSequence ? "character" : "item";

        if (constraint instanceof NotNull) {
            return "Field required";
        }
        if (constraint instanceof NotBlank) {
            return "String should have at least 1 character that is not white space";
        }
        if (constraint instanceof NotEmpty) {
            return noun + " should have at least 1 " + unit;
        }
        if (constraint instanceof Size size) {
            return length(value) > size.max()
                    ? noun + " should have at most " + plural(size.max(), unit)
                    : noun + " should have at least " + plural(size.min(), unit);
        }
        if (constraint instanceof Min || constraint instanceof DecimalMin decimalMin && decimalMin.inclusive()) {
            return "Input should be greater than or equal to " + attributes.get("value");
        }
        if (constraint instanceof DecimalMin) {
            return "Input should be greater than " + attributes.get("value");
        }
        if (constraint instanceof PositiveOrZero) {
            return "Input should be greater than or equal to 0";
        }
        if (constraint instanceof Positive) {
            return "Input should be greater than 0";
        }
        if (constraint instanceof Max || constraint instanceof DecimalMax decimalMax && decimalMax.inclusive()) {
            return "Input should be less than or equal to " + attributes.get("value");
        }
        if (constraint instanceof DecimalMax) {
            return "Input should be less than " + attributes.get("value");
        }
        if (constraint instanceof NegativeOrZero) {
            return "Input should be less than or equal to 0";
        }
        if (constraint instanceof Negative) {
            return "Input should be less than 0";
        }
        if (constraint instanceof Digits digits) {
            return digitsMessage(digits, value);
        }
        if (constraint instanceof Pattern pattern) {
            return "String should match pattern '" + pattern.regexp() + "'";
        }
        if (constraint instanceof Email) {
            return "Input is not a valid email address";
        }
        if (constraint instanceof Past || constraint instanceof PastOrPresent) {
            return "Date should be in the past";
        }
        if (constraint instanceof Future || constraint instanceof FutureOrPresent) {
            return "Date should be in the future";
        }
        return violation.getMessage();
    }

    /** Tells whether the constraint was given its own message instead of Bean Validation's default template. */
    private static boolean hasOwnMessage(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template != null && !(template.startsWith("{jakarta.validation.constraints.")
                || template.startsWith("{org.hibernate.validator.constraints."));
    }

    private static String digitsMessage(Digits digits, Object value) {
        // Hibernate Validator counts the digits as written, so 1.000 has three decimal places; so does this.
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (Math.max(decimal.scale(), 0) > digits.fraction()) {
                return "Decimal input should have no more than " + plural(digits.fraction(), "decimal place");
            }
        }
        return "Decimal input should have no more than " + plural(digits.integer(), "digit")
                + " before the decimal point";
    }

    private static long length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value instanceof Object[] array) {
            return array.length;
        }
        return 0;
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
