//! Massage sessions, done or planned, with optional before/after ratings.

/// `starts_at` is a local date-time (`YYYY-MM-DDTHH:MM`); ids are UUIDv7; deletion is a tombstone.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE massage_session (
    id             TEXT PRIMARY KEY NOT NULL,
    starts_at      TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    kind           TEXT NOT NULL CHECK (kind IN ('swedish', 'deep_tissue', 'sports', 'shiatsu',
                                                 'thai', 'reflexology', 'self_massage', 'other')),
    kind_other     TEXT,
    duration_min   INTEGER CHECK (duration_min BETWEEN 1 AND 600),
    therapist      TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    pressure       TEXT CHECK (pressure IN ('light', 'medium', 'firm')),
    cost_cents     INTEGER CHECK (cost_cents >= 0),
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    stress_before  INTEGER CHECK (stress_before BETWEEN 0 AND 10),
    stress_after   INTEGER CHECK (stress_after BETWEEN 0 AND 10),
    pain_before    INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after     INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted_at     TEXT
) STRICT;
CREATE INDEX massage_session_by_start ON massage_session (starts_at) WHERE deleted_at IS NULL;
CREATE TABLE massage_session_focus_area (
    session_id    TEXT NOT NULL REFERENCES massage_session (id) ON DELETE CASCADE,
    body_area_id  TEXT NOT NULL REFERENCES body_area (id),
    PRIMARY KEY (session_id, body_area_id)
) STRICT, WITHOUT ROWID;
";
