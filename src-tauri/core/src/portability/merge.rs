//! Comparing and merging an incoming day or session with the journal's.

use super::batch::IncomingDay;
use crate::model::check_in::{CheckIn, CheckInValues};
use crate::model::massage_session::{MassageSession, MassageSessionValues};
use crate::model::metric::MetricKey;

/// The stored check-in as values, for comparing and merging.
pub(crate) fn values_of(c: &CheckIn) -> CheckInValues {
    CheckInValues {
        day: c.day,
        stress: c.stress,
        sleep_hours: c.sleep_hours,
        sleep_quality: c.sleep_quality,
        pain: c.pain,
        self_esteem: c.self_esteem,
        mood: c.mood,
        anxiety: c.anxiety,
        body_awareness: c.body_awareness,
        pain_areas: c.pain_areas.clone(),
        tags: c.tags.clone(),
        notes: c.notes.clone(),
    }
}

pub(crate) fn session_values_of(s: &MassageSession) -> MassageSessionValues {
    MassageSessionValues {
        starts_at: s.starts_at,
        status: s.status,
        kind: s.kind,
        kind_other: s.kind_other.clone(),
        duration_min: s.duration_min,
        therapist: s.therapist.clone(),
        place: s.place.clone(),
        pressure: s.pressure,
        focus_areas: s.focus_areas.clone(),
        cost_cents: s.cost_cents,
        notes: s.notes.clone(),
        stress_before: s.stress_before,
        stress_after: s.stress_after,
        pain_before: s.pain_before,
        pain_after: s.pain_after,
    }
}

/// The journal's day with the fields the file provides taken from the file.
pub(crate) fn merge(mine: Option<&CheckInValues>, theirs: &IncomingDay) -> CheckInValues {
    let Some(mine) = mine else { return theirs.values.clone() };
    let (mut merged, from) = (mine.clone(), &theirs.values);
    for metric in &theirs.fields.metrics {
        match metric {
            MetricKey::Stress => merged.stress = from.stress,
            MetricKey::SleepHours => merged.sleep_hours = from.sleep_hours,
            MetricKey::SleepQuality => merged.sleep_quality = from.sleep_quality,
            MetricKey::Pain => merged.pain = from.pain,
            MetricKey::SelfEsteem => merged.self_esteem = from.self_esteem,
            MetricKey::Mood => merged.mood = from.mood,
            MetricKey::Anxiety => merged.anxiety = from.anxiety,
            MetricKey::BodyAwareness => merged.body_awareness = from.body_awareness,
        }
    }
    if theirs.fields.pain_areas {
        merged.pain_areas = from.pain_areas.clone();
    }
    if theirs.fields.tags {
        merged.tags = from.tags.clone();
    }
    if theirs.fields.notes {
        merged.notes = from.notes.clone();
    }
    merged
}

/// Equal as the journal would store them: tags compare as a set ignoring case.
pub(crate) fn same_day(a: &CheckInValues, b: &CheckInValues) -> bool {
    let tags = |v: &CheckInValues| {
        let mut tags: Vec<String> = v.tags.iter().map(|t| t.to_lowercase()).collect();
        tags.sort();
        tags
    };
    let mut areas = (a.pain_areas.clone(), b.pain_areas.clone());
    areas.0.sort();
    areas.1.sort();
    CheckInValues { tags: Vec::new(), pain_areas: Vec::new(), ..a.clone() }
        == CheckInValues { tags: Vec::new(), pain_areas: Vec::new(), ..b.clone() }
        && tags(a) == tags(b)
        && areas.0 == areas.1
}
