-- Peer reports, moderator actions on people and posts, private notes and
-- notifications.
CREATE TABLE reports (
    id {{PK}},
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    queue_item_id BIGINT REFERENCES queue_items(id) ON DELETE SET NULL,
    reporter_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reason VARCHAR(32) NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    -- the post as it was when reported
    snapshot TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    created_at {{TS}} NOT NULL
);
CREATE INDEX reports_item_idx ON reports (queue_item_id);
CREATE INDEX reports_reporter_idx ON reports (reporter_id, created_at);
CREATE UNIQUE INDEX reports_once_per_item_uq ON reports (queue_item_id, reporter_id);

ALTER TABLE users ADD COLUMN silenced_until {{TS}};
ALTER TABLE users ADD COLUMN suspended_until {{TS}};
ALTER TABLE posts ADD COLUMN hidden_at {{TS}};
ALTER TABLE queue_items ADD COLUMN outcome VARCHAR(32) NOT NULL DEFAULT '';

CREATE TABLE mod_notes (
    id {{PK}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at {{TS}} NOT NULL
);
CREATE INDEX mod_notes_user_idx ON mod_notes (user_id, created_at);

CREATE TABLE notifications (
    id {{PK}},
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind VARCHAR(32) NOT NULL,
    body TEXT NOT NULL,
    created_at {{TS}} NOT NULL,
    read_at {{TS}}
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);
