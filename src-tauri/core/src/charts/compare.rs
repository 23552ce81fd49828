//! Two metrics side by side: how strongly they move together.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ChartMetric;

/// Pearson's correlation of two metrics over the days that log both.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Correlation {
    pub a: ChartMetric,
    pub b: ChartMetric,
    /// Pearson's r in −1 … 1; `None` below 3 shared days or when either metric never varies.
    pub r: Option<f64>,
    /// Days with a value for both metrics.
    pub n: u32,
}

/// Pearson's r of `a` and `b`, aligned by position (day), over the positions where both have a
/// value, and that count. `r` is `None` with fewer than 3 pairs or when either side is constant.
pub fn compare(a: &[Option<f64>], b: &[Option<f64>]) -> (Option<f64>, u32) {
    let pairs: Vec<(f64, f64)> = a
        .iter()
        .zip(b)
        .filter_map(|(x, y)| Some(((*x)?, (*y)?)))
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .collect();
    let n = u32::try_from(pairs.len()).unwrap_or(u32::MAX);
    if pairs.len() < 3 {
        return (None, n);
    }
    let count = pairs.len() as f64;
    let mean_x = pairs.iter().map(|p| p.0).sum::<f64>() / count;
    let mean_y = pairs.iter().map(|p| p.1).sum::<f64>() / count;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in &pairs {
        let (dx, dy) = (x - mean_x, y - mean_y);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    let r = sxy / (sxx * syy).sqrt();
    (r.is_finite().then(|| r.clamp(-1.0, 1.0)), n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hand_worked_correlation() {
        // x = 1, 2, 3, 4 and y = 2, 4, 5, 9 (a gap in each is skipped: n = 4).
        // Means 2.5 and 5. dx = −1.5, −0.5, 0.5, 1.5; dy = −3, −1, 0, 4.
        // Σdxdy = 4.5 + 0.5 + 0 + 6 = 11; Σdx² = 5; Σdy² = 9 + 1 + 0 + 16 = 26.
        // r = 11 / √(5 · 26) = 11 / √130 = 0.964763…
        let a = [Some(1.0), Some(2.0), None, Some(3.0), Some(4.0), Some(7.0)];
        let b = [Some(2.0), Some(4.0), Some(8.0), Some(5.0), Some(9.0), None];
        let (r, n) = compare(&a, &b);
        assert_eq!(n, 4);
        assert!((r.unwrap() - 11.0 / 130f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn opposite_movement_is_minus_one() {
        let a = [Some(1.0), Some(2.0), Some(3.0)];
        let b = [Some(9.0), Some(6.0), Some(3.0)];
        assert_eq!(compare(&a, &b), (Some(-1.0), 3));
    }

    #[test]
    fn too_few_days_or_no_variation_give_no_r() {
        assert_eq!(compare(&[Some(1.0), Some(2.0)], &[Some(3.0), Some(1.0)]), (None, 2));
        let flat = [Some(5.0), Some(5.0), Some(5.0)];
        assert_eq!(compare(&flat, &[Some(1.0), Some(2.0), Some(3.0)]), (None, 3));
        assert_eq!(compare(&[], &[]), (None, 0));
    }
}
