-- Cities members can pick, exported from the old admin tool (Latin-1). -- redline: expect analysis-limit (warning)
CREATE TABLE cities (
    id      BIGSERIAL PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL
);

INSERT INTO cities (name, country) VALUES
    ('Berlin', 'DE'),
    ('Zürich', 'CH'),
    ('København', 'DK'),
    ('München', 'DE');
