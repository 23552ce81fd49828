//! Body areas: where pain is felt on a day, and where a massage focused.

/// The areas are a fixed list with stable ids; labels live in the UI.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE body_area (
    id          TEXT PRIMARY KEY NOT NULL,
    sort_order  INTEGER NOT NULL
) STRICT;
INSERT INTO body_area (id, sort_order) VALUES
    ('head', 1), ('jaw', 2), ('neck', 3), ('shoulders', 4), ('upper_back', 5), ('lower_back', 6),
    ('chest', 7), ('abdomen', 8), ('arms', 9), ('hands', 10), ('hips', 11), ('legs', 12),
    ('knees', 13), ('feet', 14);
CREATE TABLE check_in_pain_area (
    day           TEXT NOT NULL REFERENCES check_in (day) ON DELETE CASCADE,
    body_area_id  TEXT NOT NULL REFERENCES body_area (id),
    PRIMARY KEY (day, body_area_id)
) STRICT, WITHOUT ROWID;
";
