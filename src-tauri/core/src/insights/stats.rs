//! The few statistics the insights need, over running sums so that every pass stays linear.
//!
//! The journal records whole ratings and quarter hours, so counts, sums and sums of squares of
//! them are exact in `f64`: an all-equal sample has a variance of exactly zero, and a zero
//! variance gives no interval instead of a NaN.

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

use super::{finite, Interval};

/// The 97.5% quantile of the standard normal distribution (two-sided 95%).
pub(crate) const Z_975: f64 = 1.959_963_984_540_054;

/// Count, sum and sum of squares of a sample.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Moments {
    pub n: u32,
    pub sum: f64,
    pub sum_sq: f64,
}

impl Moments {
    pub fn of(values: impl IntoIterator<Item = f64>) -> Self {
        let mut moments = Moments::default();
        values.into_iter().for_each(|x| moments.add(x));
        moments
    }

    pub fn add(&mut self, x: f64) {
        self.n += 1;
        self.sum += x;
        self.sum_sq += x * x;
    }

    /// The sample that is `self` without the values of `part` (a subset of it).
    pub fn without(self, part: Moments) -> Moments {
        Moments { n: self.n - part.n, sum: self.sum - part.sum, sum_sq: self.sum_sq - part.sum_sq }
    }

    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.sum / f64::from(self.n)).and_then(finite)
    }

    /// The sample variance (divisor n − 1); `None` below two values. Rounding noise from
    /// non-integer values (index scores) is treated as the zero it stands for.
    pub fn variance(&self) -> Option<f64> {
        if self.n < 2 {
            return None;
        }
        let n = f64::from(self.n);
        let mean = self.sum / n;
        let variance = (self.sum_sq - self.sum * mean) / (n - 1.0);
        let noise = 1e-10 * mean.abs().max(1.0).powi(2);
        finite(if variance <= noise { 0.0 } else { variance })
    }

    pub fn sd(&self) -> Option<f64> {
        self.variance().map(f64::sqrt)
    }
}

/// The difference of two sample means with its Welch 95% interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Welch {
    pub difference: f64,
    pub df: Option<f64>,
    pub ci: Option<Interval>,
}

/// mean(a) − mean(b) with a Welch interval: sample variances, Welch–Satterthwaite degrees of
/// freedom, Student t quantile. `None` when a sample is empty; no interval below two values in
/// either sample or when both variances are zero.
pub(crate) fn welch(a: &Moments, b: &Moments) -> Option<Welch> {
    let difference = finite(a.mean()? - b.mean()?)?;
    let spread = match (a.variance(), b.variance()) {
        (Some(va), Some(vb)) => {
            let (qa, qb) = (va / f64::from(a.n), vb / f64::from(b.n));
            let se = (qa + qb).sqrt();
            let df = (qa + qb).powi(2) / (qa * qa / f64::from(a.n - 1) + qb * qb / f64::from(b.n - 1));
            (se > 0.0).then_some((se, df))
        }
        _ => None,
    };
    let Some((se, df)) = spread else { return Some(Welch { difference, df: None, ci: None }) };
    let half = t_975(df) * se;
    Some(Welch { difference, df: finite(df), ci: Interval::new(difference - half, difference + half) })
}

/// The mean of a sample with its one-sample t interval (df = n − 1); no interval below two
/// values or when every value is the same.
pub(crate) fn mean_with_interval(m: &Moments) -> Option<(f64, Option<Interval>)> {
    let mean = m.mean()?;
    let ci = m.variance().filter(|v| *v > 0.0).and_then(|variance| {
        let half = t_975(f64::from(m.n - 1)) * (variance / f64::from(m.n)).sqrt();
        Interval::new(mean - half, mean + half)
    });
    Some((mean, ci))
}

/// The 97.5% quantile of Student's t with `df` degrees of freedom (the two-sided 95% multiplier).
pub(crate) fn t_975(df: f64) -> f64 {
    t_quantile(0.975, df)
}

/// The `p` quantile of Student's t with `df` degrees of freedom (`p` in 0.5 … 1); the normal
/// quantile for a huge or undefined `df`.
pub(crate) fn t_quantile(p: f64, df: f64) -> f64 {
    let normal = || Normal::standard().inverse_cdf(p);
    if df.is_nan() || df <= 0.0 || df > 1e7 {
        return finite(normal()).unwrap_or(Z_975);
    }
    StudentsT::new(0.0, 1.0, df).map(|t| t.inverse_cdf(p)).ok().and_then(finite).unwrap_or_else(normal)
}

/// The median, reordering `values` (linear time, no full sort); `None` when empty.
pub(crate) fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (lower, middle, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let middle = *middle;
    if n % 2 == 1 {
        return finite(middle);
    }
    let below = lower.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    finite((below + middle) / 2.0)
}

/// Running sums of (x, y) pairs for a least-squares line and a correlation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Pairs {
    pub n: u32,
    sx: f64,
    sy: f64,
    sxx: f64,
    sxy: f64,
    syy: f64,
}

/// A least-squares slope with its 95% t interval (df = n − 2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Slope {
    pub slope: f64,
    pub ci: Option<Interval>,
}

impl Pairs {
    pub fn add(&mut self, x: f64, y: f64) {
        self.n += 1;
        self.sx += x;
        self.sy += y;
        self.sxx += x * x;
        self.sxy += x * y;
        self.syy += y * y;
    }

    /// Centred sums of squares and products: (Sxx, Sxy, Syy).
    fn centred(&self) -> (f64, f64, f64) {
        let n = f64::from(self.n);
        (self.sxx - self.sx * self.sx / n, self.sxy - self.sx * self.sy / n, self.syy - self.sy * self.sy / n)
    }

    /// The slope of y on x; needs two distinct x. The interval needs three points and some
    /// scatter around the line.
    pub fn slope(&self) -> Option<Slope> {
        if self.n < 2 {
            return None;
        }
        let (sxx, sxy, syy) = self.centred();
        if sxx <= 0.0 {
            return None;
        }
        let slope = finite(sxy / sxx)?;
        let residual = syy - slope * sxy;
        let noise = 1e-10 * syy.abs().max(1.0);
        let ci = (self.n > 2 && residual > noise).then(|| {
            let df = f64::from(self.n - 2);
            let half = t_975(df) * (residual / df / sxx).sqrt();
            Interval::new(slope - half, slope + half)
        });
        Some(Slope { slope, ci: ci.flatten() })
    }

    /// Pearson's r; `None` below three pairs or when either variable does not vary.
    pub fn pearson(&self) -> Option<f64> {
        if self.n < 3 {
            return None;
        }
        let (sxx, sxy, syy) = self.centred();
        let scale = |s: f64| 1e-10 * s.abs().max(1.0);
        if sxx <= scale(self.sxx) || syy <= scale(self.syy) {
            return None;
        }
        finite((sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
    }
}

/// The 95% interval of a correlation `r` from `n` pairs by Fisher's z transform (normal
/// approximation); `None` for n ≤ 3 or a perfect correlation.
pub(crate) fn fisher_interval(r: f64, n: u32) -> Option<Interval> {
    if n <= 3 || r.abs() >= 1.0 {
        return None;
    }
    let z = r.atanh();
    let half = Z_975 / f64::from(n - 3).sqrt();
    Interval::new((z - half).tanh(), (z + half).tanh())
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
