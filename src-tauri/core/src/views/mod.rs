//! What a screen asks for, read from the journal in one go and computed: the Insights dashboard,
//! a chart, planned sessions for the calendar. The layer above the store (reading) and the pure
//! engines (insights, charts, reminders); the store never depends on them.

pub mod calendar;
mod chart;
mod dashboard;
