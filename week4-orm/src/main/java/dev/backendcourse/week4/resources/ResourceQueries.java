package dev.backendcourse.week4.resources;

import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The HQL queries on resources. HQL names entities and fields ({@code Resource}, {@code r.category}), not tables and
 * columns; Hibernate turns each query into SQL for PostgreSQL. The handout shows the SQL of each one.
 */
public final class ResourceQueries {

    private ResourceQueries() {
    }

    /**
     * Returns one page of resources in id order, only those of {@code category} unless it is null, with the
     * referrals of each already loaded: one SQL statement, however many resources the page holds.
     */
    public static List<Resource> findPage(Session session, String category, int limit, int offset) {
        // BEGIN SOLUTION
        // "join fetch" loads each resource's referrals in the same SELECT. Without it, reading the referrals of each
        // resource later would send one more SELECT per resource: the N+1 problem.
        String hql = category == null
                ? "from Resource r left join fetch r.referrals order by r.id"
                : "from Resource r left join fetch r.referrals where r.category = :category order by r.id";
        SelectionQuery<Resource> query = session.createSelectionQuery(hql, Resource.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        // STARTER: throw new UnsupportedOperationException("TODO: query one page of resources, with left join fetch r.referrals");
        // END SOLUTION
    }

    /**
     * Returns the resource with that id, or empty when no resource has it. It is a query rather than
     * {@code session.find}: when the connection fails during the SELECT, Hibernate 7's {@code find} logs HHH90010102
     * and returns null, which would turn a database outage into a 404.
     */
    public static Optional<Resource> findById(Session session, int id) {
        // BEGIN SOLUTION
        return session.createSelectionQuery("from Resource r where r.id = :id", Resource.class)
                .setParameter("id", id)
                .uniqueResultOptional();
        // STARTER: throw new UnsupportedOperationException("TODO: query the resource WHERE r.id = :id");
        // END SOLUTION
    }
}
