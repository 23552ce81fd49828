//! What reminder fired when, so that a restart never repeats one.

/// `subject` tells reminders of one kind apart (e.g. the session an appointment reminder is for);
/// `day` is the journal day it counts against ("at most one per kind per day").
pub(super) const MIGRATION_1: &str = "
CREATE TABLE reminder_log (
    id        TEXT PRIMARY KEY NOT NULL,
    kind      TEXT NOT NULL,
    subject   TEXT NOT NULL DEFAULT '',
    day       TEXT NOT NULL,
    fired_at  TEXT NOT NULL,
    outcome   TEXT
) STRICT;
CREATE INDEX reminder_log_by_kind_day ON reminder_log (kind, day);
";
