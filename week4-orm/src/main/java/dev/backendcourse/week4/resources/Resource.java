package dev.backendcourse.week4.resources;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.backendcourse.week4.referrals.Referral;

/**
 * The model of the {@code resources} table: one object per row, one field per column. It stays inside a session;
 * the API returns a {@link ResourceResponse} built from it, never the entity itself.
 */
@Entity
@Table(name = "resources")
public class Resource {

    // BEGIN SOLUTION
    /** Given by the database's SERIAL column when the row is inserted, so Hibernate never picks an id itself. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 50)
    private String category;

    private String address;

    @Column(name = "contact_email")
    private String contactEmail;

    /** The other side of {@link Referral#getResource()}: the {@code resource_id} column of {@code referrals} owns it. */
    @OneToMany(mappedBy = "resource")
    @OrderBy("id")
    private List<Referral> referrals = new ArrayList<>();
    // STARTER: // TODO: map each field to its column of the resources table (see db/migration), and referrals
    // STARTER: // to the referrals that point at this resource.
    // STARTER: private Integer id;
    // STARTER: private String name;
    // STARTER: private String category;
    // STARTER: private String address;
    // STARTER: private String contactEmail;
    // STARTER: private List<Referral> referrals = new ArrayList<>();
    // END SOLUTION

    /** Hibernate creates the object with this constructor, then fills its fields from a row. */
    protected Resource() {
    }

    public Resource(String name, String category, String address, String contactEmail) {
        this.name = name;
        this.category = category;
        this.address = address;
        this.contactEmail = contactEmail;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    /** Returns the referrals in id order; Hibernate loads them from the database the first time they are read. */
    public List<Referral> getReferrals() {
        return referrals;
    }
}
