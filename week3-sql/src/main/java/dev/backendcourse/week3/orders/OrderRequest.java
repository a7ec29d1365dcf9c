package dev.backendcourse.week3.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * The body of {@code POST /orders}. {@code amount} fits {@code NUMERIC(10, 2)}: at most 8 digits before the point and
 * 2 after. {@code order_date} is an ISO-8601 date such as {@code "2026-03-25"}. Whether {@code user_id} names a real
 * user only the database can tell, through the foreign key.
 */
public record OrderRequest(
        @JsonProperty("user_id") @NotNull @Positive Integer userId,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal amount,
        // Not lenient: Jackson would otherwise read a number such as 20260325 as a count of days since 1970.
        @JsonProperty("order_date") @JsonFormat(lenient = OptBoolean.FALSE) @NotNull LocalDate orderDate) {
}
