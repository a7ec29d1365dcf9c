package dev.backendcourse.week4;

import org.glassfish.jersey.server.ResourceConfig;
import org.hibernate.SessionFactory;

import dev.backendcourse.kit.CourseFeature;
import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.DatabaseFeature;
import dev.backendcourse.kit.server.CourseServer;
import dev.backendcourse.week4.referrals.ReferralsResource;
import dev.backendcourse.week4.resources.ResourcesResource;

/** Week 4: the same kind of data as week 3, now read and written as Java objects through Hibernate ORM. */
public final class OrmApi {

    /** Prints every SQL statement Hibernate sends, like SQLAlchemy's {@code echo=True}; the tests keep it off. */
    static final boolean SHOW_SQL = true;

    private OrmApi() {
    }

    /** Lists everything the application serves, on a session factory built for {@code database}. */
    public static ResourceConfig resourceConfig(Database database) {
        return resourceConfig(database, HibernateBootstrap.sessionFactory(database.dataSource(), false));
    }

    /** Lists everything the application serves; {@code main} and the tests both start exactly this. */
    public static ResourceConfig resourceConfig(Database database, SessionFactory sessionFactory) {
        return new ResourceConfig()
                .setApplicationName("Week 4: Hibernate ORM")
                .register(CourseFeature.class)
                .register(new DatabaseFeature(database))
                .register(new HibernateFeature(sessionFactory))
                .register(ResourcesResource.class)
                .register(ReferralsResource.class);
    }

    /** Starts the server on the database that {@code DATABASE_URL} names, or on the embedded one in {@code .data/}. */
    public static void main(String[] args) {
        CourseServer.run(() -> {
            Database database = Database.fromEnvironment(OrmApi.class);
            try {
                return resourceConfig(database, HibernateBootstrap.sessionFactory(database.dataSource(), SHOW_SQL));
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        });
    }
}
