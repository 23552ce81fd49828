//! What sync's tests and benches compare: every entry row of a journal. Compiled for the core's
//! own tests and with its `fixtures` feature, never in the app.

use crate::Journal;

/// Every check-in and session row with its tags, pain areas and focus areas, versions aside
/// (each journal counts its own).
pub fn dump(journal: &Journal) -> Vec<String> {
    let queries = [
        "SELECT c.day, stress, sleep_hours, sleep_quality, pain, self_esteem, mood, anxiety, body_awareness,
                notes, created_at, updated_at, deleted_at,
                (SELECT group_concat(name, ',') FROM (SELECT t.name FROM check_in_tag ct JOIN tag t
                    ON t.id = ct.tag_id WHERE ct.day = c.day ORDER BY t.name)),
                (SELECT group_concat(body_area_id, ',') FROM (SELECT body_area_id FROM check_in_pain_area p
                    WHERE p.day = c.day ORDER BY body_area_id))
         FROM check_in c ORDER BY c.day",
        "SELECT s.id, starts_at, status, kind, kind_other, duration_min, therapist, place, pressure, cost_cents,
                notes, stress_before, stress_after, pain_before, pain_after, created_at, updated_at, deleted_at,
                (SELECT group_concat(body_area_id, ',') FROM (SELECT body_area_id FROM massage_session_focus_area f
                    WHERE f.session_id = s.id ORDER BY body_area_id))
         FROM massage_session s ORDER BY s.id",
    ];
    let mut rows = Vec::new();
    for sql in queries {
        let mut stmt = journal.conn().prepare(sql).unwrap();
        let columns = stmt.column_count();
        let mut found = stmt.query([]).unwrap();
        while let Some(row) = found.next().unwrap() {
            let cells: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            rows.push(cells.join("|"));
        }
    }
    rows
}
