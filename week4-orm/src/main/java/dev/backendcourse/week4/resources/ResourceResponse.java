package dev.backendcourse.week4.resources;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.backendcourse.week4.referrals.ReferralResponse;

/**
 * A resource as the API returns it, with its referrals. It is built inside the session, while Hibernate can still
 * load the referrals, and it has no link back from a referral to its resource, so JSON output cannot loop.
 */
public record ResourceResponse(
        int id,
        String name,
        String category,
        String address,
        @JsonProperty("contact_email") String contactEmail,
        List<ReferralResponse> referrals) {

    public static ResourceResponse from(Resource resource) {
        List<ReferralResponse> referrals = resource.getReferrals().stream().map(ReferralResponse::from).toList();
        return new ResourceResponse(resource.getId(), resource.getName(), resource.getCategory(), resource.getAddress(),
                resource.getContactEmail(), referrals);
    }
}
