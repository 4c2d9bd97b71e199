-- Private messages, profile views and the newsletter templates.
CREATE TABLE messages (
    id        BIGSERIAL PRIMARY KEY,
    sender    BIGINT NOT NULL REFERENCES members (id),
    recipient BIGINT NOT NULL REFERENCES members (id),
    body      TEXT NOT NULL,
    sent_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    read_at   TIMESTAMPTZ
);

CREATE INDEX messages_recipient_sent_at ON messages (recipient, sent_at DESC);

CREATE TABLE profile_views (
    id        BIGSERIAL PRIMARY KEY,
    viewer    BIGINT NOT NULL REFERENCES members (id),
    viewed    BIGINT NOT NULL REFERENCES members (id),
    viewed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE newsletter_templates (
    id    BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);
