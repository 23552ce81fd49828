//! Sync between a person's computers: the journal as a replicated document (a Loro CRDT), how its
//! state is applied to the journal's SQLite, how an update is sealed, and the sync folder that
//! carries sealed updates between computers.
//!
//! SQLite stays the store every screen reads. A local save writes SQLite and records the same
//! change in the document ([`doc::SyncDoc::record_check_in`] and friends); updates from other
//! computers are imported into the document and its state is applied to SQLite in one
//! transaction ([`apply::apply`]). Sealed files ([`seal`]) carry those updates through a folder.
//!
//! The sync folder ([`folder`]) is one the person already keeps in step with a sync client or a
//! USB stick: each computer writes its sealed updates, whole or not at all, as
//! `<journal id>/<peer id>/<sequence>.rjsync`, and reads the other computers' files, taking
//! conflict copies as updates too. A file that does not open yet (half-written, damaged) is skipped
//! and read again later, never applied in part; a missing folder is a state to wait out.
//!
//! # The document
//!
//! - `days`: ISO day → map of fields. Each measure (`stress`, `sleep_hours` …), `created_at` and
//!   `updated_at` is a plain value; `notes` is a text; `tags` and `pain_areas` are maps
//!   name → `true`; `deleted_at` is the deletion time or null.
//! - `sessions`: session id → map of fields, by the same rules; `focus_areas` is a map
//!   area → `true`.
//! - `settings`: each stored setting's key (a field of the general settings, or `reminders` for
//!   the reminder settings as one value) → `{ value, at }` as JSON text.
//! - `computers`: peer id → `name`, `last_seen`.
//!
//! Every child map and text is a *mergeable* Loro container, named by its parent and key, so two
//! computers that write the same new day concurrently write into the same map.
//!
//! # Conflict rules
//!
//! - **Different fields of one day (or session) both survive**: a change records only the fields
//!   whose value differs from the document's.
//! - **The same field**: the value written last in Loro's order wins (Lamport time, then peer id),
//!   the same on every computer. Settings follow the same rule key by key; a setting stored for
//!   the first time at its default is not recorded (it is no choice of the person's).
//! - **Notes merge as text**: each change is recorded as the characters typed or removed, so
//!   concurrent typing in one note keeps both.
//! - **Tags, pain areas and focus areas are sets**: one computer adding a tag and another
//!   removing a different one both hold.
//! - **Deletes**: deleting writes `deleted_at`; a change to the day made after the delete was seen
//!   (an edit, a fresh check-in of that day, an undo) clears it and brings the day back. A delete
//!   and an edit made concurrently (neither computer had seen the other) leave the day deleted,
//!   with the edit's values kept inside it, so an undo brings back the edited entry.
//!
//! Values read back from the document are checked as SQLite would: a value out of range is read
//! as empty, a note longer than the limit is cut, an unknown area or a malformed tag is dropped,
//! a session whose start, status or kind cannot be read is left out. A document written by a
//! newer or faulty peer can therefore never make applying fail.

pub mod apply;
pub mod code;
pub mod doc;
pub mod engine;
pub mod folder;
pub mod join;
mod read;
pub mod seal;

#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;

#[cfg(test)]
mod convergence_tests;
#[cfg(test)]
mod folder_convergence_tests;
#[cfg(test)]
mod folder_tests;
#[cfg(test)]
mod hostile_tests;
#[cfg(test)]
mod test_support;
