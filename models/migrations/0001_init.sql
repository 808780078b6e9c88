-- Accounts, sessions, API tokens, forums, threads and nested posts.
CREATE TABLE users (
    id {{PK}},
    handle VARCHAR(32) NOT NULL,
    handle_lower VARCHAR(32) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role VARCHAR(16) NOT NULL DEFAULT 'peer',
    region VARCHAR(2) NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX users_handle_lower_uq ON users (handle_lower);

CREATE TABLE sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token VARCHAR(64) NOT NULL,
    created_at {{TS}} NOT NULL,
    expires_at {{TS}} NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at {{TS}} NOT NULL,
    expires_at {{TS}} NOT NULL
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE forums (
    id {{PK}},
    slug VARCHAR(64) NOT NULL,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    visibility VARCHAR(16) NOT NULL DEFAULT 'public',
    position INTEGER NOT NULL DEFAULT 0,
    created_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX forums_slug_uq ON forums (slug);

CREATE TABLE threads (
    id {{PK}},
    forum_id BIGINT NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    title VARCHAR(200) NOT NULL,
    post_count INTEGER NOT NULL DEFAULT 0,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {{TS}} NOT NULL,
    last_post_at {{TS}} NOT NULL,
    deleted_at {{TS}}
);
-- Forum pages list threads by recent activity with a keyset cursor.
CREATE INDEX threads_forum_activity_idx ON threads (forum_id, last_post_at DESC, id DESC);

CREATE TABLE posts (
    id {{PK}},
    thread_id BIGINT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    parent_id BIGINT REFERENCES posts(id) ON DELETE SET NULL,
    path VARCHAR(1024) NOT NULL DEFAULT '',
    depth INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    html TEXT NOT NULL,
    created_at {{TS}} NOT NULL,
    edited_at {{TS}},
    deleted_at {{TS}}
);
-- Thread pages read posts in tree order (materialized path) with a keyset cursor.
CREATE INDEX posts_thread_path_idx ON posts (thread_id, path);
CREATE INDEX posts_author_idx ON posts (author_id, created_at);

CREATE TABLE post_revisions (
    id {{PK}},
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    editor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at {{TS}} NOT NULL
);
CREATE INDEX post_revisions_post_idx ON post_revisions (post_id);

-- Shared key/value store for rate-limit counters, so several instances agree.
CREATE TABLE kv (
    k VARCHAR(255) PRIMARY KEY,
    v {{BLOB}} NOT NULL,
    expires_at BIGINT NOT NULL DEFAULT 0
);
