-- Rollups for clinician trends: counts only, no text and no people.
-- Per day, forum and series (a theme, "_posts" or "_flags"); the
-- all-forums figure is always the sum over forums.
CREATE TABLE trend_daily (
    day VARCHAR(10) NOT NULL,
    forum_id BIGINT NOT NULL,
    series VARCHAR(32) NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, forum_id, series)
);

-- Posts per hour of the week (0 = Monday 00:00 UTC), per month.
CREATE TABLE trend_hourly (
    month VARCHAR(7) NOT NULL,
    how INTEGER NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, how)
);

-- Time to first claim of crisis items, as a histogram per day.
CREATE TABLE trend_claims (
    day VARCHAR(10) NOT NULL,
    bucket INTEGER NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, bucket)
);

-- Contribution bounding: how much one person added to a series today,
-- under a keyed hash of their id. Rows older than two days are deleted.
CREATE TABLE trend_seen (
    day VARCHAR(10) NOT NULL,
    forum_id BIGINT NOT NULL,
    series VARCHAR(32) NOT NULL,
    person VARCHAR(32) NOT NULL,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, forum_id, series, person)
);

-- Noised releases are kept so asking again returns the same numbers.
CREATE TABLE trend_releases (
    k VARCHAR(128) PRIMARY KEY,
    body TEXT NOT NULL,
    created_at {{TS}} NOT NULL
);

ALTER TABLE queue_items ADD COLUMN first_claimed_at {{TS}};
