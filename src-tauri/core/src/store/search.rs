//! Full-text search over notes (SQLite FTS5) combined with tag, measure and date filters.

use rusqlite::ToSql;

use super::check_in::{query_with_links, COLUMNS};
use super::Journal;
use crate::model::search::{JournalHit, JournalQuery, MATCH_END, MATCH_START, MAX_HITS};
use crate::Result;

/// An FTS5 index of notes, kept in step with `check_in` by triggers. Its rowid is the day's
/// Julian day number, so a day's row is found without scanning.
pub(super) const MIGRATION_1: &str = "
CREATE VIRTUAL TABLE check_in_fts USING fts5(
    day UNINDEXED, notes, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO check_in_fts (rowid, day, notes) SELECT CAST(julianday(day) AS INTEGER), day, notes FROM check_in;
CREATE TRIGGER check_in_fts_insert AFTER INSERT ON check_in BEGIN
    INSERT INTO check_in_fts (rowid, day, notes) VALUES (CAST(julianday(new.day) AS INTEGER), new.day, new.notes);
END;
CREATE TRIGGER check_in_fts_update AFTER UPDATE OF notes ON check_in BEGIN
    DELETE FROM check_in_fts WHERE rowid = CAST(julianday(old.day) AS INTEGER);
    INSERT INTO check_in_fts (rowid, day, notes) VALUES (CAST(julianday(new.day) AS INTEGER), new.day, new.notes);
END;
CREATE TRIGGER check_in_fts_delete AFTER DELETE ON check_in BEGIN
    DELETE FROM check_in_fts WHERE rowid = CAST(julianday(old.day) AS INTEGER);
END;
";

impl Journal {
    /// Live days matching `query`, newest first, at most [`MAX_HITS`].
    pub fn search(&self, query: &JournalQuery) -> Result<Vec<JournalHit>> {
        let filter = query.validate()?;
        let mut conditions = vec!["c.deleted_at IS NULL".to_string()];
        let mut params: Vec<Box<dyn ToSql>> = Vec::new();
        let mut from_clause = "check_in c".to_string();
        let mut snippet_column = "NULL".to_string();
        let mut newest_first = "c.day DESC";
        if let Some(expression) = filter.match_expression {
            from_clause = "check_in_fts f JOIN check_in c ON c.day = f.day".into();
            // The index's rowid is the day number, so it hands matches over newest first by
            // itself: no sort of every match, and reading (and snippets) stop at the limit.
            newest_first = "f.rowid DESC";
            params.push(Box::new(expression));
            conditions.push(format!("check_in_fts MATCH ?{}", params.len()));
            snippet_column = format!("snippet(check_in_fts, 1, '{MATCH_START}', '{MATCH_END}', '…', 16)");
        }
        if let Some(tag) = filter.tag {
            params.push(Box::new(tag));
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM check_in_tag ct JOIN tag t ON t.id = ct.tag_id
                         WHERE ct.day = c.day AND t.deleted_at IS NULL AND t.name = ?{} COLLATE NOCASE)",
                params.len()
            ));
        }
        if let Some((metric, min, max)) = filter.metric {
            params.push(Box::new(min));
            params.push(Box::new(max));
            conditions.push(format!("c.{} BETWEEN ?{} AND ?{}", metric.column(), params.len() - 1, params.len()));
        }
        if let Some(from) = filter.from {
            params.push(Box::new(from));
            conditions.push(format!("c.day >= ?{}", params.len()));
        }
        if let Some(to) = filter.to {
            params.push(Box::new(to));
            conditions.push(format!("c.day <= ?{}", params.len()));
        }
        let columns: String = COLUMNS.split(", ").map(|c| format!("c.{}", c.trim())).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT {columns}, {snippet_column} FROM {from_clause} WHERE {} ORDER BY {newest_first} LIMIT {MAX_HITS}",
            conditions.join(" AND ")
        );
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p.as_ref()).collect();
        let rows = query_with_links(self.conn(), &sql, &refs, |r| r.get::<_, Option<String>>(13))?;
        Ok(rows.into_iter().map(|(check_in, snippet)| JournalHit { check_in, snippet }).collect())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate, TimeZone, Utc};

    use super::*;
    use crate::model::metric::MetricKey;
    use crate::CheckInDraft;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap()
    }

    fn journal() -> Journal {
        let mut journal = Journal::open_in_memory().unwrap();
        let days = [
            ("2026-11-01", 8, 7, "Deadline week, shoulders tight.", vec!["work"]),
            ("2026-11-02", 4, 2, "Massage at the studio — felt calm afterwards.", vec!["massage"]),
            ("2026-11-03", 3, 6, "Walked by the river, back pain again.", vec!["walk", "work"]),
            ("2026-11-04", 2, 1, "", vec![]),
        ];
        for (day, stress, pain, notes, tags) in days {
            let draft = CheckInDraft {
                day: day.into(),
                stress: Some(stress),
                pain: Some(pain),
                notes: notes.into(),
                tags: tags.into_iter().map(String::from).collect(),
                ..Default::default()
            };
            journal.save_check_in(&draft, today(), now()).unwrap();
        }
        journal
    }

    fn days(hits: &[JournalHit]) -> Vec<String> {
        hits.iter().map(|h| h.check_in.day.to_string()).collect()
    }

    #[test]
    fn words_match_as_prefixes_with_marked_snippets() {
        let hits = journal().search(&JournalQuery { text: "mass calm".into(), ..Default::default() }).unwrap();
        assert_eq!(days(&hits), ["2026-11-02"]);
        assert_eq!(
            hits[0].snippet.as_deref(),
            Some("\u{E000}Massage\u{E001} at the studio — felt \u{E000}calm\u{E001} afterwards.")
        );
    }

    #[test]
    fn an_empty_query_lists_the_newest_days_first() {
        let hits = journal().search(&JournalQuery::default()).unwrap();
        assert_eq!(days(&hits), ["2026-11-04", "2026-11-03", "2026-11-02", "2026-11-01"]);
        assert_eq!(hits[0].snippet, None);
    }

    #[test]
    fn tag_and_measure_filters_combine() {
        let journal = journal();
        let q = JournalQuery { tag: Some("WORK".into()), ..Default::default() };
        assert_eq!(days(&journal.search(&q).unwrap()), ["2026-11-03", "2026-11-01"]);
        let q = JournalQuery { metric: Some(MetricKey::Pain), min: Some(6.0), ..Default::default() };
        assert_eq!(days(&journal.search(&q).unwrap()), ["2026-11-03", "2026-11-01"]);
        let q = JournalQuery {
            text: "back".into(),
            metric: Some(MetricKey::Pain),
            min: Some(6.0),
            tag: Some("walk".into()),
            from: Some("2026-11-02".into()),
            ..Default::default()
        };
        let hits = journal.search(&q).unwrap();
        assert_eq!(days(&hits), ["2026-11-03"]);
        assert_eq!(hits[0].check_in.tags, ["walk", "work"]);
    }

    #[test]
    fn deleted_days_are_not_found_and_edits_are_reindexed() {
        let mut journal = journal();
        journal.delete_check_in("2026-11-02", now()).unwrap();
        assert!(journal.search(&JournalQuery { text: "massage".into(), ..Default::default() }).unwrap().is_empty());
        let edit = CheckInDraft {
            day: "2026-11-04".into(),
            stress: Some(2),
            notes: "Sauna evening".into(),
            version: Some(1),
            ..Default::default()
        };
        journal.save_check_in(&edit, today(), now()).unwrap();
        let hits = journal.search(&JournalQuery { text: "sauna".into(), ..Default::default() }).unwrap();
        assert_eq!(days(&hits), ["2026-11-04"]);
    }

    #[test]
    fn hits_years_apart_keep_their_own_tags_and_pain_areas() {
        use crate::BodyArea;
        let mut journal = journal();
        for (day, tag, area) in [("2001-03-04", "garden", BodyArea::Knees), ("1990-07-08", "sea", BodyArea::Feet)] {
            let draft = CheckInDraft {
                day: day.into(),
                stress: Some(5),
                pain: Some(5),
                pain_areas: vec![area],
                tags: vec![tag.into()],
                notes: "Shoulders fine, a long day.".into(),
                ..Default::default()
            };
            journal.save_check_in(&draft, today(), now()).unwrap();
        }
        let hits = journal.search(&JournalQuery { text: "shoulders".into(), ..Default::default() }).unwrap();
        assert_eq!(days(&hits), ["2026-11-01", "2001-03-04", "1990-07-08"]);
        let links: Vec<_> = hits.iter().map(|h| (h.check_in.tags.clone(), h.check_in.pain_areas.clone())).collect();
        assert_eq!(
            links,
            [
                (vec!["work".to_string()], vec![]),
                (vec!["garden".to_string()], vec![BodyArea::Knees]),
                (vec!["sea".to_string()], vec![BodyArea::Feet])
            ]
        );
    }

    #[test]
    fn many_matches_give_the_newest_up_to_the_limit() {
        let mut journal = Journal::open_in_memory().unwrap();
        let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        for offset in 0..(MAX_HITS + 10) {
            let day = first + chrono::Days::new(u64::from(offset));
            let draft = CheckInDraft { day: day.to_string(), notes: "Sauna".into(), ..Default::default() };
            journal.save_check_in(&draft, today(), now()).unwrap();
        }
        let hits = journal.search(&JournalQuery { text: "sauna".into(), ..Default::default() }).unwrap();
        assert_eq!(hits.len(), MAX_HITS as usize);
        let newest = first + chrono::Days::new(u64::from(MAX_HITS + 9));
        assert_eq!(hits[0].check_in.day, newest);
        assert_eq!(hits.last().unwrap().check_in.day, first + chrono::Days::new(10));
        assert!(hits.windows(2).all(|w| w[0].check_in.day > w[1].check_in.day));
    }

    #[test]
    fn query_syntax_typed_by_a_person_is_just_words() {
        let journal = journal();
        for text in ["\"", "NOT", "river OR", "back*", "(walk", "col:umn"] {
            journal.search(&JournalQuery { text: text.into(), ..Default::default() }).unwrap();
        }
        let hits = journal.search(&JournalQuery { text: "river OR".into(), ..Default::default() }).unwrap();
        assert!(hits.is_empty(), "OR is a word to find, not an operator");
    }
}
