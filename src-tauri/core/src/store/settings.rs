//! Settings as key/value JSON; their types live in the model.

pub(super) const MIGRATION_1: &str = "
CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL CHECK (json_valid(value)),
    updated_at  TEXT NOT NULL
) STRICT;
";
