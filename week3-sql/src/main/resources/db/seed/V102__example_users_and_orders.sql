-- SOLUTION FILE
-- Example rows for the run command: two users, and three orders that reference them by id.
INSERT INTO users (name, email) VALUES ('Ada Lovelace', 'ada@example.edu');
INSERT INTO users (name, email) VALUES ('Alan Turing', 'alan@example.edu');

INSERT INTO orders (user_id, amount, order_date)
VALUES ((SELECT id FROM users WHERE email = 'ada@example.edu'), 19.99, '2026-03-25');
INSERT INTO orders (user_id, amount, order_date)
VALUES ((SELECT id FROM users WHERE email = 'ada@example.edu'), 5.99, '2026-03-26');
INSERT INTO orders (user_id, amount, order_date)
VALUES ((SELECT id FROM users WHERE email = 'alan@example.edu'), 42.00, '2026-03-26');
