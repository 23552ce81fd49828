use proptest::prelude::*;

use super::*;
use crate::error::MessageArg;
use crate::insights::data_needed::DataTopic;
use crate::insights::findings::FindingKind;
use crate::insights::fixtures::{blank, day, demo, session_at};
use crate::insights::probe::numbers;
use crate::model::massage_session::SessionStatus;
use crate::model::metric::MetricKey;

fn today() -> NaiveDate {
    day("2026-11-25")
}

fn last_year() -> (NaiveDate, NaiveDate) {
    (day("2025-11-26"), today())
}

#[test]
fn the_demo_journal_tells_a_clear_story() {
    let (check_ins, sessions) = demo(today(), 730);
    let d = dashboard(&check_ins, &sessions, today(), last_year());
    assert!(d.today_index.index.is_some());
    assert_eq!((d.week.days, d.month.days, d.summary.days), (7, 30, 365));
    for metric in [MetricKey::Stress, MetricKey::Pain] {
        let effect = d.massage.effects.iter().find(|e| e.metric == metric).unwrap();
        let c = effect.comparison.expect("enough data");
        assert!(c.difference < 0.0 && c.ci.unwrap().excludes_zero(), "{metric}: {c:?}");
        // The finding states exactly the core's numbers.
        let finding = d
            .findings
            .iter()
            .find(|f| f.kind == FindingKind::MassageEffect && f.metric == Some(metric))
            .expect("a massage finding");
        assert_eq!((finding.estimate, finding.ci, finding.n), (c.difference, c.ci, effect.sessions));
        assert_eq!(finding.text.id, "findings-massage-effect");
        assert_eq!(finding.text.args["sessions"], MessageArg::from(effect.sessions), "{}", finding.text);
    }
    assert!(!d.findings.is_empty() && d.findings.len() <= 8);
    assert!(d.findings.windows(2).all(|w| w[0].clear || !w[1].clear), "clear findings first");
    assert!(d.bounce_back.spikes > 0 && d.bounce_back.baseline_today.is_some());
    assert!(!d.tag_effects.is_empty() && d.sleep_stress.enough_data);
    assert!(d.data_needed.is_empty(), "{:?}", d.data_needed);
    assert_eq!(d.caveat.id, crate::insights::CAVEAT);
}

#[test]
fn with_no_data_every_part_says_what_it_waits_for() {
    let d = dashboard(&[], &[], today(), last_year());
    assert!(d.findings.is_empty() && d.care_notes.is_empty() && d.latest_index.is_none());
    let topics: Vec<DataTopic> = d.data_needed.iter().map(|n| n.topic).collect();
    use DataTopic::*;
    assert_eq!(
        topics,
        [
            TodayIndex,
            WeekChange,
            MonthChange,
            IndexTrend,
            BounceBack,
            MassageEffect,
            ImmediateEffect,
            TagEffects,
            SleepStress
        ]
    );
    let massage = d.data_needed.iter().find(|n| n.topic == MassageEffect).unwrap();
    assert_eq!(massage.more, Some(3));
    assert_eq!(massage.text.to_string(), "findings-need-massage-effect afterDays=6 baselineDays=10 sessions=3");
    let week = d.data_needed.iter().find(|n| n.topic == WeekChange).unwrap();
    assert_eq!(week.text.to_string(), "findings-need-change-after-first days=7");
    let immediate = d.data_needed.iter().find(|n| n.topic == ImmediateEffect).unwrap();
    assert_eq!(immediate.text.to_string(), "findings-need-immediate-effect more=3");
    let tags = d.data_needed.iter().find(|n| n.topic == TagEffects).unwrap();
    assert_eq!(tags.text.to_string(), "findings-need-tags");
}

#[test]
fn one_day_of_data() {
    let today_only = [CheckIn { stress: Some(3), pain: Some(2), ..blank("2026-11-25") }];
    let d = dashboard(&today_only, &[], today(), last_year());
    // calm 70, comfort 80 → 75.
    assert_eq!(d.today_index.index, Some(75.0));
    assert_eq!(d.latest_index.map(|b| b.day), Some(today()));
    let week = d.data_needed.iter().find(|n| n.topic == DataTopic::WeekChange).unwrap();
    assert_eq!(week.more, Some(7));
    assert_eq!(week.text.to_string(), "findings-need-change-in days=7 more=7");
    let trend = d.data_needed.iter().find(|n| n.topic == DataTopic::IndexTrend).unwrap();
    assert_eq!(trend.more, Some(13));
    // Yesterday's index stands in while today has none.
    let yesterday = [CheckIn { day: day("2026-11-24"), ..today_only[0].clone() }];
    let d = dashboard(&yesterday, &[], today(), last_year());
    assert_eq!((d.today_index.index, d.latest_index.map(|b| b.day)), (None, Some(day("2026-11-24"))));
}

#[test]
fn the_data_window_holds_everything_the_dashboard_reads() {
    let (check_ins, sessions) = demo(today(), 1500);
    let range = (day("2025-03-01"), day("2025-08-31"));
    let window = data_window(today(), DayRange::from(range));
    // The whole history up to today: bounce-back follows every episode from the first check-in.
    assert_eq!(window, DayRange::new(crate::model::day::EARLIEST_DAY, today()));
    let read: Vec<CheckIn> = check_ins.iter().filter(|c| window.contains(c.day)).cloned().collect();
    assert_eq!(read.len(), check_ins.len(), "the demo has nothing after today");
    assert_eq!(dashboard(&read, &sessions, today(), range), dashboard(&check_ins, &sessions, today(), range));
}

#[test]
fn it_serialises_in_camel_case() {
    let (check_ins, sessions) = demo(today(), 120);
    let json = serde_json::to_value(dashboard(&check_ins, &sessions, today(), last_year())).unwrap();
    for key in [
        "indexVersion",
        "todayIndex",
        "latestIndex",
        "bounceBack",
        "tagEffects",
        "sleepStress",
        "careNotes",
        "dataNeeded",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
    assert!(json["todayIndex"].get("selfWorth").is_some());
    assert!(json["massage"]["effects"][0].get("moreAfterDaysNeeded").is_some());
    assert_eq!(json["week"]["metrics"][0]["metric"], "stress");
}

#[test]
fn a_session_in_the_night_of_a_clock_change_belongs_to_the_evening_before() {
    // Clocks in much of Europe went forward at 02:00 on 2026-03-29; local times stay wall-clock
    // times and journal days are calendar days, so the night is an ordinary day boundary.
    let night = [session_at("2026-03-29", 0, 30, SessionStatus::Done)];
    let range = (day("2026-03-01"), day("2026-03-31"));
    let d = dashboard(&[], &night, day("2026-03-31"), range);
    assert_eq!(d.massage.cadence.last_session_day, Some(day("2026-03-28")));
    let midnight = NaiveTime::MIN;
    let d = dashboard_with_day_boundary(&[], &night, day("2026-03-31"), range, midnight);
    assert_eq!(d.massage.cadence.last_session_day, Some(day("2026-03-29")));
    assert_eq!(d.summary.days, 31);
}

#[test]
fn a_century_wide_or_an_empty_range_costs_only_the_data() {
    let days = [CheckIn { stress: Some(3), pain: Some(2), ..blank("2026-11-20") }];
    let century = dashboard(&days, &[], today(), (day("1900-01-01"), today()));
    assert_eq!((century.summary.days, century.summary.days_logged), (46_350, 1));
    let empty = dashboard(&days, &[], today(), (today(), day("2026-11-01")));
    assert_eq!((empty.summary.days, empty.summary.days_logged, empty.massage.sessions), (0, 0, 0));
    assert!(numbers(&empty).iter().all(|x| x.is_finite()));
}

fn any_check_in() -> impl Strategy<Value = CheckIn> {
    let rating = || proptest::option::of(0u8..=10);
    let tags = proptest::collection::vec(prop_oneof![Just("work"), Just("Work"), Just("yoga"), Just("rain")], 0..3);
    (
        0u64..200,
        (rating(), rating(), rating(), rating()),
        (rating(), rating(), rating()),
        proptest::option::of(0u8..=96),
        tags,
    )
        .prop_map(|(offset, (stress, quality, pain, esteem), (mood, anxiety, body), quarters, tags)| CheckIn {
            stress,
            sleep_quality: quality,
            pain,
            self_esteem: esteem,
            mood,
            anxiety,
            body_awareness: body,
            sleep_hours: quarters.map(|q| f64::from(q) / 4.0),
            tags: tags.into_iter().map(String::from).collect(),
            ..blank(&(day("2026-05-01") + chrono::Days::new(offset)).to_string())
        })
}

fn any_session() -> impl Strategy<Value = MassageSession> {
    let rating = || proptest::option::of(0u8..=10);
    let status = prop_oneof![Just(SessionStatus::Done), Just(SessionStatus::Planned), Just(SessionStatus::Cancelled)];
    (0u64..210, 0u32..24, status, (rating(), rating(), rating(), rating())).prop_map(|(offset, hour, status, r)| {
        MassageSession {
            stress_before: r.0,
            stress_after: r.1,
            pain_before: r.2,
            pain_after: r.3,
            ..session_at(&(day("2026-05-01") + chrono::Days::new(offset)).to_string(), hour, 0, status)
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_nan_or_infinity_ever_reaches_json(
        check_ins in proptest::collection::vec(any_check_in(), 0..150),
        sessions in proptest::collection::vec(any_session(), 0..25),
        start in 0u64..200,
        length in 0u64..200,
    ) {
        let today = day("2026-11-17");
        let from = day("2026-05-01") + chrono::Days::new(start);
        let d = dashboard(&check_ins, &sessions, today, (from, from + chrono::Days::new(length)));
        for x in numbers(&d) {
            prop_assert!(x.is_finite(), "{x}");
        }
        // What the screen receives parses back to the same dashboard: every number that went out
        // comes back (a NaN would arrive as `null`), within the parser's last-digit rounding.
        let json = serde_json::to_string(&d).unwrap();
        let back: Dashboard = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
        let (sent, received) = (numbers(&d), numbers(&back));
        prop_assert_eq!(sent.len(), received.len());
        for (x, y) in sent.iter().zip(&received) {
            prop_assert!((x - y).abs() <= 1e-12 * x.abs().max(1.0), "{x} came back as {y}");
        }
        prop_assert_eq!((back.today, back.range, back.index_version), (d.today, d.range, d.index_version));
        prop_assert_eq!(&back.bounce_back.episodes.len(), &d.bounce_back.episodes.len());
        prop_assert_eq!(
            back.findings.iter().map(|f| &f.text).collect::<Vec<_>>(),
            d.findings.iter().map(|f| &f.text).collect::<Vec<_>>()
        );
        for b in [Some(d.today_index), d.latest_index].into_iter().flatten() {
            prop_assert!(b.index.is_none_or(|i| (0.0..=100.0).contains(&i)));
        }
    }
}

#[test]
fn every_part_exports_to_typescript() {
    use ts_rs::{Config, TS};
    let dir = tempfile::tempdir().unwrap();
    Dashboard::export_all(&Config::new().with_out_dir(dir.path())).unwrap();
    let dashboard = std::fs::read_to_string(dir.path().join("Dashboard.ts")).unwrap();
    assert!(dashboard.contains("todayIndex: IndexBreakdown"), "{dashboard}");
    for file in ["Finding.ts", "MetricEffect.ts", "Episode.ts", "DataNeed.ts", "Interval.ts", "Comparison.ts"] {
        assert!(dir.path().join(file).exists(), "{file}");
    }
    if let Some(out) = std::env::var_os("INSIGHTS_TS_OUT") {
        Dashboard::export_all(&Config::new().with_out_dir(out)).unwrap();
    }
}
