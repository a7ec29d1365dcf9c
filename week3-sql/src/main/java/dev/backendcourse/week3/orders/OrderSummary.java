package dev.backendcourse.week3.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of the JOIN of {@code orders} with {@code users}: the order, with its user's name in place of the id. */
public record OrderSummary(
        int id,
        @JsonProperty("user_name") String userName,
        BigDecimal amount,
        @JsonProperty("order_date") LocalDate orderDate) {
}
