package dev.backendcourse.week4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.backendcourse.kit.database.Database;
import dev.backendcourse.kit.database.Migrations;
import dev.backendcourse.kit.errors.HttpError;
import dev.backendcourse.kit.errors.HttpValidationError;
import dev.backendcourse.kit.testing.TestDatabases;
import dev.backendcourse.week4.referrals.Referral;
import dev.backendcourse.week4.resources.Resource;

/**
 * The database's own constraints, reached through Hibernate: the API's validation stops these inputs first, so the
 * tests send them straight through a session, as a race between two requests would.
 */
class PersistenceExceptionMapperTest {

    private static Database database;
    private static SessionFactory sessionFactory;
    private final PersistenceExceptionMapper mapper = new PersistenceExceptionMapper();

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.create(Migrations.schema());
        sessionFactory = HibernateBootstrap.sessionFactory(database.dataSource(), false);
    }

    @AfterAll
    static void closeDatabase() {
        sessionFactory.close();
        database.close();
    }

    @Test
    void foreignKeyViolationIs422AtResourceId() {
        PersistenceException error = failingTransaction(() -> sessionFactory.inTransaction(session -> {
            Resource missing = session.getReference(Resource.class, 999_999);
            session.persist(new Referral("Lee", missing, LocalDate.of(2026, 4, 1), null));
        }));

        Response response = mapper.toResponse(error);

        assertThat(response.getStatus()).isEqualTo(422);
        HttpValidationError body = (HttpValidationError) response.getEntity();
        assertThat(body.detail().get(0).loc()).isEqualTo(List.of("body", "resource_id"));
        assertThat(body.detail().get(0).type()).isEqualTo("foreign_key_violation");
    }

    @Test
    void notNullViolationIs422AtColumn() {
        PersistenceException error = failingTransaction(() -> sessionFactory.inTransaction(session ->
                session.persist(new Resource("No category", null, null, null))));

        Response response = mapper.toResponse(error);

        assertThat(response.getStatus()).isEqualTo(422);
        HttpValidationError body = (HttpValidationError) response.getEntity();
        assertThat(body.detail().get(0).loc()).isEqualTo(List.of("body", "category"));
        assertThat(body.detail().get(0).type()).isEqualTo("missing");
    }

    @Test
    void deletingReferencedResourceIs409() {
        int resourceId = sessionFactory.fromTransaction(session -> {
            Resource resource = new Resource("Referenced", "Food", null, null);
            session.persist(resource);
            session.persist(new Referral("Lee", resource, LocalDate.of(2026, 4, 1), null));
            return resource.getId();
        });

        // Removing the resource without looking at its referrals leaves the decision to the foreign key.
        PersistenceException error = failingTransaction(() -> sessionFactory.inTransaction(session ->
                session.remove(session.getReference(Resource.class, resourceId))));

        Response response = mapper.toResponse(error);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((HttpError) response.getEntity()).detail()).contains("is still referenced");
    }

    @Test
    void updateOfConcurrentlyDeletedRowIs409() {
        int referralId = sessionFactory.fromTransaction(session -> {
            Resource resource = new Resource("Contested", "Food", null, null);
            session.persist(resource);
            Referral referral = new Referral("Lee", resource, LocalDate.of(2026, 4, 1), null);
            session.persist(referral);
            return referral.getId();
        });

        PersistenceException error;
        try (Session first = sessionFactory.openSession()) {
            first.beginTransaction();
            Referral loaded = first.find(Referral.class, referralId);
            sessionFactory.inTransaction(second -> second.remove(second.find(Referral.class, referralId)));
            loaded.setNotes("Changed after another request deleted the row");

            error = failingTransaction(() -> first.getTransaction().commit());
        }

        Response response = mapper.toResponse(error);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((HttpError) response.getEntity()).detail()).contains("changed or deleted by another request");
    }

    @Test
    void failedTransactionLeavesNoRow() {
        failingTransaction(() -> sessionFactory.inTransaction(session -> {
            session.persist(new Resource("Rolled back", "Food", null, null));
            session.persist(new Resource("Invalid", null, null, null));
        }));

        long rows = sessionFactory.fromTransaction(session -> session
                .createSelectionQuery("select count(r) from Resource r where r.name = 'Rolled back'", Long.class)
                .getSingleResult());
        assertThat(rows).as("resources left by the rolled-back transaction").isZero();
    }

    private static PersistenceException failingTransaction(Runnable transaction) {
        PersistenceException error = catchThrowableOfType(PersistenceException.class, transaction::run);
        assertThat(error).as("exception from a transaction that breaks a constraint").isNotNull();
        return error;
    }
}
