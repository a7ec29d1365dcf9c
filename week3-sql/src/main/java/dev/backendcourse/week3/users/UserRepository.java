package dev.backendcourse.week3.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** The SQL for the {@code users} table, every request value sent as a {@code ?} parameter. */
public class UserRepository {

    private final DataSource dataSource;

    public UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<User> findAll(int limit, int offset) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, name, email FROM users ORDER BY id LIMIT ? OFFSET ?")) {
            statement.setInt(1, limit);
            statement.setInt(2, offset);

            try (ResultSet rows = statement.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(read(rows));
                }
                return users;
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT one page of users ORDER BY id LIMIT ? OFFSET ?");
        // END SOLUTION
    }

    public Optional<User> findById(int id) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT id, name, email FROM users WHERE id = ?")) {
            statement.setInt(1, id);

            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT the user WHERE id = ?");
        // END SOLUTION
    }

    /** Inserts a user; a second user with the same email is rejected by the UNIQUE constraint (SQLSTATE 23505). */
    public User insert(UserRequest user) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO users (name, email) VALUES (?, ?) RETURNING id, name, email")) {
            statement.setString(1, user.name());
            statement.setString(2, user.email());

            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return read(rows);
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: INSERT INTO users ... RETURNING the new row");
        // END SOLUTION
    }

    private static User read(ResultSet row) throws SQLException {
        return new User(row.getInt("id"), row.getString("name"), row.getString("email"));
    }
}
