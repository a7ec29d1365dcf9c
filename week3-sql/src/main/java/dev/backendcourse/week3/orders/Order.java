package dev.backendcourse.week3.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the {@code orders} table. {@code amount} is a {@link BigDecimal}, the Java type of {@code NUMERIC}, so
 * 19.99 stays exactly 19.99 and leaves as the JSON number {@code 19.99}.
 */
public record Order(
        int id,
        @JsonProperty("user_id") int userId,
        BigDecimal amount,
        @JsonProperty("order_date") LocalDate orderDate) {
}
