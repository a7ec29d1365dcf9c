-- The tables behind the Resource and Referral entities. Hibernate checks them against the entity classes at start
-- (hibernate.hbm2ddl.auto=validate) but never changes them: a change to the schema is a new migration file.

-- Community resources: one row per food bank, clinic or tutoring program.
CREATE TABLE resources (
    id            SERIAL PRIMARY KEY,
    name          VARCHAR(255) NOT NULL,
    category      VARCHAR(50)  NOT NULL,
    address       VARCHAR(255),
    contact_email VARCHAR(255)
);

-- GET /resources?category= filters on this column.
CREATE INDEX resources_category_idx ON resources (category);

-- A family sent to one resource. A resource that still has referrals cannot be deleted: the foreign key's default,
-- NO ACTION, rejects the DELETE.
CREATE TABLE referrals (
    id            SERIAL PRIMARY KEY,
    family_name   VARCHAR(255) NOT NULL,
    resource_id   INTEGER      NOT NULL REFERENCES resources (id),
    referral_date DATE         NOT NULL,
    notes         TEXT
);

-- PostgreSQL does not index a foreign key by itself; loading a resource's referrals looks rows up by this column.
CREATE INDEX referrals_resource_id_idx ON referrals (resource_id);
