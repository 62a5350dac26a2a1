//! The service ledger's speed budgets (issue 3, item 7).
//!
//!     cargo bench --bench ledger -- /path/to/county.db [--sql FILE]
//!         Times `store::ledger::monthly` for the file's own office and the last complete month
//!         with entries (median of 20), times the same SQL statements run directly (through
//!         the read-only `store::inspect`), and prints those statements (and writes them to FILE) for the sqlite3
//!         command-line tool.
//!
//!     <bench executable> --insert N /path/to/demo.db
//!         Saves N entries one by one with `store::ledger::insert` (one transaction each), for
//!         counting fsyncs with strace.
//!
//! scripts/bench-ledger.sh makes the database and runs all of it.

use sifa_desk::domain::module::CodeList;
use std::path::{Path, PathBuf};
use std::process::exit;
use std::time::{Duration, Instant};

use chrono::{Datelike, Local, Months, NaiveDate};
use sifa_desk::domain::ledger::{EntryInput, validate_entry};
use sifa_desk::store::{OpenOptions, Store, codes, inspect, ledger, operators};

const RUNS: usize = 20;

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("{message}");
    exit(1)
}

fn open(path: &Path) -> Store {
    Store::open(path, &OpenOptions::default()).unwrap_or_else(|e| fail(e))
}

fn median(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let best = times.first().copied().unwrap_or_default();
    let worst = times.last().copied().unwrap_or_default();
    let mid = times.get(times.len() / 2).copied().unwrap_or_default();
    (ms(mid), ms(best), ms(worst))
}

/// The statements `store::ledger::monthly` runs, with the parameters written in, in the same
/// order. Keep in step with src/store/ledger.rs.
fn monthly_sql(store: &Store, office: &str, month: NaiveDate) -> Vec<String> {
    let next = month.checked_add_months(Months::new(1)).unwrap_or(month);
    let start = month.format("%Y-%m-%d");
    let end = next.format("%Y-%m-%d");
    let year_start = month.format("%Y-01-01");
    let range = format!(
        "FROM service_entries WHERE office_code = '{office}' AND served_at >= '{start}' \
         AND served_at < '{end}' AND voided_at IS NULL"
    );
    let groups: Vec<String> = codes::list(store, CodeList::SpecialGroup, false)
        .unwrap_or_else(|e| fail(e))
        .into_iter()
        .map(|c| {
            format!(
                "sum(instr(',' || special_groups || ',', ',' || '{}' || ',') > 0)",
                c.code
            )
        })
        .collect();
    let kpi = |from: &str| {
        format!(
            "SELECT count(*) FROM service_entries WHERE office_code = '{office}' \
             AND served_at >= '{from}' AND served_at < '{end}' AND voided_at IS NULL \
             AND (0 = 0 OR service = 'aid');"
        )
    };
    vec![
        format!("SELECT service, channel, count(*) {range} GROUP BY service, channel;"),
        format!("SELECT matter, count(*) {range} GROUP BY matter ORDER BY count(*) DESC;"),
        format!("SELECT satisfaction, count(*) {range} GROUP BY satisfaction;"),
        "SELECT id, code, label, retired, office_code <> '' FROM codes \
         WHERE list = 'special_group' AND voided_at IS NULL AND (retired = 0 OR 0 = 0) \
         ORDER BY retired, sort, id;"
            .to_string(),
        format!("SELECT {} {range};", groups.join(", ")),
        kpi(&start.to_string()),
        kpi(&year_start.to_string()),
    ]
}

/// Runs the statements as a plain client would (through the read-only `store::inspect`):
/// prepare, step every row, look at every cell.
fn run_raw(store: &Store, statements: &[String]) -> usize {
    let mut cells = 0;
    for sql in statements {
        let per_row = inspect::rows(store, sql, [], |row| {
            let columns = row.as_ref().column_count();
            Ok((0..columns).filter(|i| row.get_ref(*i).is_ok()).count())
        })
        .unwrap_or_else(|e| fail(format!("{sql}: {e}")));
        cells += per_row.iter().sum::<usize>();
    }
    cells
}

fn monthly_bench(path: &Path, sql_out: Option<PathBuf>) {
    let store = open(path);
    let office = store.office_code().to_string();
    let latest: Option<String> = inspect::value(
        &store,
        "SELECT max(served_at) FROM service_entries WHERE office_code = ?1",
        [&office],
    )
    .unwrap_or_else(|e| fail(e));
    let Some(latest) = latest else {
        fail(format!(
            "{}: no ledger entries of office {office}; make it with `sifa-desk demo --scale county`",
            path.display()
        ))
    };
    let last_day = NaiveDate::parse_from_str(latest.get(..10).unwrap_or_default(), "%Y-%m-%d")
        .unwrap_or_else(|e| fail(e));
    // The last complete month: the one before the latest entry's month.
    let month = last_day
        .with_day0(0)
        .and_then(|d| d.checked_sub_months(Months::new(1)))
        .unwrap_or_else(|| fail("no month"));
    let all = inspect::count(&store, "SELECT count(*) FROM service_entries", [])
        .unwrap_or_else(|e| fail(e));
    println!(
        "database: {} ({all} ledger entries), SQLite {} (bundled)",
        path.display(),
        rusqlite::version()
    );

    let first = Instant::now();
    let stats = ledger::monthly(&store, &office, month, false).unwrap_or_else(|e| fail(e));
    let first = first.elapsed();
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let again = ledger::monthly(&store, &office, month, false).unwrap_or_else(|e| fail(e));
        times.push(start.elapsed());
        if again != stats {
            fail("monthly statistics changed between runs");
        }
    }
    let (mid, best, worst) = median(times);
    println!(
        "monthly {office} {}: {} entries, year to date {}; first call {:.2} ms",
        month.format("%Y-%m"),
        stats.total,
        stats.kpi_year_to_date,
        first.as_secs_f64() * 1e3
    );
    println!("monthly median {mid:.3} ms, best {best:.3} ms, worst {worst:.3} ms (of {RUNS})");

    let statements = monthly_sql(&store, &office, month);
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        run_raw(&store, &statements);
        times.push(start.elapsed());
    }
    let (raw, _, _) = median(times);
    println!("same SQL via store::inspect, prepared each time: median {raw:.3} ms");
    println!("MONTHLY_MEDIAN_MS={mid:.4}");
    println!("RAW_MEDIAN_MS={raw:.4}");

    let text = statements.join("\n") + "\n";
    println!("-- the statements of store::ledger::monthly, for the sqlite3 command-line tool:");
    print!("{text}");
    if let Some(out) = sql_out
        && let Err(e) = std::fs::write(&out, &text)
    {
        fail(format!("{}: {e}", out.display()));
    }
}

/// Saves `n` walk-in consultations one by one, each its own transaction and commit.
fn insert_bench(path: &Path, n: usize) {
    let mut store = open(path);
    let handler = operators::list(&store, true)
        .unwrap_or_else(|e| fail(e))
        .into_iter()
        .next()
        .map(|o| o.name)
        .unwrap_or_else(|| fail("no operator: use a demo database"));
    store.set_operator(&handler);
    let journal: String =
        inspect::value(&store, "SELECT * FROM pragma_journal_mode", []).unwrap_or_default();
    let synchronous: i64 =
        inspect::value(&store, "SELECT * FROM pragma_synchronous", []).unwrap_or_default();
    let now = Local::now().naive_local();
    let input = EntryInput {
        served_at: now.format("%Y-%m-%d %H:%M").to_string(),
        channel: "window".into(),
        service: "consult".into(),
        visitor_name: "匿名".into(),
        matter: "wages".into(),
        summary: "咨询拖欠工资如何维权，告知可向劳动监察投诉或申请劳动仲裁".into(),
        outcome: "answered".into(),
        handler,
        ..Default::default()
    };
    let entry = validate_entry(&input, now).unwrap_or_else(|e| fail(format!("{e:?}")));
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let start = Instant::now();
        ledger::insert(&mut store, &entry).unwrap_or_else(|e| fail(e));
        times.push(start.elapsed());
    }
    let (mid, best, worst) = median(times);
    println!(
        "inserted {n} entries (journal_mode={journal}, synchronous={synchronous}): \
         median {mid:.3} ms, best {best:.3} ms, worst {worst:.3} ms"
    );
}

fn main() {
    // `cargo bench` adds --bench; the rest are ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let mut path = None;
    let mut sql_out = None;
    let mut insert = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--sql" => sql_out = it.next().map(PathBuf::from),
            "--insert" => insert = it.next().and_then(|n| n.parse::<usize>().ok()),
            a if a.starts_with('-') => fail(format!("unknown option {a}")),
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: cargo bench --bench ledger -- DB_FILE [--sql FILE]");
        eprintln!("       <bench executable> --insert N DB_FILE");
        return;
    };
    match insert {
        Some(n) => insert_bench(&path, n),
        None => monthly_bench(&path, sql_out),
    }
}
