//! "I booked it" on a book-a-massage reminder: a planned session like the last done one.

use chrono::NaiveDateTime;

use crate::error::Message;
use crate::model::massage_session::parse_starts_at;
use crate::{Error, MassageKind, MassageSession, MassageSessionDraft, Result, SessionStatus};

/// A planned session at `starts_at` (local `YYYY-MM-DDTHH:MM`) like `last`, the last done one
/// (kind, length, therapist, place; a Swedish massage when there is none). A time that is not
/// later than the local `now` is refused; one that cannot be read is left to the session's own
/// validation when it is saved.
pub fn booked_session_draft(
    starts_at: String,
    last: Option<&MassageSession>,
    now: NaiveDateTime,
) -> Result<MassageSessionDraft> {
    if parse_starts_at(&starts_at).is_ok_and(|t| t <= now) {
        return Err(Error::invalid("startsAt", Message::new("error-booking-in-past")));
    }
    Ok(MassageSessionDraft {
        kind_other: last.and_then(|s| s.kind_other.clone()),
        duration_min: last.and_then(|s| s.duration_min).map(i32::from),
        therapist: last.map(|s| s.therapist.clone()).unwrap_or_default(),
        place: last.map(|s| s.place.clone()).unwrap_or_default(),
        ..MassageSessionDraft::new(starts_at, SessionStatus::Planned, last.map_or(MassageKind::Swedish, |s| s.kind))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::fixtures::at;

    #[test]
    fn without_a_last_session_it_is_a_planned_swedish_massage_and_never_in_the_past() {
        let now = at("2026-11-25T20:30");
        let draft = booked_session_draft("2026-12-01T18:00".into(), None, now).unwrap();
        assert_eq!(
            (draft.status, draft.kind, draft.therapist.as_str()),
            (SessionStatus::Planned, MassageKind::Swedish, "")
        );
        let err = booked_session_draft("2026-11-25T20:30".into(), None, now).unwrap_err();
        assert_eq!(err.field(), Some("startsAt"));
    }
}
