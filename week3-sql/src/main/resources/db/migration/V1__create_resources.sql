-- The community resources that the API serves: one row per food bank, clinic or tutoring program.
CREATE TABLE resources (
    id          SERIAL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    category    VARCHAR(50),
    description TEXT
);

-- GET /resources?category= filters on this column.
CREATE INDEX resources_category_idx ON resources (category);
