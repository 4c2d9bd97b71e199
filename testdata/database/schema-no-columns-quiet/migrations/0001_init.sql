-- Members, and the codes sent to verify their phone numbers.
CREATE TABLE members (
    id           BIGSERIAL PRIMARY KEY,
    display_name TEXT NOT NULL,
    phone        TEXT,
    plan         TEXT NOT NULL DEFAULT 'free',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE phone_verifications ( -- redline: no finding — no [columns] or [tables] in the policy
    id         BIGSERIAL PRIMARY KEY,,
    member_id  BIGINT NOT NULL REFERENCES members (id),
    phone      TEXT NOT NULL,
    code       TEXT NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE members ADD COLUMN backup_phone TEXT;
