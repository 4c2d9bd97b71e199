-- Daily totals, no viewer or viewed ids.
CREATE TABLE profile_view_stats (
    day   DATE PRIMARY KEY,
    total BIGINT NOT NULL
);
