-- Members and what they pay for.
CREATE TABLE members (
    id           BIGSERIAL PRIMARY KEY,
    display_name TEXT NOT NULL,
    phone        TEXT,
    plan         TEXT NOT NULL DEFAULT 'free',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
