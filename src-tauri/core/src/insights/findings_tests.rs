use super::*;
use crate::error::MessageArg;
use crate::insights::bounce_back::bounce_back;
use crate::insights::fixtures::{blank, day};
use crate::insights::massage_effect::massage_report;
use crate::insights::relations::{sleep_stress, MetricComparison};
use crate::insights::summary::{summarize, IndexTrend};
use crate::model::day::DEFAULT_DAY_BOUNDARY;

fn range() -> DayRange {
    DayRange::new(day("2026-01-01"), day("2026-03-31"))
}

/// Empty inputs, to be filled by each test.
struct Inputs {
    summary: PeriodSummary,
    bounce_back: BounceBack,
    massage: MassageReport,
    tags: Vec<TagEffect>,
    sleep_stress: SleepStress,
}

impl Inputs {
    fn new() -> Self {
        let today = day("2026-03-31");
        Inputs {
            summary: summarize(&[], range()),
            bounce_back: bounce_back(&[], today, range()),
            massage: massage_report(&[], &[], today, range(), DEFAULT_DAY_BOUNDARY),
            tags: Vec::new(),
            sleep_stress: sleep_stress(&[], range()),
        }
    }

    fn findings(&self) -> Vec<Finding> {
        findings(&FindingInputs {
            summary: &self.summary,
            bounce_back: &self.bounce_back,
            massage: &self.massage,
            tags: &self.tags,
            sleep_stress: &self.sleep_stress,
        })
    }

    fn massage(&mut self, metric: MetricKey, sessions: u32, difference: f64, ci: Option<(f64, f64)>) {
        let effect = self.massage.effects.iter_mut().find(|e| e.metric == metric).unwrap();
        effect.sessions = sessions;
        effect.enough_data = true;
        effect.comparison = Some(comparison(difference, ci));
    }
}

fn comparison(difference: f64, ci: Option<(f64, f64)>) -> Comparison {
    Comparison {
        difference,
        group_mean: 3.0 + difference,
        group_days: 25,
        other_mean: 3.0,
        other_days: 300,
        ci: ci.and_then(|(low, high)| Interval::new(low, high)),
        degrees_of_freedom: ci.map(|_| 30.0),
    }
}

/// Each finding's message: its id and variables, as `Message`'s `Display` lists them.
fn texts(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| f.text.to_string()).collect()
}

#[test]
fn a_massage_effect_in_the_words_of_the_issue() {
    let mut inputs = Inputs::new();
    inputs.massage(MetricKey::Pain, 14, -2.1, Some((-3.0, -1.2)));
    let found = inputs.findings();
    // "Pain was 2.1 points lower on the two days after a massage (14 sessions; 95% CI 1.2 to 3.0)."
    assert_eq!(
        texts(&found),
        [r#"findings-massage-effect ci="below" direction="less" high=3 low=1.2 measure="pain" sessions=14 size=2.1"#]
    );
    // The UI receives it as `{ id, args }`, numbers as numbers (ui/src/lib/findingsText.test.ts).
    assert_eq!(
        serde_json::to_value(&found[0].text).unwrap(),
        serde_json::json!({
            "id": "findings-massage-effect",
            "args": { "ci": "below", "direction": "less", "high": 3.0, "low": 1.2, "measure": "pain", "sessions": 14.0, "size": 2.1 }
        })
    );
    let f = &found[0];
    assert_eq!(
        (f.kind, f.metric, f.estimate, f.n, f.n_other, f.clear),
        (FindingKind::MassageEffect, Some(MetricKey::Pain), -2.1, 14, Some(300), true)
    );
}

#[test]
fn an_unclear_effect_says_so_and_a_flat_one_has_no_interval() {
    let mut inputs = Inputs::new();
    inputs.massage(MetricKey::Stress, 9, -0.3, Some((-0.9, 0.3)));
    inputs.massage(MetricKey::SleepHours, 9, 0.5, None);
    inputs.massage(MetricKey::Mood, 9, 0.02, Some((-0.4, 0.44)));
    assert_eq!(
        texts(&inputs.findings()),
        [
            // "Sleep was 0.5 hours longer … (9 sessions; no interval: the values did not vary)."
            r#"findings-massage-effect ci="none" direction="more" measure="sleepHours" sessions=9 size=0.5"#,
            // "Stress was 0.3 points lower …, but that is within what chance alone could give (9 sessions;
            // 95% CI 0.9 lower to 0.3 higher)."
            r#"findings-massage-effect ci="across" direction="less" high=0.3 low=0.9 measure="stress" sessions=9 size=0.3"#,
            // "Mood was about the same … as on other days, but that is within what chance alone could give
            // (9 sessions; 95% CI 0.4 lower to 0.4 higher)."
            r#"findings-massage-effect ci="across" direction="same" high=0.4 low=0.4 measure="mood" sessions=9 size=0"#,
        ]
    );
}

#[test]
fn clear_findings_come_first_strongest_first() {
    let mut inputs = Inputs::new();
    inputs.massage(MetricKey::Stress, 12, -0.5, Some((-1.5, 0.5))); // unclear
    inputs.massage(MetricKey::Pain, 12, -1.0, Some((-1.9, -0.1))); // clear, |d|/width = 1/1.8 = 0.56
    inputs.massage(MetricKey::Mood, 12, 0.8, Some((0.6, 1.0))); // clear, 0.8/0.4 = 2
    inputs.bounce_back.median_recovery_days = Some(3.0);
    inputs.bounce_back.recovered = 4;
    inputs.bounce_back.spikes = 5;
    inputs.bounce_back.unresolved = 1;
    let found = inputs.findings();
    let kinds: Vec<_> = found.iter().map(|f| (f.kind, f.metric)).collect();
    assert_eq!(
        kinds,
        [
            (FindingKind::MassageEffect, Some(MetricKey::Mood)),
            (FindingKind::MassageEffect, Some(MetricKey::Pain)),
            (FindingKind::BounceBack, Some(MetricKey::Stress)),
            (FindingKind::MassageEffect, Some(MetricKey::Stress)),
        ]
    );
    // "After a stress spike, your stress came back down in a median of 3 days (5 spikes; 1 not back
    // down within 14 days)."
    assert_eq!(found[2].text.to_string(), "findings-bounce-back median=3 spikes=5 unresolved=1");
}

#[test]
fn immediate_tag_sleep_and_trend_sentences() {
    let mut inputs = Inputs::new();
    let stress = &mut inputs.massage.immediate[0];
    (stress.sessions, stress.enough_data, stress.mean_change) = (20, true, Some(-2.8));
    stress.ci = Interval::new(-3.1, -2.5);
    let effect = |tag: &str, difference, ci| TagEffect {
        tag: tag.into(),
        days_with: 120,
        days_without: 300,
        metrics: vec![MetricComparison { metric: MetricKey::Stress, comparison: comparison(difference, Some(ci)) }],
    };
    inputs.tags = vec![
        effect("work", 1.1, (0.8, 1.4)),
        effect("yoga", -0.2, (-0.5, 0.1)), // unclear: not a finding
        effect("travel", 0.3, (0.1, 0.5)),
        effect("family", -0.2, (-0.45, -0.05)), // clear at 95%, not after allowing for 4 comparisons
    ];
    (inputs.sleep_stress.r, inputs.sleep_stress.days) = (Some(-0.32), 240);
    inputs.sleep_stress.ci = Interval::new(-0.43, -0.2);
    inputs.summary.index_trend = Some(IndexTrend { per_30_days: 1.24, ci: Interval::new(0.4, 2.0), days: 200 });
    // Tags: 4 comparisons, each with df 30, so each must stay clear at 1 − 0.05/4 (two-sided):
    // t(0.99375, 30) = 2.657 against t(0.975, 30) = 2.042. SE = width / (2 · 2.042):
    // work  SE 0.6/4.085 = 0.147, half 2.657 · 0.147 = 0.390: 1.1 − 0.390 > 0 → kept;
    // travel SE 0.4/4.085 = 0.098, half 0.260: 0.3 − 0.260 = 0.040 > 0 → kept;
    // family SE 0.098, half 0.260: −0.2 + 0.260 > 0 → crosses zero → dropped.
    // Strength |estimate| / interval width: immediate 2.8/0.6 = 4.67, work 1.1/0.6 = 1.83,
    // sleep 0.32/0.23 = 1.39, trend 1.24/1.6 = 0.78, travel 0.3/0.4 = 0.75.
    assert_eq!(
        texts(&inputs.findings()),
        [
            // "Stress was 2.8 points lower right after a session than right before (20 sessions with
            // both ratings; 95% CI 2.5 to 3.1)."
            r#"findings-immediate-effect ci="below" direction="less" high=3.1 low=2.5 measure="stress" sessions=20 size=2.8"#,
            // "On days tagged “work”, stress was 1.1 points higher than on days without it (25 days
            // with the tag, 300 without; 95% CI 0.8 to 1.4)."
            r#"findings-tag-effect ci="above" days=25 direction="more" high=1.4 low=0.8 measure="stress" otherDays=300 size=1.1 tag="work""#,
            // "After nights with more sleep, stress the next day tended to be lower (r = −0.32 over
            // 240 days; 95% CI −0.43 to −0.20)."
            r#"findings-sleep-stress days=240 direction="less" high=-0.2 low=-0.43 r=-0.32"#,
            // "Your resilience index rose by 1.2 points per 30 days over this period (200 days with an
            // index; 95% CI 0.4 to 2.0)."
            r#"findings-index-trend ci="above" days=200 estimate=1.2 high=2 low=0.4 size=1.2 trend="up""#,
            r#"findings-tag-effect ci="above" days=25 direction="more" high=0.5 low=0.1 measure="stress" otherDays=300 size=0.3 tag="travel""#,
        ]
    );
}

#[test]
fn at_most_two_tag_findings_and_four_about_the_days_after_a_massage() {
    let mut inputs = Inputs::new();
    inputs.tags = ["a", "b", "c"]
        .iter()
        .map(|tag| TagEffect {
            tag: tag.to_string(),
            days_with: 50,
            days_without: 50,
            metrics: vec![MetricComparison { metric: MetricKey::Mood, comparison: comparison(2.0, Some((1.5, 2.5))) }],
        })
        .collect();
    for metric in [MetricKey::Stress, MetricKey::Pain, MetricKey::Mood, MetricKey::Anxiety, MetricKey::SleepQuality] {
        inputs.massage(metric, 10, -1.0, Some((-1.5, -0.5)));
    }
    let found = inputs.findings();
    let count = |kind| found.iter().filter(|f| f.kind == kind).count();
    assert_eq!((count(FindingKind::TagEffect), count(FindingKind::MassageEffect)), (2, 4));
}

#[test]
fn trends_that_fall_or_are_unclear() {
    let mut inputs = Inputs::new();
    inputs.summary.index_trend = Some(IndexTrend { per_30_days: -2.0, ci: Interval::new(-3.5, -0.5), days: 40 });
    // "Your resilience index fell by 2.0 points per 30 days over this period (40 days with an index;
    // 95% CI 0.5 to 3.5)."
    assert_eq!(
        inputs.findings()[0].text.to_string(),
        r#"findings-index-trend ci="below" days=40 estimate=-2 high=3.5 low=0.5 size=2 trend="down""#
    );
    inputs.summary.index_trend = Some(IndexTrend { per_30_days: -0.3, ci: Interval::new(-1.0, 0.4), days: 40 });
    // "Your resilience index showed no clear trend over this period (−0.3 points per 30 days; 40 days
    // with an index; 95% CI 1.0 down to 0.4 up)."
    let unclear = &inputs.findings()[0].text;
    assert_eq!(
        unclear.to_string(),
        r#"findings-index-trend ci="across" days=40 estimate=-0.3 high=0.4 low=1 size=0.3 trend="unclear""#
    );
    inputs.summary.index_trend = Some(IndexTrend { per_30_days: 0.04, ci: Interval::new(0.01, 0.07), days: 40 });
    assert_eq!(inputs.findings()[0].text.args["trend"], MessageArg::from("steady"));
}

#[test]
fn every_finding_states_its_count_and_few_recoveries_make_no_finding() {
    let mut inputs = Inputs::new();
    inputs.massage(MetricKey::Pain, 14, -2.1, Some((-3.0, -1.2)));
    inputs.massage(MetricKey::Anxiety, 14, 0.0, None);
    inputs.bounce_back.median_recovery_days = Some(2.0);
    (inputs.bounce_back.recovered, inputs.bounce_back.spikes) = (2, 2);
    let found = inputs.findings();
    assert_eq!(found.len(), 2, "two recoveries are too few for a bounce-back finding");
    for f in &found {
        assert_eq!(f.text.args["sessions"], MessageArg::from(f.n), "{}", f.text);
    }
}

#[test]
fn no_data_no_findings() {
    assert!(Inputs::new().findings().is_empty());
}

#[test]
fn care_notes_for_persistent_low_mood_and_high_pain() {
    let today = day("2026-03-31");
    // Last 14 days: 03-18 … 03-31. Mood logged on 10 days, 3 or below on 8 of them: most → a note.
    // Pain logged on 10 days, 7 or above on 5: exactly half is not most → no note.
    let mut days: Vec<CheckIn> = (18..=27)
        .map(|d| CheckIn {
            mood: Some(if d <= 25 { 2 } else { 6 }),
            pain: Some(if d % 2 == 0 { 8 } else { 1 }),
            ..blank(&format!("2026-03-{d:02}"))
        })
        .collect();
    days.push(CheckIn { mood: Some(1), pain: Some(9), ..blank("2026-03-17") }); // 15 days ago: not counted
    let notes = care_notes(&days, today);
    assert_eq!(notes.len(), 1);
    assert_eq!((notes[0].concern, notes[0].days, notes[0].logged_days), (CareConcern::LowMood, 8, 10));
    // "Your mood has been low (3 or below) on 8 of the 10 days you logged in the last two weeks. …"
    assert_eq!(notes[0].text.to_string(), "findings-care-low-mood days=8 loggedDays=10");
    // Pain 7 or above on 6 of 10: a note about pain too.
    days[1].pain = Some(7);
    let concerns: Vec<_> = care_notes(&days, today).iter().map(|n| n.concern).collect();
    assert_eq!(concerns, [CareConcern::LowMood, CareConcern::HighPain]);
    assert_eq!(care_notes(&days, today)[1].text.to_string(), "findings-care-high-pain days=6 loggedDays=10");
    // Six logged days, all low, are too few to call it persistent.
    assert!(care_notes(&days[..6], today).is_empty());
}

#[test]
fn numbers_are_rounded_as_shown_and_never_negative_zero() {
    assert_eq!(rounded(-0.04, 1).to_string(), "0");
    assert_eq!(rounded(2.25, 1), 2.3);
    assert_eq!(rounded(-0.004, 2).to_string(), "0");
    assert_eq!(rounded(-0.324, 2), -0.32);
    assert_eq!(direction(-0.04), "same");
    assert_eq!(CAVEAT, "findings-caveat");
}
