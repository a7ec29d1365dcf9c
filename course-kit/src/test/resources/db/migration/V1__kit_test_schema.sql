-- A small schema for the kit's own tests: one of each constraint that the error mapping handles.
CREATE TABLE owners (
    id    SERIAL PRIMARY KEY,
    email VARCHAR(20) NOT NULL UNIQUE
);

CREATE TABLE pets (
    id       SERIAL PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES owners (id),
    age      INTEGER CHECK (age >= 0)
);
