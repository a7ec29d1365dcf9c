package dev.backendcourse.kit.errors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Describes, in pydantic's words, what a value of a Java type must look like, for 422 messages. */
final class ParameterTypes {

    /** The error {@code type} code and the message for a value that could not be converted. */
    record Expectation(String type, String msg) {
    }

    private ParameterTypes() {
    }

    /** Returns what a text value must look like to parse as {@code javaType}, as for a path or query value. */
    static Expectation parsing(Class<?> javaType) {
        if (isInteger(javaType)) {
            return new Expectation("int_parsing", "Input should be a valid integer, unable to parse string as an integer");
        }
        if (isDecimal(javaType)) {
            return new Expectation("float_parsing", "Input should be a valid number, unable to parse string as a number");
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return new Expectation("bool_parsing", "Input should be a valid boolean, unable to interpret input");
        }
        if (javaType == UUID.class) {
            return new Expectation("uuid_parsing", "Input should be a valid UUID");
        }
        if (javaType == LocalDate.class) {
            return new Expectation("date_from_datetime_parsing", "Input should be a valid date in the format YYYY-MM-DD");
        }
        if (javaType == LocalDateTime.class || javaType == OffsetDateTime.class) {
            return new Expectation("datetime_from_date_parsing", "Input should be a valid datetime in ISO 8601 format");
        }
        if (javaType.isEnum()) {
            return new Expectation("enum", "Input should be one of " + enumNames(javaType));
        }
        return new Expectation("value_error", "Input is not a valid " + javaType.getSimpleName());
    }

    /** Returns what a JSON value must look like to bind to {@code javaType}, as for a request body field. */
    static Expectation jsonValue(Class<?> javaType) {
        if (javaType == String.class || javaType == char.class || javaType == Character.class) {
            return new Expectation("string_type", "Input should be a valid string");
        }
        if (isInteger(javaType)) {
            return new Expectation("int_type", "Input should be a valid integer");
        }
        if (isDecimal(javaType)) {
            return new Expectation("float_type", "Input should be a valid number");
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return new Expectation("bool_type", "Input should be a valid boolean");
        }
        if (Iterable.class.isAssignableFrom(javaType) || javaType.isArray()) {
            return new Expectation("list_type", "Input should be a valid list");
        }
        if (javaType.isRecord() || !javaType.getName().startsWith("java.")) {
            return parsing(javaType).type().equals("value_error")
                    ? new Expectation("model_attributes_type",
                            "Input should be a valid dictionary or object to extract fields from")
                    : parsing(javaType);
        }
        return parsing(javaType);
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class;
    }

    private static boolean isDecimal(Class<?> type) {
        return type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class;
    }

    private static String enumNames(Class<?> enumType) {
        StringBuilder names = new StringBuilder();
        Object[] constants = enumType.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                names.append(i == constants.length - 1 ? " or " : ", ");
            }
            names.append('\'').append(((Enum<?>) constants[i]).name()).append('\'');
        }
        return names.toString();
    }
}
