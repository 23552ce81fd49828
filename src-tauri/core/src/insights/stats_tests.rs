use super::*;
use crate::insights::fixtures::close;

fn sample(values: &[f64]) -> Moments {
    Moments::of(values.iter().copied())
}

#[test]
fn mean_and_sample_variance() {
    // 2 4 4 4 5 5 7 9: n 8, sum 40, mean 5; squares sum to 232;
    // variance (232 − 40·5) / 7 = 32/7 = 4.571429; sd 2.138090.
    let m = sample(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
    assert_eq!(m.mean(), Some(5.0));
    close(m.variance().unwrap(), 4.571_429);
    close(m.sd().unwrap(), 2.138_090);
}

#[test]
fn no_data_no_mean_and_one_value_no_variance() {
    assert_eq!(Moments::default().mean(), None);
    assert_eq!(sample(&[4.0]).mean(), Some(4.0));
    assert_eq!(sample(&[4.0]).variance(), None);
}

#[test]
fn all_equal_values_have_exactly_zero_variance() {
    assert_eq!(sample(&[3.0, 3.0, 3.0]).variance(), Some(0.0));
    assert_eq!(sample(&[7.25; 9]).variance(), Some(0.0));
    // Index scores are not whole numbers: 170/3 eleven times is still zero, not rounding noise.
    assert_eq!(sample(&[170.0 / 3.0; 11]).variance(), Some(0.0));
}

#[test]
fn removing_a_subset_leaves_the_rest() {
    let all = sample(&[1.0, 2.0, 3.0, 10.0]);
    let rest = all.without(sample(&[10.0]));
    assert_eq!(rest, sample(&[1.0, 2.0, 3.0]));
}

#[test]
fn welch_with_equal_variances_has_df_2n_minus_2() {
    // a = 1 2 3 (mean 2, var 1), b = 4 5 6 (mean 5, var 1).
    // difference 2 − 5 = −3; SE = √(1/3 + 1/3) = 0.816497;
    // df = (2/3)² / ((1/3)²/2 + (1/3)²/2) = (4/9) / (1/9) = 4; t(0.975, 4) = 2.776 (table);
    // half width 2.776445 · 0.816497 = 2.266958 → CI −5.267 to −0.733.
    let w = welch(&sample(&[1.0, 2.0, 3.0]), &sample(&[4.0, 5.0, 6.0])).unwrap();
    assert_eq!(w.difference, -3.0);
    close(w.df.unwrap(), 4.0);
    let ci = w.ci.unwrap();
    close(ci.low, -5.267);
    close(ci.high, -0.733);
}

#[test]
fn welch_when_one_sample_does_not_vary() {
    // a = 2 2 2 (mean 2, var 0), b = 1 3 5 7 (mean 4, var (9+1+1+9)/3 = 20/3).
    // SE = √(0 + (20/3)/4) = √(5/3) = 1.290994; df = (5/3)² / ((5/3)²/3) = 3;
    // t(0.975, 3) = 3.182 (table); half 3.182446 · 1.290994 = 4.108521;
    // difference −2 → CI −6.109 to 2.109 (includes zero).
    let w = welch(&sample(&[2.0, 2.0, 2.0]), &sample(&[1.0, 3.0, 5.0, 7.0])).unwrap();
    assert_eq!(w.difference, -2.0);
    close(w.df.unwrap(), 3.0);
    let ci = w.ci.unwrap();
    close(ci.low, -6.109);
    close(ci.high, 2.109);
    assert!(!ci.excludes_zero());
}

#[test]
fn welch_with_a_fractional_df() {
    // a = 1 2 3 4: mean 2.5, var 5/3, var/n = 0.416667.
    // b = 2 6 10: mean 6, var 16, var/n = 5.333333.
    // SE = √5.75 = 2.397916; df = 5.75² / (0.416667²/3 + 5.333333²/2)
    //    = 33.0625 / (0.057870 + 14.222222) = 2.315286;
    // t(0.975, 2.315) = 3.787 (between the table's 4.303 at df 2 and 3.182 at df 3);
    // half 3.787187 · 2.397916 = 9.081363; difference −3.5 → CI −12.581 to 5.581.
    let w = welch(&sample(&[1.0, 2.0, 3.0, 4.0]), &sample(&[2.0, 6.0, 10.0])).unwrap();
    close(w.df.unwrap(), 2.315_286);
    close(t_975(2.315_286), 3.787_187);
    let ci = w.ci.unwrap();
    close(ci.low, -12.581);
    close(ci.high, 5.581);
}

#[test]
fn welch_without_spread_or_with_one_value_has_no_interval() {
    let w = welch(&sample(&[2.0, 2.0]), &sample(&[5.0, 5.0, 5.0])).unwrap();
    assert_eq!((w.difference, w.df, w.ci), (-3.0, None, None));
    // a single value: difference 4 − 2 = 2, no variance for a.
    let w = welch(&sample(&[4.0]), &sample(&[1.0, 2.0, 3.0])).unwrap();
    assert_eq!((w.difference, w.ci), (2.0, None));
    assert_eq!(welch(&Moments::default(), &sample(&[1.0])), None);
}

#[test]
fn student_t_quantiles_match_the_table() {
    // Two-sided 95%: df 1 → 12.706, 2 → 4.303, 10 → 2.228, 30 → 2.042; huge df → 1.960.
    close(t_975(1.0), 12.706_2);
    close(t_975(2.0), 4.302_7);
    close(t_975(10.0), 2.228_1);
    close(t_975(30.0), 2.042_3);
    close(t_975(1e9), 1.960_0);
    // One-sided 99.5% (two-sided 99%): df 10 → 3.169.
    close(t_quantile(0.995, 10.0), 3.169_3);
    assert!(t_975(f64::NAN).is_finite());
}

#[test]
fn mean_with_a_t_interval() {
    // changes −2 −3 −1 −2: mean −2, var (0 + 1 + 1 + 0)/3 = 2/3, SE = √(2/3 / 4) = 0.408248;
    // t(0.975, 3) = 3.182446; half 1.299228 → CI −3.299 to −0.701.
    let (mean, ci) = mean_with_interval(&sample(&[-2.0, -3.0, -1.0, -2.0])).unwrap();
    assert_eq!(mean, -2.0);
    let ci = ci.unwrap();
    close(ci.low, -3.299);
    close(ci.high, -0.701);
    assert_eq!(mean_with_interval(&sample(&[-1.0, -1.0, -1.0])), Some((-1.0, None)));
}

#[test]
fn medians_of_odd_and_even_counts() {
    assert_eq!(median(&mut [5.0, 1.0, 3.0]), Some(3.0));
    assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
    assert_eq!(median(&mut [7.0]), Some(7.0));
    assert_eq!(median(&mut []), None);
}

fn pairs(points: &[(f64, f64)]) -> Pairs {
    let mut p = Pairs::default();
    points.iter().for_each(|(x, y)| p.add(*x, *y));
    p
}

#[test]
fn least_squares_slope_with_interval() {
    // (0,1) (1,3) (2,2) (3,5) (4,4): x̄ 2, ȳ 3; Sxx = 4+1+0+1+4 = 10;
    // Sxy = 4+0+0+2+2 = 8 → slope 0.8; Syy = 10; residual SS = 10 − 0.8·8 = 3.6;
    // s² = 3.6/3 = 1.2; SE = √(1.2/10) = 0.346410; t(0.975, 3) = 3.182446;
    // half 1.102432 → CI −0.302 to 1.902.
    let s = pairs(&[(0.0, 1.0), (1.0, 3.0), (2.0, 2.0), (3.0, 5.0), (4.0, 4.0)]).slope().unwrap();
    close(s.slope, 0.8);
    let ci = s.ci.unwrap();
    close(ci.low, -0.302);
    close(ci.high, 1.902);
}

#[test]
fn a_perfect_line_has_no_interval_and_one_x_no_slope() {
    let s = pairs(&[(0.0, 1.0), (1.0, 3.0), (2.0, 5.0)]).slope().unwrap();
    assert_eq!((s.slope, s.ci), (2.0, None));
    assert_eq!(pairs(&[(1.0, 1.0), (1.0, 3.0)]).slope(), None);
}

#[test]
fn pearson_and_fisher_interval() {
    // Same points as the slope: r = Sxy / √(Sxx·Syy) = 8 / √(10·10) = 0.8.
    // Fisher: z = atanh 0.8 = 1.098612, half 1.959964/√(5−3) = 1.385904;
    // tanh(−0.287292) = −0.280, tanh(2.484516) = 0.986.
    let r = pairs(&[(0.0, 1.0), (1.0, 3.0), (2.0, 2.0), (3.0, 5.0), (4.0, 4.0)]).pearson().unwrap();
    close(r, 0.8);
    let ci = fisher_interval(r, 5).unwrap();
    close(ci.low, -0.280);
    close(ci.high, 0.986);
    assert_eq!(fisher_interval(1.0, 50), None);
    assert_eq!(fisher_interval(0.5, 3), None);
}

#[test]
fn no_correlation_when_a_variable_does_not_vary() {
    assert_eq!(pairs(&[(7.0, 1.0), (7.0, 3.0), (7.0, 5.0)]).pearson(), None);
    assert_eq!(pairs(&[(1.0, 1.0), (2.0, 3.0)]).pearson(), None);
}
