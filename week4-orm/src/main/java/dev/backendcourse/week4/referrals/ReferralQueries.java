package dev.backendcourse.week4.referrals;

import java.util.List;
import java.util.Optional;

import org.hibernate.Session;

/** The HQL queries on referrals; each joins the referral's resource, whose name every response shows. */
public final class ReferralQueries {

    private ReferralQueries() {
    }

    /** Returns one page of referrals in id order, each with its resource, in one SQL statement. */
    public static List<Referral> findPage(Session session, int limit, int offset) {
        // BEGIN SOLUTION
        return session.createSelectionQuery("from Referral f join fetch f.resource order by f.id", Referral.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        // STARTER: throw new UnsupportedOperationException("TODO: query one page of referrals with join fetch f.resource");
        // END SOLUTION
    }

    /** Returns the referral with its resource, in one SQL statement, or empty when no referral has that id. */
    public static Optional<Referral> findById(Session session, int id) {
        // BEGIN SOLUTION
        return session.createSelectionQuery("from Referral f join fetch f.resource where f.id = :id", Referral.class)
                .setParameter("id", id)
                .uniqueResultOptional();
        // STARTER: throw new UnsupportedOperationException("TODO: query the referral WHERE f.id = :id, with join fetch f.resource");
        // END SOLUTION
    }
}
