package dev.backendcourse.week5.videos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The {@code videos} table, through plain JDBC. Writes, and reads that must see them at once, go to the primary;
 * the list query goes to {@code reads}, which is a read replica when {@code READ_DATABASE_URL} is set.
 */
public class VideoRepository {

    private static final String COLUMNS = "id, owner_id, title, description, content_type, size_bytes, status, "
            + "thumbnail_content_type, thumbnail_ready, created_at, updated_at";

    private final DataSource primary;
    private final DataSource reads;

    public VideoRepository(DataSource primary, DataSource reads) {
        this.primary = primary;
        this.reads = reads;
    }

    /** Inserts a video in {@code uploading} state; returns empty when the id is already taken. */
    public Optional<Video> insert(UUID id, UUID ownerId, String title, String description, String contentType, Long size)
            throws SQLException {
        String sql = "INSERT INTO videos (id, owner_id, title, description, content_type, size_bytes, status) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'uploading') ON CONFLICT (id) DO NOTHING RETURNING " + COLUMNS;
        return queryOne(primary, sql, statement -> {
            statement.setObject(1, id);
            statement.setObject(2, ownerId);
            statement.setString(3, title);
            statement.setString(4, description);
            statement.setString(5, contentType);
            statement.setObject(6, size, Types.BIGINT);
        });
    }

    public Optional<Video> findById(UUID id) throws SQLException {
        return queryOne(primary, "SELECT " + COLUMNS + " FROM videos WHERE id = ?", statement -> statement.setObject(1, id));
    }

    /** Sets the fields that are not null and returns the updated row; empty if the video is gone. */
    public Optional<Video> update(UUID id, String title, String description) throws SQLException {
        String sql = "UPDATE videos SET title = COALESCE(?, title), description = COALESCE(?, description), "
                + "updated_at = clock_timestamp() WHERE id = ? RETURNING " + COLUMNS;
        return queryOne(primary, sql, statement -> {
            statement.setString(1, title);
            statement.setString(2, description);
            statement.setObject(3, id);
        });
    }

    public Optional<Video> markReady(UUID id) throws SQLException {
        String sql = "UPDATE videos SET status = 'ready', updated_at = clock_timestamp() WHERE id = ? RETURNING " + COLUMNS;
        return queryOne(primary, sql, statement -> statement.setObject(1, id));
    }

    /** Records that a thumbnail of {@code contentType} is being uploaded; a previous thumbnail stops being shown. */
    public Optional<Video> startThumbnail(UUID id, String contentType) throws SQLException {
        String sql = "UPDATE videos SET thumbnail_content_type = ?, thumbnail_ready = false, updated_at = clock_timestamp() "
                + "WHERE id = ? RETURNING " + COLUMNS;
        return queryOne(primary, sql, statement -> {
            statement.setString(1, contentType);
            statement.setObject(2, id);
        });
    }

    public Optional<Video> markThumbnailReady(UUID id) throws SQLException {
        String sql = "UPDATE videos SET thumbnail_ready = true, updated_at = clock_timestamp() WHERE id = ? RETURNING " + COLUMNS;
        return queryOne(primary, sql, statement -> statement.setObject(1, id));
    }

    /** Deletes the row; returns false if it was already gone. */
    public boolean delete(UUID id) throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement("DELETE FROM videos WHERE id = ?")) {
            statement.setObject(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Returns up to {@code limit} videos, newest first, strictly after {@code after} when it is given, and only
     * {@code ownerId}'s when that is given.
     */
    public List<Video> page(UUID ownerId, Cursor after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM videos WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (ownerId != null) {
            sql.append(" AND owner_id = ?");
            parameters.add(ownerId);
        }
        if (after != null) {
            // A row comparison walks the (created_at, id) index from the cursor on.
            sql.append(" AND (created_at, id) < (?, ?)");
            parameters.add(OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            parameters.add(after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        parameters.add(limit);

        try (Connection connection = reads.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Video> videos = new ArrayList<>();
                while (rows.next()) {
                    videos.add(toVideo(rows));
                }
                return videos;
            }
        }
    }

    private static Optional<Video> queryOne(DataSource source, String sql, Parameters parameters) throws SQLException {
        try (Connection connection = source.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(toVideo(row)) : Optional.empty();
            }
        }
    }

    private static Video toVideo(ResultSet row) throws SQLException {
        return new Video(
                row.getObject("id", UUID.class),
                row.getObject("owner_id", UUID.class),
                row.getString("title"),
                row.getString("description"),
                row.getString("content_type"),
                row.getObject("size_bytes", Long.class),
                VideoStatus.fromColumn(row.getString("status")),
                row.getString("thumbnail_content_type"),
                row.getBoolean("thumbnail_ready"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
