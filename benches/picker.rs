//! Person-picker search on a real (county-size demo) database.
//!
//!     cargo bench --bench picker -- /path/to/county.db
//!
//! Prints the median and worst time of each query over repeated runs. scripts/bench.sh makes
//! the database and runs this for you.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sifa_desk::store::{OpenOptions, Store, inspect, persons};

const RUNS: usize = 50;

fn measure(store: &Store, query: &str) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut found = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let hits = persons::search(store, query, 50).unwrap_or_default();
        times.push(start.elapsed());
        found = hits.len();
    }
    times.sort();
    (times[RUNS / 2], times[RUNS - 1], found)
}

fn main() {
    let Some(path) = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
    else {
        eprintln!("usage: cargo bench --bench picker -- DB_FILE");
        return;
    };
    let store = match Store::open(&path, &OpenOptions::default()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let total = persons::count(&store).unwrap_or(0);
    // A real two-character name of this office, and its initials.
    let name: String = inspect::value(
        &store,
        "SELECT name FROM persons WHERE office_code = ?1 AND length(name) = 2 LIMIT 1",
        [store.office_code()],
    )
    .unwrap_or_else(|_| "张伟".to_string());
    let initials = sifa_desk::domain::name_keys(&name).initials;
    println!("persons of the own office: {total}");
    for query in [name.as_str(), initials.as_str(), "zw", "1234"] {
        let (median, worst, found) = measure(&store, query);
        println!(
            "search {query:>6}: median {:6.2} ms, worst {:6.2} ms, {found} matches",
            median.as_secs_f64() * 1e3,
            worst.as_secs_f64() * 1e3
        );
    }
}
