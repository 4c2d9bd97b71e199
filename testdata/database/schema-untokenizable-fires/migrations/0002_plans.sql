-- Plans members can pay for, with their prices. -- redline: expect analysis-limit (warning)
CREATE TABLE plans (
    name        TEXT PRIMARY KEY,
    price_cents INT NOT NULL
);

INSERT INTO plans (name, price_cents) VALUES
    ('free', 0),
    ('gold, 999),
    ('platinum', 1999);
