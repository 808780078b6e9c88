-- Reactions on posts and members blocking members.
CREATE TABLE reactions (
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind VARCHAR(16) NOT NULL,
    created_at {{TS}} NOT NULL,
    PRIMARY KEY (post_id, user_id, kind)
);

CREATE TABLE blocks (
    blocker_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at {{TS}} NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
