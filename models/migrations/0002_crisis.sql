-- Crisis flags, the moderation queue, lexicon additions, the audit log and
-- private safety plans.
CREATE TABLE crisis_flags (
    id {{PK}},
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    tier VARCHAR(16) NOT NULL,
    categories VARCHAR(255) NOT NULL,
    lexicon_version VARCHAR(64) NOT NULL,
    -- term, category and byte offsets of each match: never a copy of the text
    matches TEXT NOT NULL,
    created_at {{TS}} NOT NULL
);
CREATE UNIQUE INDEX crisis_flags_post_uq ON crisis_flags (post_id);
CREATE INDEX crisis_flags_tier_idx ON crisis_flags (tier, created_at);

CREATE TABLE queue_items (
    id {{PK}},
    kind VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'open',
    priority INTEGER NOT NULL,
    post_id BIGINT REFERENCES posts(id) ON DELETE SET NULL,
    forum_id BIGINT REFERENCES forums(id) ON DELETE SET NULL,
    claimed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    claim_expires_at {{TS}},
    version INTEGER NOT NULL DEFAULT 1,
    created_at {{TS}} NOT NULL,
    updated_at {{TS}} NOT NULL,
    resolved_at {{TS}}
);
CREATE INDEX queue_items_open_idx ON queue_items (status, priority DESC, created_at);
CREATE INDEX queue_items_post_idx ON queue_items (post_id);

CREATE TABLE lexicon_terms (
    id {{PK}},
    kind VARCHAR(16) NOT NULL,
    category VARCHAR(32) NOT NULL,
    tier VARCHAR(16) NOT NULL DEFAULT '',
    past BOOLEAN NOT NULL DEFAULT FALSE,
    phrase VARCHAR(200) NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at {{TS}} NOT NULL
);

-- Append-only: no code path updates or deletes rows, and triggers refuse it.
-- actor_id has no foreign key so deleting an account never rewrites history.
CREATE TABLE audit_log (
    id {{PK}},
    actor_id BIGINT,
    action VARCHAR(64) NOT NULL,
    target_type VARCHAR(32) NOT NULL,
    target_id BIGINT,
    reason TEXT NOT NULL DEFAULT '',
    before_value TEXT NOT NULL DEFAULT '',
    after_value TEXT NOT NULL DEFAULT '',
    created_at {{TS}} NOT NULL
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at);

-- +only postgres
-- +body
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
-- +body
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- +end

-- +only sqlite
-- +body
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
-- +body
END;
-- +body
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
-- +body
END;
-- +end

CREATE TABLE safety_plans (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    reasons TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    steps TEXT NOT NULL DEFAULT '',
    updated_at {{TS}} NOT NULL
);
