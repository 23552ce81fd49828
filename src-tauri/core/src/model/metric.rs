//! The measures a check-in records, as one closed set (for filters, charts and summaries).

use super::text_enum::text_enum;

text_enum! {
    /// One measure of a check-in, by its camelCase field name.
    pub enum MetricKey {
        Stress = "stress",
        SleepHours = "sleepHours",
        SleepQuality = "sleepQuality",
        Pain = "pain",
        SelfEsteem = "selfEsteem",
        Mood = "mood",
        Anxiety = "anxiety",
        BodyAwareness = "bodyAwareness",
    }
}

impl MetricKey {
    /// The `check_in` column holding this measure (a fixed identifier, safe to put into SQL).
    pub fn column(self) -> &'static str {
        match self {
            MetricKey::Stress => "stress",
            MetricKey::SleepHours => "sleep_hours",
            MetricKey::SleepQuality => "sleep_quality",
            MetricKey::Pain => "pain",
            MetricKey::SelfEsteem => "self_esteem",
            MetricKey::Mood => "mood",
            MetricKey::Anxiety => "anxiety",
            MetricKey::BodyAwareness => "body_awareness",
        }
    }

    /// The largest value the measure takes (24 hours of sleep, else a 0–10 rating).
    pub fn max_value(self) -> f64 {
        if self == MetricKey::SleepHours {
            24.0
        } else {
            10.0
        }
    }
}
