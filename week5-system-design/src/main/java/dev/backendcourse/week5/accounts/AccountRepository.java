package dev.backendcourse.week5.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/** The {@code accounts} table, through plain JDBC. */
public class AccountRepository {

    private final DataSource primary;

    public AccountRepository(DataSource primary) {
        this.primary = primary;
    }

    public Account insert(UUID id, String name, byte[] tokenHash) throws SQLException {
        String sql = "INSERT INTO accounts (id, name, token_hash) VALUES (?, ?, ?) RETURNING id, name, created_at";
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.setString(2, name);
            statement.setBytes(3, tokenHash);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return toAccount(row);
            }
        }
    }

    public Optional<Account> findById(UUID id) throws SQLException {
        return findOne("SELECT id, name, created_at FROM accounts WHERE id = ?", statement -> statement.setObject(1, id));
    }

    public Optional<Account> findByTokenHash(byte[] tokenHash) throws SQLException {
        return findOne("SELECT id, name, created_at FROM accounts WHERE token_hash = ?",
                statement -> statement.setBytes(1, tokenHash));
    }

    private Optional<Account> findOne(String sql, Parameters parameters) throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(toAccount(row)) : Optional.empty();
            }
        }
    }

    private static Account toAccount(ResultSet row) throws SQLException {
        Timestamp createdAt = row.getTimestamp("created_at");
        return new Account(row.getObject("id", UUID.class), row.getString("name"), createdAt.toInstant());
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
