package dev.backendcourse.week3.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** The SQL for the {@code orders} table, including the JOIN with {@code users}. */
public class OrderRepository {

    private final DataSource dataSource;

    public OrderRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts an order. A {@code user_id} that matches no user is rejected by the foreign key (SQLSTATE 23503), which
     * the course kit turns into a 422 naming {@code user_id}.
     */
    public Order insert(OrderRequest order) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO orders (user_id, amount, order_date) VALUES (?, ?, ?) "
                             + "RETURNING id, user_id, amount, order_date")) {
            statement.setInt(1, order.userId());
            statement.setBigDecimal(2, order.amount());
            statement.setObject(3, order.orderDate());

            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return read(rows);
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: INSERT INTO orders ... RETURNING the new row");
        // END SOLUTION
    }

    /** Returns one page of orders in id order, each with the name of the user who placed it. */
    public List<OrderSummary> findAllWithUserNames(int limit, int offset) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT orders.id, users.name, orders.amount, orders.order_date "
                             + "FROM orders JOIN users ON orders.user_id = users.id "
                             + "ORDER BY orders.id LIMIT ? OFFSET ?")) {
            statement.setInt(1, limit);
            statement.setInt(2, offset);

            try (ResultSet rows = statement.executeQuery()) {
                List<OrderSummary> summaries = new ArrayList<>();
                while (rows.next()) {
                    summaries.add(new OrderSummary(rows.getInt(1), rows.getString(2), rows.getBigDecimal(3),
                            rows.getObject(4, LocalDate.class)));
                }
                return summaries;
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT orders JOIN users ON orders.user_id = users.id");
        // END SOLUTION
    }

    public Optional<Order> findById(int id) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, user_id, amount, order_date FROM orders WHERE id = ?")) {
            statement.setInt(1, id);

            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT the order WHERE id = ?");
        // END SOLUTION
    }

    public List<Order> findByUser(int userId) throws SQLException {
        // BEGIN SOLUTION
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, user_id, amount, order_date FROM orders WHERE user_id = ? ORDER BY id")) {
            statement.setInt(1, userId);

            try (ResultSet rows = statement.executeQuery()) {
                List<Order> orders = new ArrayList<>();
                while (rows.next()) {
                    orders.add(read(rows));
                }
                return orders;
            }
        }
        // STARTER: throw new UnsupportedOperationException("TODO: SELECT the orders WHERE user_id = ?");
        // END SOLUTION
    }

    private static Order read(ResultSet row) throws SQLException {
        return new Order(row.getInt("id"), row.getInt("user_id"), row.getBigDecimal("amount"),
                row.getObject("order_date", LocalDate.class));
    }
}
