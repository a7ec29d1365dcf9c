-- An account is a name and the SHA-256 hash of its API token; the token itself is never stored.
CREATE TABLE accounts (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    token_hash bytea       NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Video metadata only: the bytes live in the object store under videos/<id> and thumbnails/<id>.
CREATE TABLE videos (
    id                     uuid        PRIMARY KEY,
    owner_id               uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title                  text        NOT NULL,
    description            text        NOT NULL DEFAULT '',
    content_type           text        NOT NULL,
    size_bytes             bigint      CHECK (size_bytes >= 0),
    status                 text        NOT NULL CHECK (status IN ('uploading', 'ready')),
    thumbnail_content_type text,
    thumbnail_ready        boolean     NOT NULL DEFAULT false,
    -- clock_timestamp(), unlike now(), differs between rows inserted in one transaction, which keeps the order strict.
    created_at             timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at             timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Keyset pagination walks these indexes newest first: (created_at, id) is unique, so no row is skipped or repeated.
CREATE INDEX videos_newest_first ON videos (created_at DESC, id DESC);
CREATE INDEX videos_by_owner_newest_first ON videos (owner_id, created_at DESC, id DESC);
