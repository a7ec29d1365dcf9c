package dev.backendcourse.kit.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backendcourse.kit.errors.ErrorResponses;
import dev.backendcourse.kit.errors.UnexpectedExceptionMapper;
import dev.backendcourse.kit.errors.ValidationError;

/**
 * Turns an {@link SQLException} from a resource method into the course's error contract, by its SQLSTATE code:
 * <ul>
 * <li>a unique violation, or a delete of a row that others still reference: 409 with PostgreSQL's detail;</li>
 * <li>a foreign key that matches no row, a missing NOT NULL value, a failed CHECK, a value too long or out of range:
 *     422 with the column in {@code loc}, such as {@code ["body", "user_id"]};</li>
 * <li>a database that cannot be reached (SQLSTATE class 08, a server shutting down, no free connection in the pool):
 *     503 with a {@code Retry-After} header, logged at WARN at most once every ten seconds;</li>
 * <li>anything else: 500, logged with its stack trace.</li>
 * </ul>
 * The 409 and 422 cases are a safety net: a week validates its input before any SQL runs.
 */
public class DatabaseExceptionMapper implements ExceptionMapper<SQLException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseExceptionMapper.class);

    /** PostgreSQL's detail for a key, such as {@code Key (user_id)=(99) is not present in table "users".} */
    private static final Pattern KEY_COLUMNS = Pattern.compile("^Key \\(([^)]+)\\)=");
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final RateLimitedLog outageLog = new RateLimitedLog(log, 10_000);

    private final UnexpectedExceptionMapper serverErrors = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(SQLException exception) {
        String state = exception.getSQLState() == null ? "" : exception.getSQLState();

        if (isUnavailable(exception, state)) {
            outageLog.warn("The database is unavailable, so the request gets 503: {} (SQLSTATE {})", exception.getMessage(), state);
            return Response.fromResponse(ErrorResponses.status(503, "The database is unavailable. Try again in a few seconds."))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }

        ServerErrorMessage server = exception instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null) {
            return serverErrors.toResponse(exception);
        }
        String detail = server.getDetail() == null ? server.getMessage() : server.getDetail();

        return switch (state) {
            case "23505" -> ErrorResponses.status(409, detail);
            case "23503" -> detail != null && detail.contains("is still referenced")
                    ? ErrorResponses.status(409, detail)
                    : invalid(server, detail, "foreign_key_violation");
            case "23502" -> ErrorResponses.invalidInput(new ValidationError(location(server), "Field required", "missing"));
            case "23514" -> invalid(server, server.getMessage(), "check_violation");
            case "22001" -> invalid(server, server.getMessage(), "string_too_long");
            case "22003" -> invalid(server, server.getMessage(), "numeric_value_out_of_range");
            // Invalid date or time, out-of-range date, invalid text for a type, a NUL character in text.
            case "22007", "22008", "22P02", "22021" -> invalid(server, server.getMessage(), "invalid_value");
            default -> serverErrors.toResponse(exception);
        };
    }

    private static boolean isUnavailable(SQLException exception, String state) {
        return exception instanceof SQLTransientConnectionException
                || state.startsWith("08")
                // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("53300");
    }

    private static Response invalid(ServerErrorMessage server, String message, String type) {
        return ErrorResponses.invalidInput(new ValidationError(location(server), message, type));
    }

    /** Returns {@code ["body", column]} from the error's column field or its key detail, or {@code ["body"]}. */
    private static List<Object> location(ServerErrorMessage server) {
        List<Object> location = new ArrayList<>();
        location.add("body");
        if (server.getColumn() != null) {
            location.add(server.getColumn());
            return location;
        }
        Matcher key = KEY_COLUMNS.matcher(server.getDetail() == null ? "" : server.getDetail());
        if (key.find()) {
            location.add(key.group(1));
        }
        return location;
    }

    /** Logs the first of a run of repeated warnings, then at most one per interval with the number left out. */
    static final class RateLimitedLog {

        private final Logger logger;
        private final long intervalMillis;
        private long lastLoggedAt = Long.MIN_VALUE;
        private int suppressed;

        RateLimitedLog(Logger logger, long intervalMillis) {
            this.logger = logger;
            this.intervalMillis = intervalMillis;
        }

        synchronized void warn(String format, Object... arguments) {
            long now = System.currentTimeMillis();
            if (lastLoggedAt != Long.MIN_VALUE && now - lastLoggedAt < intervalMillis) {
                suppressed++;
                return;
            }
            if (suppressed > 0) {
                logger.warn("{} similar warnings were left out in the last {} ms", suppressed, now - lastLoggedAt);
            }
            logger.warn(format, arguments);
            lastLoggedAt = now;
            suppressed = 0;
        }
    }
}
