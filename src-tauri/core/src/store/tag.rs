//! Tags a person attaches to days ("work", "yoga" …), and the link to check-ins.

/// Tags are identified by a UUIDv7 so that journals on two computers can be merged later.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE tag (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX tag_live_name ON tag (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE TABLE check_in_tag (
    day     TEXT NOT NULL REFERENCES check_in (day) ON DELETE CASCADE,
    tag_id  TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (day, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX check_in_tag_by_tag ON check_in_tag (tag_id);
";
