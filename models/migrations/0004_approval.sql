-- Per-forum approval of new members' first posts, and moderators limited
-- to some forums.
ALTER TABLE forums ADD COLUMN approval_posts INTEGER NOT NULL DEFAULT 0;

CREATE TABLE moderator_forums (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    forum_id BIGINT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, forum_id)
);

ALTER TABLE threads ADD COLUMN hidden_at {{TS}};
