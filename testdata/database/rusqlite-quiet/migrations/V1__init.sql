-- SQLite schema (refinery migration).
CREATE TABLE members (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL,
    phone        TEXT,
    plan         TEXT NOT NULL DEFAULT 'free',
    created_at   TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE subscriptions (
    member_id INTEGER PRIMARY KEY REFERENCES members (id),
    plan      TEXT NOT NULL,
    renews_at TEXT NOT NULL
);

CREATE TABLE messages (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    sender    INTEGER NOT NULL REFERENCES members (id),
    recipient INTEGER NOT NULL REFERENCES members (id),
    body      TEXT NOT NULL,
    sent_at   TEXT NOT NULL DEFAULT (datetime('now')),
    read_at   TEXT
);

CREATE TABLE profile_views (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    viewer    INTEGER NOT NULL REFERENCES members (id),
    viewed    INTEGER NOT NULL REFERENCES members (id),
    viewed_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE newsletter_templates (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    body  TEXT NOT NULL
);

CREATE TABLE crm_notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id  INTEGER NOT NULL REFERENCES members (id),
    note       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
