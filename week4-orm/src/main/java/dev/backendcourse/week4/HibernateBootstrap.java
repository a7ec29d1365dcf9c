package dev.backendcourse.week4;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.ValidationMode;

import org.hibernate.MappingException;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementException;

import dev.backendcourse.kit.server.InvalidConfigurationException;
import dev.backendcourse.week4.referrals.Referral;
import dev.backendcourse.week4.resources.Resource;

/**
 * Connects Hibernate to the database: the Java counterpart of SQLAlchemy's {@code create_engine(url)}. The result is a
 * {@link SessionFactory}, built once at start, which opens one short {@code Session} per request.
 */
public final class HibernateBootstrap {

    private HibernateBootstrap() {
    }

    /**
     * Builds the session factory on the kit's connection pool. Flyway has already created the tables, so Hibernate
     * only compares them with the entity classes, and fails when a table, column, type or sequence differs.
     *
     * @param showSql print each SQL statement that Hibernate sends on standard output
     * @throws InvalidConfigurationException if the tables do not match the entity classes, or a mapping is invalid
     */
    public static SessionFactory sessionFactory(DataSource dataSource, boolean showSql) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("week4")
                .managedClasses(Resource.class, Referral.class)
                .property(AvailableSettings.DATASOURCE, dataSource)
                .schemaToolingAction(Action.VALIDATE)
                // Jersey validates each request record before a route runs, so the entities carry no Bean Validation rules.
                .validationMode(ValidationMode.NONE)
                // PostgreSQL checks NOT NULL itself, and its error names the column, which the kit turns into a 422.
                .property(AvailableSettings.CHECK_NULLABILITY, false)
                .showSql(showSql, false, false);
        try {
            return configuration.createEntityManagerFactory();
        } catch (PersistenceException e) {
            throw readableStartError(e);
        }
    }

    /**
     * Turns a failed start caused by the entity classes into one line that names the problem, such as a missing
     * column or a sequence whose increment differs from the mapping's allocation size.
     */
    private static RuntimeException readableStartError(PersistenceException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaManagementException mismatch) {
                return new InvalidConfigurationException("the database tables do not match the entity classes: "
                        + mismatch.getMessage() + ". Change the entity, or add a Flyway migration in src/main/resources/db/migration.", error);
            }
            if (cause instanceof MappingException mapping) {
                return new InvalidConfigurationException("an entity class has an invalid mapping: " + mapping.getMessage(), error);
            }
        }
        return error;
    }
}
