//! Timing shared by the benchmarks that check a budget: the median of a few runs after a
//! warm-up, printed against the budget.
#![allow(dead_code)]

use std::process::exit;
use std::time::{Duration, Instant};

pub const RUNS: usize = 20;

pub fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("{message}");
    exit(1)
}

/// Median, best and worst of [`RUNS`] runs of `f`, in milliseconds, after one warm-up run.
pub fn time<T>(mut f: impl FnMut() -> T) -> (f64, f64, f64) {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mid = times.get(times.len() / 2).copied().unwrap_or_default();
    let best = times.first().copied().unwrap_or_default();
    let worst = times.last().copied().unwrap_or_default();
    (ms(mid), ms(best), ms(worst))
}

/// Prints one line; true when the median is within `budget_ms`.
pub fn report(what: &str, (mid, best, worst): (f64, f64, f64), budget_ms: f64) -> bool {
    let ok = mid <= budget_ms;
    println!(
        "{what:<44} median {mid:8.2} ms  (best {best:.2}, worst {worst:.2})  {}",
        if ok { "ok" } else { "OVER BUDGET" }
    );
    ok
}
