package dev.backendcourse.week4;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.hibernate.StaleStateException;

import dev.backendcourse.kit.database.DatabaseExceptionMapper;
import dev.backendcourse.kit.errors.ErrorResponses;
import dev.backendcourse.kit.errors.UnexpectedExceptionMapper;

/**
 * Sends Hibernate's exceptions through the kit's SQL error rules. Hibernate wraps the driver's {@link SQLException}
 * (a NOT NULL or foreign key violation, say) in its own exception, so this mapper finds it in the causes and lets
 * {@link DatabaseExceptionMapper} choose the status: 409, 422, 503 or 500.
 */
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    private final DatabaseExceptionMapper sqlErrors = new DatabaseExceptionMapper();
    private final UnexpectedExceptionMapper serverErrors = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(PersistenceException exception) {
        if (isConcurrentChange(exception)) {
            return ErrorResponses.status(409, "The row was changed or deleted by another request at the same time. Read it again and retry.");
        }

        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sqlErrors.toResponse(sql);
            }
        }
        return serverErrors.toResponse(exception);
    }

    /** Tells whether an UPDATE or DELETE found its row gone, because another request deleted it after this one read it. */
    private static boolean isConcurrentChange(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
