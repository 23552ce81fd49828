//! Convergence: replicas, each its own journal, apply random operations through the store, record
//! them in their documents, and exchange updates in random order, with duplicates and losses that
//! a final exchange repairs. Every journal ends with the same check-ins and sessions.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};
use loro::VersionVector;
use proptest::prelude::*;

use super::apply::apply;
use super::doc::SyncDoc;
use super::fixtures::dump;
use crate::model::check_in::CheckInDraft;
use crate::model::massage_session::{MassageSession, MassageSessionDraft};
use crate::store::transfer::live_sessions;
use crate::{BodyArea, Journal, MassageKind, SessionStatus};

const REPLICAS: usize = 3;
const WORDS: [&str; 4] = ["calm", "tired", "walk", "rain"];
const TAGS: [&str; 4] = ["work", "yoga", "friends", "travel"];
const AREAS: [BodyArea; 3] = [BodyArea::Neck, BodyArea::LowerBack, BodyArea::Feet];
const KINDS: [MassageKind; 3] = [MassageKind::Swedish, MassageKind::Thai, MassageKind::Sports];

#[derive(Debug, Clone)]
enum Op {
    CheckIn { r: usize, day: u32, stress: Option<i32>, quarters: Option<u8>, mood: Option<i32> },
    Field { r: usize, day: u32, field: u8, value: Option<i32> },
    Note { r: usize, day: u32, word: usize, at_end: bool },
    Tag { r: usize, day: u32, tag: usize, add: bool },
    Area { r: usize, day: u32, area: usize, add: bool },
    Delete { r: usize, day: u32 },
    Session { r: usize, pick: Option<usize>, kind: usize, stress_after: Option<i32>, word: usize },
    DeleteSession { r: usize, pick: usize },
    Export { r: usize, since: usize },
    Deliver { to: usize, blob: usize },
}

fn op() -> impl Strategy<Value = Op> {
    let r = 0..REPLICAS;
    let day = 20..24_u32;
    let rating = proptest::option::of(0..=10_i32);
    prop_oneof![
        (r.clone(), day.clone(), rating.clone(), proptest::option::of(0..=48_u8), rating.clone())
            .prop_map(|(r, day, stress, quarters, mood)| Op::CheckIn { r, day, stress, quarters, mood }),
        (r.clone(), day.clone(), 0..3_u8, rating.clone()).prop_map(|(r, day, field, value)| Op::Field {
            r,
            day,
            field,
            value
        }),
        (r.clone(), day.clone(), 0..WORDS.len(), any::<bool>()).prop_map(|(r, day, word, at_end)| Op::Note {
            r,
            day,
            word,
            at_end
        }),
        (r.clone(), day.clone(), 0..TAGS.len(), any::<bool>()).prop_map(|(r, day, tag, add)| Op::Tag {
            r,
            day,
            tag,
            add
        }),
        (r.clone(), day.clone(), 0..AREAS.len(), any::<bool>()).prop_map(|(r, day, area, add)| Op::Area {
            r,
            day,
            area,
            add
        }),
        (r.clone(), day).prop_map(|(r, day)| Op::Delete { r, day }),
        (r.clone(), proptest::option::of(0..4_usize), 0..KINDS.len(), rating, 0..WORDS.len())
            .prop_map(|(r, pick, kind, stress_after, word)| Op::Session { r, pick, kind, stress_after, word }),
        (r.clone(), 0..4_usize).prop_map(|(r, pick)| Op::DeleteSession { r, pick }),
        (r.clone(), 0..8_usize).prop_map(|(r, since)| Op::Export { r, since }),
        (r.clone(), 0..64_usize).prop_map(|(to, blob)| Op::Deliver { to, blob }),
        (r, 0..64_usize).prop_map(|(to, blob)| Op::Deliver { to, blob }),
    ]
}

struct Replica {
    journal: Journal,
    doc: SyncDoc,
    /// The versions this replica exported at, oldest first.
    exported: Vec<VersionVector>,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn local_now() -> NaiveDateTime {
    today().and_hms_opt(20, 0, 0).unwrap()
}

fn stamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn iso(day: u32) -> String {
    format!("2026-11-{day:02}")
}

/// The live check-in of `day` as a draft to edit, if there is one.
fn current(journal: &Journal, day: u32) -> Option<CheckInDraft> {
    let c = journal.check_in(&iso(day)).unwrap()?;
    Some(CheckInDraft {
        day: iso(day),
        stress: c.stress.map(i32::from),
        sleep_hours: c.sleep_hours,
        sleep_quality: c.sleep_quality.map(i32::from),
        pain: c.pain.map(i32::from),
        self_esteem: c.self_esteem.map(i32::from),
        mood: c.mood.map(i32::from),
        anxiety: c.anxiety.map(i32::from),
        body_awareness: c.body_awareness.map(i32::from),
        pain_areas: c.pain_areas,
        tags: c.tags,
        notes: c.notes,
        version: Some(c.version),
    })
}

fn session_draft(s: &MassageSession) -> MassageSessionDraft {
    MassageSessionDraft {
        id: Some(s.id.clone()),
        starts_at: s.starts_at.format("%Y-%m-%dT%H:%M").to_string(),
        status: s.status,
        kind: s.kind,
        kind_other: s.kind_other.clone(),
        duration_min: s.duration_min.map(i32::from),
        therapist: s.therapist.clone(),
        place: s.place.clone(),
        pressure: s.pressure,
        focus_areas: s.focus_areas.clone(),
        cost_cents: s.cost_cents,
        notes: s.notes.clone(),
        stress_before: s.stress_before.map(i32::from),
        stress_after: s.stress_after.map(i32::from),
        pain_before: s.pain_before.map(i32::from),
        pain_after: s.pain_after.map(i32::from),
        version: Some(s.version),
    }
}

impl Replica {
    fn new(peer: u64) -> Self {
        Replica {
            journal: Journal::open_in_memory().unwrap(),
            doc: SyncDoc::new(peer).unwrap(),
            exported: vec![VersionVector::default()],
        }
    }

    /// Saves `draft` as the app would and records what was saved; a draft the journal refuses
    /// (nothing left in it) changes nothing.
    fn save(&mut self, draft: CheckInDraft, now: DateTime<Utc>) {
        if let Ok(saved) = self.journal.save_check_in(&draft, today(), now) {
            self.doc.record_check_in(&saved).unwrap();
        }
    }

    fn edit(&mut self, day: u32, now: DateTime<Utc>, change: impl FnOnce(&mut CheckInDraft)) {
        if let Some(mut draft) = current(&self.journal, day) {
            change(&mut draft);
            self.save(draft, now);
        }
    }

    fn session(&self, pick: usize) -> Option<MassageSession> {
        let sessions = live_sessions(self.journal.conn()).unwrap();
        (!sessions.is_empty()).then(|| sessions[pick % sessions.len()].clone())
    }

    fn import(&mut self, blob: &[u8]) {
        self.doc.import(blob).unwrap();
        apply(&mut self.journal, &self.doc.state()).unwrap();
    }
}

fn run(replicas: &mut [Replica], pool: &mut Vec<Vec<u8>>, op: Op, now: DateTime<Utc>) {
    match op {
        Op::CheckIn { r, day, stress, quarters, mood } => {
            let version = current(&replicas[r].journal, day).and_then(|d| d.version);
            let sleep_hours = quarters.map(|q| f64::from(q) / 4.0);
            let draft = CheckInDraft { day: iso(day), stress, sleep_hours, mood, version, ..Default::default() };
            replicas[r].save(draft, now);
        }
        Op::Field { r, day, field, value } => replicas[r].edit(day, now, |d| match field {
            0 => d.stress = value,
            1 => d.mood = value,
            _ => d.sleep_hours = value.map(|v| f64::from(v) * 2.0),
        }),
        Op::Note { r, day, word, at_end } => replicas[r].edit(day, now, |d| {
            d.notes =
                if at_end { format!("{} {}", d.notes, WORDS[word]) } else { format!("{} {}", WORDS[word], d.notes) }
        }),
        Op::Tag { r, day, tag, add } => replicas[r].edit(day, now, |d| {
            d.tags.retain(|t| t != TAGS[tag]);
            if add {
                d.tags.push(TAGS[tag].into());
            }
        }),
        Op::Area { r, day, area, add } => replicas[r].edit(day, now, |d| {
            d.pain_areas.retain(|a| *a != AREAS[area]);
            if add {
                d.pain_areas.push(AREAS[area]);
            }
        }),
        Op::Delete { r, day } => {
            let replica = &mut replicas[r];
            if replica.journal.delete_check_in(&iso(day), now).is_ok() {
                let day = NaiveDate::parse_from_str(&iso(day), "%Y-%m-%d").unwrap();
                replica.doc.record_check_in_deleted(day, &stamp(now)).unwrap();
            }
        }
        Op::Session { r, pick, kind, stress_after, word } => {
            let replica = &mut replicas[r];
            let draft = match pick.and_then(|p| replica.session(p)) {
                Some(s) => MassageSessionDraft {
                    stress_after,
                    notes: format!("{} {}", s.notes, WORDS[word]),
                    ..session_draft(&s)
                },
                None => MassageSessionDraft {
                    stress_after,
                    notes: WORDS[word].into(),
                    ..MassageSessionDraft::new(
                        "2026-11-2".to_string() + &word.to_string() + "T18:00",
                        SessionStatus::Done,
                        KINDS[kind],
                    )
                },
            };
            let saved = replica.journal.save_session(&draft, &Utc, local_now(), now).unwrap();
            replica.doc.record_session(&saved).unwrap();
        }
        Op::DeleteSession { r, pick } => {
            let replica = &mut replicas[r];
            if let Some(s) = replica.session(pick) {
                replica.journal.delete_session(&s.id, now).unwrap();
                replica.doc.record_session_deleted(&s.id, &stamp(now)).unwrap();
            }
        }
        Op::Export { r, since } => {
            let replica = &mut replicas[r];
            let from = replica.exported[since % replica.exported.len()].clone();
            pool.push(replica.doc.export_since(&from).unwrap());
            replica.exported.push(replica.doc.version());
        }
        Op::Deliver { to, blob } => {
            if !pool.is_empty() {
                let blob = pool[blob % pool.len()].clone();
                replicas[to].import(&blob);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn replicas_exchanging_updates_in_any_order_end_with_the_same_journal(
        ops in proptest::collection::vec(op(), 1..60)
    ) {
        let mut replicas: Vec<Replica> = (0..REPLICAS as u64).map(|p| Replica::new(p + 1)).collect();
        let mut pool = Vec::new();
        let start = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
        for (i, op) in ops.into_iter().enumerate() {
            run(&mut replicas, &mut pool, op, start + Duration::minutes(i as i64));
        }
        // Repair what was lost: every replica sends everything to every other, in turn.
        let everything: Vec<Vec<u8>> =
            replicas.iter().map(|r| r.doc.export_since(&VersionVector::default()).unwrap()).collect();
        for replica in &mut replicas {
            for blob in &everything {
                replica.import(blob);
            }
            // Applying again finds nothing to do.
            let again = apply(&mut replica.journal, &replica.doc.state()).unwrap();
            prop_assert_eq!(again, super::apply::Applied::default());
        }
        let first = dump(&replicas[0].journal);
        for replica in &replicas[1..] {
            prop_assert_eq!(replica.doc.loro().get_deep_value(), replicas[0].doc.loro().get_deep_value());
            prop_assert_eq!(&dump(&replica.journal), &first);
        }
    }
}
