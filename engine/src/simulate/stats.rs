//! The statistics a simulation needs: the normal quantile that sets the
//! work-time distribution, and the downtime histogram's buckets.

/// Downtime histogram: one bucket per minute up to 60 days.
pub(super) const HISTOGRAM_MINUTES: usize = 60 * 24 * 60;
/// Batches for the confidence interval (batch means).
pub(super) const BATCHES: usize = 20;

/// The inverse of the standard normal distribution (Acklam's rational
/// approximation, relative error below 1.2e-9).
pub(super) fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969683028665376e1,
        2.209460984245205e2,
        -2.759285104469687e2,
        1.38357751867269e2,
        -3.066479806614716e1,
        2.506628277459239,
    ];
    const B: [f64; 5] = [
        -5.447609879822406e1,
        1.615858368580409e2,
        -1.556989798598866e2,
        6.680131188771972e1,
        -1.328068155288572e1,
    ];
    const C: [f64; 6] = [
        -7.784894002430293e-3,
        -3.223964580411365e-1,
        -2.400758277161838,
        -2.549732539343734,
        4.374664141464968,
        2.938163982698783,
    ];
    const D: [f64; 4] = [
        7.784695709041462e-3,
        3.224671290700398e-1,
        2.445134137142996,
        3.754408661907416,
    ];
    let low = 0.02425;
    if p < low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -normal_quantile(1.0 - p)
    }
}

/// Histogram buckets for charts, in hours: finer where most incidents are.
pub(super) fn bucket_edges_hours() -> Vec<f64> {
    vec![
        0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 24.0, 48.0, 72.0, 120.0, 168.0, 336.0, 1440.0,
    ]
}

pub(super) fn histogram_buckets(minutes: &[u32], beyond: u64, edges: &[f64]) -> Vec<u64> {
    let mut out = vec![0u64; edges.len() - 1];
    for (minute, count) in minutes.iter().enumerate() {
        if *count == 0 {
            continue;
        }
        let hours = minute as f64 / 60.0;
        let bucket = edges.partition_point(|e| *e <= hours).saturating_sub(1);
        let last = out.len() - 1;
        out[bucket.min(last)] += u64::from(*count);
    }
    if let Some(last) = out.last_mut() {
        *last += beyond;
    }
    out
}
