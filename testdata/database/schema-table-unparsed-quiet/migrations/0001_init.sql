-- Members, with a trigger that keeps updated_at current.
CREATE TABLE members (
    id           BIGSERIAL PRIMARY KEY,
    display_name TEXT NOT NULL,
    phone        TEXT,
    plan         TEXT NOT NULL DEFAULT 'free',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER members_touch_updated_at
    BEFORE UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Maintenance statements no dialect parses; none of them shapes a table.
CLUSTER members USING members_pkey;

REINDEX TABLE CONCURRENTLY members;

ALTER SEQUENCE members_id_seq RESTART WITH 1000;

VACUUM FULL WITH FROBNICATE;
