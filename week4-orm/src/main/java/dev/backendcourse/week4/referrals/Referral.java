package dev.backendcourse.week4.referrals;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.backendcourse.week4.resources.Resource;

/**
 * The model of the {@code referrals} table: a family sent to one {@link Resource}. The API returns a
 * {@link ReferralResponse} built from it, never the entity itself.
 */
@Entity
@Table(name = "referrals")
public class Referral {

    // BEGIN SOLUTION
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    /**
     * The foreign key {@code resource_id}, seen from Java as the {@link Resource} object it points to. LAZY means
     * that loading a referral does not load its resource too. A query that needs both fetches them with a join.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private Resource resource;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Column(columnDefinition = "text")
    private String notes;
    // STARTER: // TODO: map each field to its column of the referrals table (see db/migration), and resource
    // STARTER: // to the resources row that resource_id points to.
    // STARTER: private Integer id;
    // STARTER: private String familyName;
    // STARTER: private Resource resource;
    // STARTER: private LocalDate referralDate;
    // STARTER: private String notes;
    // END SOLUTION

    /** Hibernate creates the object with this constructor, then fills its fields from a row. */
    protected Referral() {
    }

    public Referral(String familyName, Resource resource, LocalDate referralDate, String notes) {
        this.familyName = familyName;
        this.resource = resource;
        this.referralDate = referralDate;
        this.notes = notes;
    }

    public Integer getId() {
        return id;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Resource getResource() {
        return resource;
    }

    public void setResource(Resource resource) {
        this.resource = resource;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(LocalDate referralDate) {
        this.referralDate = referralDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
