package dev.backendcourse.week3.resources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The SQL for the {@code resources} table. Every value from a request travels as a {@code ?} parameter of a
 * {@link PreparedStatement}, never as part of the SQL text, so it cannot change what the statement does.
 */
public class ResourceRepository {

    private final DataSource dataSource;

    public ResourceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns one page of resources in id order, only those of {@code category} unless it is null. */
    public List<Resource> findAll(String category, int limit, int offset) throws SQLException {
        // BEGIN SOLUTION
        String sql = category == null
                ? "SELECT id, name, category, description FROM resources ORDER BY id LIMIT ? OFFSET ?"
                : "SELECT id, name, category, description FROM resources WHERE category = ? ORDER BY id LIMIT ? OFFSET ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (category != null) {
                statement.setString(index++, category);
            }
            statement.setInt(index++, limit);
            statement.setInt(index, offset);

            try (ResultSet rows = statement.executeQuery()) {
                List<Resource> resources = new ArrayList<>();
                while (rows.next()) {
                    resources.add(read(rows));
                }
                return resources;
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT one page of resources (WHERE category = ? when given), ORDER BY id LIMIT ? OFFSET ?");
        // END SOLUTION
    }

    public Optional<Resource> findById(int id) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, name, category, description FROM resources WHERE id = ?")) {
            statement.setInt(1, id);

            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT the resource WHERE id = ?");
        // END SOLUTION
    }

    /** Inserts a row and returns it as stored, with the id that PostgreSQL gave it. */
    public Resource insert(ResourceRequest resource) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO resources (name, category, description) VALUES (?, ?, ?) "
                             + "RETURNING id, name, category, description")) {
            statement.setString(1, resource.name());
            statement.setString(2, resource.category());
            statement.setString(3, resource.description());

            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return read(rows);
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: INSERT INTO resources ... RETURNING the new row");
        // END SOLUTION
    }

    /** Replaces every column of one row; returns the row as stored, or empty when no row has that id. */
    public Optional<Resource> update(int id, ResourceRequest resource) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE resources SET name = ?, category = ?, description = ? WHERE id = ? "
                             + "RETURNING id, name, category, description")) {
            statement.setString(1, resource.name());
            statement.setString(2, resource.category());
            statement.setString(3, resource.description());
            statement.setInt(4, id);

            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: UPDATE resources SET ... WHERE id = ? RETURNING the row");
        // END SOLUTION
    }

    /** Deletes one row; returns false when no row has that id. */
    public boolean delete(int id) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM resources WHERE id = ?")) {
            statement.setInt(1, id);
            return statement.executeUpdate() == 1;
        }
        // STARTER: throw new UnsupportedOperationException("TODO: DELETE FROM resources WHERE id = ?");
        // END SOLUTION
    }

    private static Resource read(ResultSet row) throws SQLException {
        return new Resource(row.getInt("id"), row.getString("name"), row.getString("category"), row.getString("description"));
    }
}
