//! Shared by sync's tests: computers whose journals sync through a folder, and a dump of every
//! entry a journal holds to compare journals by.

use std::path::Path;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::doc::SyncDoc;
use super::engine::{Engine, PassReport};
pub use super::fixtures::dump;
use super::join;
use super::seal::{SyncKey, KEY_LEN};
use crate::model::check_in::CheckInDraft;
use crate::model::massage_session::{MassageSession, MassageSessionDraft};
use crate::store::sync_state::SyncRow;
use crate::Journal;

pub const JOURNAL_ID: &str = "j0123456789abcdef";

pub fn key() -> SyncKey {
    SyncKey::from_bytes([7; KEY_LEN])
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 15, 0).unwrap()
}

pub fn local_now() -> NaiveDateTime {
    today().and_hms_opt(20, 0, 0).unwrap()
}

/// The sync settings of computer `peer_id`, named `name`, syncing through `folder`.
pub fn row(folder: &Path, peer_id: u64, name: &str) -> SyncRow {
    SyncRow::new(JOURNAL_ID.into(), peer_id, folder.display().to_string(), name.into(), None)
}

/// A computer: its journal and its sync.
pub struct Computer {
    pub journal: Journal,
    pub engine: Engine,
}

impl Computer {
    /// Turns sync on for `journal` as the first computer, writing into `folder`.
    pub fn first(mut journal: Journal, folder: &Path, peer_id: u64, name: &str) -> Computer {
        let doc = SyncDoc::new(peer_id).unwrap();
        let engine = Engine::start(&mut journal, row(folder, peer_id, name), doc, false).unwrap();
        Computer { journal, engine }
    }

    /// Joins the journal found in `folder` with `journal`, merging both.
    pub fn join(mut journal: Journal, folder: &Path, peer_id: u64, name: &str) -> Computer {
        let found = join::find(folder, &key(), peer_id).unwrap();
        let row = SyncRow { journal_id: found.journal_id, ..row(folder, peer_id, name) };
        let engine = Engine::start(&mut journal, row, found.doc, true).unwrap();
        Computer { journal, engine }
    }

    pub fn pass_at(&mut self, now: DateTime<Utc>) -> PassReport {
        self.engine.pass(&mut self.journal, &key(), now).unwrap()
    }

    pub fn pass(&mut self) -> PassReport {
        self.pass_at(now())
    }
}

/// Two computers on journals in memory, one sync folder: the desk (peer 1) turns sync on with a
/// check-in of the 20th, the laptop (peer 2) joins with one of the 21st; both have both.
pub fn two_computers(folder: &Path) -> (Computer, Computer) {
    let mut journal = Journal::open_in_memory().unwrap();
    let first = CheckInDraft { day: "2026-11-20".into(), stress: Some(3), notes: "Walk.".into(), ..Default::default() };
    journal.save_check_in(&first, today(), now()).unwrap();
    let mut desk = Computer::first(journal, folder, 1, "Desk");
    desk.pass();

    let mut journal = Journal::open_in_memory().unwrap();
    let second = CheckInDraft { day: "2026-11-21".into(), stress: Some(6), ..Default::default() };
    journal.save_check_in(&second, today(), now()).unwrap();
    let mut laptop = Computer::join(journal, folder, 2, "Laptop");
    laptop.pass();
    desk.pass();
    (desk, laptop)
}

/// The live check-in of the ISO day `day` as a draft to edit, if there is one.
pub fn current(journal: &Journal, day: &str) -> Option<CheckInDraft> {
    let c = journal.check_in(day).unwrap()?;
    Some(CheckInDraft {
        day: day.into(),
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

/// A saved session as a draft to edit.
pub fn session_draft(s: &MassageSession) -> MassageSessionDraft {
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
