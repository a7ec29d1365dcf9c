package dev.backendcourse.week4.resources;

import java.util.List;

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
     * referrals of each already loaded: two SQL statements, however many resources the page holds.
     */
    public static List<Resource> findPage(Session session, String category, int limit, int offset) {
        // BEGIN SOLUTION
        String hql = category == null
                ? "from Resource r order by r.id"
                : "from Resource r where r.category = :category order by r.id";
        SelectionQuery<Resource> query = session.createSelectionQuery(hql, Resource.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        List<Resource> page = query.setFirstResult(offset).setMaxResults(limit).getResultList();

        // Reading each resource's referrals now would send one SELECT per resource: the N+1 problem. This query
        // loads the referrals of the whole page in one SELECT with a join, and Hibernate fills each resource's list.
        if (!page.isEmpty()) {
            session.createSelectionQuery("from Resource r left join fetch r.referrals where r in :page", Resource.class)
                    .setParameter("page", page)
                    .getResultList();
        }
        return page;
        // STARTER: throw new UnsupportedOperationException("TODO: query one page of resources, then load their referrals with a join fetch");
        // END SOLUTION
    }
}
