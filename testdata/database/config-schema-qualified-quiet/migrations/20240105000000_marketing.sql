-- Campaign copy lives in its own schema.
CREATE SCHEMA marketing;

CREATE TABLE marketing.messages (
    id       BIGSERIAL PRIMARY KEY,
    campaign TEXT NOT NULL,
    body     TEXT NOT NULL
);
