package dev.backendcourse.week4.referrals;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;

import dev.backendcourse.week4.TextRules;

/**
 * The body of {@code POST /referrals} and {@code PUT /referrals/{id}}. {@code referral_date} is an ISO-8601 date such
 * as {@code "2026-04-01"}. Whether {@code resource_id} names a real resource is checked in the session.
 */
public record ReferralRequest(
        @JsonProperty("family_name") @NotNull @Size(min = 1, max = 255)
        @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String familyName,
        @JsonProperty("resource_id") @NotNull @Positive Integer resourceId,
        // Strict: Jackson would otherwise read 20260401 as a count of days and drop the time from "2026-04-01T10:00".
        @JsonProperty("referral_date") @JsonFormat(lenient = OptBoolean.FALSE) @NotNull LocalDate referralDate,
        @Size(max = 10_000) @Pattern(regexp = TextRules.NO_NUL, message = TextRules.NO_NUL_MESSAGE) String notes) {
}
