-- SOLUTION FILE
-- One user has many orders: orders.user_id is a foreign key to users.id, so PostgreSQL rejects an order
-- whose user does not exist, and a user who still has orders cannot be deleted.
CREATE TABLE users (
    id    SERIAL PRIMARY KEY,
    name  VARCHAR(100) NOT NULL,
    email VARCHAR(255) UNIQUE
);

CREATE TABLE orders (
    id         SERIAL PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    amount     NUMERIC(10, 2) CHECK (amount >= 0),
    order_date DATE
);

-- GET /users/{id}/orders and the JOIN in GET /orders look orders up by user.
CREATE INDEX orders_user_id_idx ON orders (user_id);
