package dev.backendcourse.week4.referrals;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A referral as the API returns it, with the id and name of its resource. */
public record ReferralResponse(
        int id,
        @JsonProperty("family_name") String familyName,
        @JsonProperty("resource_id") int resourceId,
        @JsonProperty("resource_name") String resourceName,
        @JsonProperty("referral_date") LocalDate referralDate,
        String notes) {

    public static ReferralResponse from(Referral referral) {
        return new ReferralResponse(referral.getId(), referral.getFamilyName(), referral.getResource().getId(),
                referral.getResource().getName(), referral.getReferralDate(), referral.getNotes());
    }
}
