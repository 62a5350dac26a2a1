//! Paging a long list from the top to the end on a county-size demo database.
//!
//!     cargo bench --bench paging -- /path/to/county.db [ui|store]
//!
//! `ui`: the real program (`App`, the ledger tab's `ListScreen`) with a filter over every day of
//! the own office's ledger, PgDn from the first row to the last. Prints the time of each
//! hundred rows (ten PgDn, one page read) at the start and at the end, the screen's count line
//! at the end, and the process's memory (VmRSS, VmHWM) before, at the first page and at the
//! end; then Home and End, each timed.
//! `store`: `store::ledger::page` alone over the same filter: a page after row 100 and after
//! row 48,000 (or the deepest there is), median of 20 each, with their query plans; the last
//! page (End) the same way. Then the person registry's first and deepest page with the
//! 其他模块 counts (`persons::page` + `persons::roles`), and the dispute register searched by
//! a party's name.
//! Without a mode both run, `ui` first (so its peak memory is its own).
//!
//! The file is opened for writing (an older file is migrated): give a copy, never a file other
//! people read. scripts/bench-paging.sh makes the copy and runs this.

use std::path::{Path, PathBuf};
use std::process::exit;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sifa_desk::store::disputes::{self, DisputeFilter};
use sifa_desk::store::ledger::{self, Filter};
use sifa_desk::store::{Cursor, OpenOptions, Store, persons};
use sifa_desk::ui::{App, Clock};

const PAGE: usize = 100;
const RUNS: usize = 20;

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("{message}");
    exit(1)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// VmRSS and VmHWM of this process, in MB.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn print_memory(when: &str) {
    let (rss, hwm) = memory();
    println!("memory {when}: VmRSS {rss:.1} MB, VmHWM {hwm:.1} MB");
}

/// The own office's ledger: its first and last day and how many live entries it has.
fn span(store: &Store) -> (NaiveDate, NaiveDate, i64) {
    let (first, last, n): (Option<String>, Option<String>, i64) = sifa_desk::store::inspect::row(
        store,
        "SELECT min(served_at), max(served_at), count(*) FROM service_entries
         WHERE office_code = ?1 AND voided_at IS NULL",
        [store.office_code()],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap_or_else(|e| fail(e));
    let day = |s: Option<String>| {
        s.and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
            .unwrap_or_else(|| fail("no ledger entries: use a county demo database"))
    };
    (day(first), day(last), n)
}

fn open(path: &Path) -> Store {
    Store::open(path, &OpenOptions::default()).unwrap_or_else(|e| fail(e))
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn screen(app: &App) -> String {
    let mut terminal =
        Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| fail(e.to_string()));
    terminal
        .draw(|f| app.render(f))
        .unwrap_or_else(|e| fail(e.to_string()));
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The count line under the list ("共 N 条", "已显示 …，向下翻页继续"), as drawn: the last line
/// that ends so (the header above the list says "共 N 条：…").
fn count_line(screen: &str) -> String {
    screen
        .lines()
        .rev()
        .map(|l| l.trim().trim_matches('│').trim())
        .find(|l| l.ends_with('条') || l.ends_with("继续"))
        .unwrap_or_default()
        .to_string()
}

fn ui(path: &Path) {
    print_memory("before opening");
    let store = open(path);
    let (first, last, total) = span(&store);
    let now = last
        .and_hms_opt(18, 0, 0)
        .unwrap_or_else(|| fail("no time"));
    let mut app = App::new(store, Clock::fixed(now)).unwrap_or_else(|e| fail(e));
    // Who is at the desk (several operators): the first.
    if app.depth() > 0 {
        press(&mut app, KeyCode::Enter);
    }
    press(&mut app, KeyCode::Char('5'));
    // F3: the filter, from the first day to the last.
    press(&mut app, KeyCode::F(3));
    for (i, day) in [first, last].iter().enumerate() {
        if i > 0 {
            press(&mut app, KeyCode::Tab);
        }
        press(&mut app, KeyCode::End);
        for _ in 0..10 {
            press(&mut app, KeyCode::Backspace);
        }
        for c in day.format("%Y-%m-%d").to_string().chars() {
            press(&mut app, KeyCode::Char(c));
        }
    }
    let start = Instant::now();
    press(&mut app, KeyCode::F(10));
    let opened = start.elapsed();
    let shown = screen(&app);
    println!(
        "ledger filter {first} to {last}: {total} entries; applying it (totals and the first page) {:.2} ms",
        ms(opened)
    );
    println!("count line: {}", count_line(&shown));
    print_memory("at the first page");

    // PgDn to the end: ten PgDn move a hundred rows, so each group of ten reads one page.
    let mut groups: Vec<Duration> = Vec::new();
    let end = format!("共 {total} 条");
    loop {
        let mut group = Duration::ZERO;
        for _ in 0..PAGE / 10 {
            let start = Instant::now();
            press(&mut app, KeyCode::PageDown);
            group += start.elapsed();
        }
        groups.push(group);
        let shown = count_line(&screen(&app));
        if shown == end {
            println!("count line at the end: {shown}");
            break;
        }
        if groups.len() > total as usize / PAGE + 10 {
            fail(format!("never reached the end; count line: {shown}"));
        }
    }
    let n = groups.len();
    let avg = |g: &[Duration]| ms(g.iter().sum::<Duration>()) / g.len().max(1) as f64;
    println!(
        "PgDn ×10 (100 rows, one page read): first 5 pages {:.3} ms each, last 5 pages {:.3} ms each, \
         median {:.3} ms, worst {:.3} ms ({n} groups)",
        avg(&groups[..5.min(n)]),
        avg(&groups[n.saturating_sub(5)..]),
        ms(median(groups.clone())),
        ms(groups.iter().copied().max().unwrap_or_default()),
    );
    print_memory("after paging to the end");

    let start = Instant::now();
    press(&mut app, KeyCode::Home);
    let home = start.elapsed();
    let at_home = count_line(&screen(&app));
    let start = Instant::now();
    press(&mut app, KeyCode::End);
    let end_key = start.elapsed();
    let at_end = count_line(&screen(&app));
    println!(
        "Home {:.2} ms ({at_home}); End {:.2} ms ({at_end})",
        ms(home),
        ms(end_key)
    );
    print_memory("at the end of the ui run");
}

fn store_pages(path: &Path) {
    let store = open(path);
    let (from, to, total) = span(&store);
    let filter = Filter {
        from,
        to,
        ..Filter::day(store.office_code(), to)
    };
    // Walk the whole filter once, keeping the last id of every page.
    let mut cursor = Cursor::First;
    let mut ids = Vec::new();
    let mut walk = Vec::new();
    loop {
        let start = Instant::now();
        let rows = ledger::page(&store, &filter, cursor, PAGE).unwrap_or_else(|e| fail(e));
        walk.push(start.elapsed());
        let Some(last) = rows.last() else { break };
        cursor = Cursor::After(last.id);
        ids.push(last.id);
        if rows.len() < PAGE {
            break;
        }
    }
    println!(
        "walked {} pages of {total} entries: first page {:.3} ms, last page {:.3} ms",
        walk.len(),
        ms(walk.first().copied().unwrap_or_default()),
        ms(walk.last().copied().unwrap_or_default()),
    );
    let deep = 48_000.min((ids.len().saturating_sub(1)) * PAGE);
    let mut cursors: Vec<(String, Cursor)> = [PAGE, deep]
        .iter()
        .filter_map(|&row| {
            let id = ids.get(row / PAGE - 1)?;
            Some((format!("after row {row}"), Cursor::After(*id)))
        })
        .collect();
    cursors.push(("the last page (End)".to_string(), Cursor::Last));
    for (what, cursor) in cursors {
        let times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let rows =
                    ledger::page(&store, &filter, cursor, PAGE + 1).unwrap_or_else(|e| fail(e));
                let t = start.elapsed();
                if rows.is_empty() {
                    fail("an empty page");
                }
                t
            })
            .collect();
        println!(
            "store::ledger::page {what}: median {:.3} ms (of {RUNS}); plan: {}",
            ms(median(times)),
            plan(&store, &filter, cursor)
        );
    }
}

/// EXPLAIN QUERY PLAN of a page's statement, its lines joined with " | ".
fn plan(store: &Store, filter: &Filter, cursor: Cursor) -> String {
    let (sql, params) =
        ledger::page_query(store, filter, cursor, PAGE + 1).unwrap_or_else(|e| fail(e));
    let lines: Vec<String> = sifa_desk::store::inspect::rows(
        store,
        &format!("EXPLAIN QUERY PLAN {sql}"),
        rusqlite::params_from_iter(params.iter()),
        |r| r.get::<_, String>(3),
    )
    .unwrap_or_else(|e| fail(e));
    // The joins to the code lists are the same on every page.
    lines
        .into_iter()
        .filter(|l| !l.contains("codes"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Median of `RUNS` calls of `f`, in ms.
fn time<T>(mut f: impl FnMut() -> T) -> f64 {
    std::hint::black_box(f());
    let times = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    ms(median(times))
}

fn registry_and_search(path: &Path) {
    let store = open(path);
    let registry = |cursor| {
        let people = persons::page(&store, cursor, PAGE + 1).unwrap_or_else(|e| fail(e));
        let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
        (
            people,
            persons::roles(&store, &ids).unwrap_or_else(|e| fail(e)),
        )
    };
    let (first, roles) = registry(Cursor::First);
    let (last, _) = registry(Cursor::Last);
    println!(
        "registry page with its 其他模块 counts: the first page {:.3} ms ({} persons, {} with \
         records), the last page (End, {} persons) {:.3} ms (median of {RUNS})",
        time(|| registry(Cursor::First)),
        first.len(),
        roles.len(),
        last.len(),
        time(|| registry(Cursor::Last)),
    );
    // A party's name: a person of the office who is a party to a dispute.
    let name: String = sifa_desk::store::inspect::value(
        &store,
        "SELECT p.name FROM dispute_parties dp JOIN persons p ON p.id = dp.person_id
         WHERE dp.office_code = ?1 LIMIT 1",
        [store.office_code()],
    )
    .unwrap_or_else(|e| fail(e));
    let filter = DisputeFilter {
        office_code: store.office_code().to_string(),
        query: name.clone(),
        ..Default::default()
    };
    let found = disputes::page(&store, &filter, Cursor::First, PAGE + 1)
        .unwrap_or_else(|e| fail(e))
        .len();
    println!(
        "dispute register searched by a party's name ({name}): {found} cases, {:.3} ms (median of {RUNS})",
        time(|| disputes::page(&store, &filter, Cursor::First, PAGE + 1)),
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let Some(path) = args
        .iter()
        .find(|a| !a.starts_with('-') && !matches!(a.as_str(), "ui" | "store"))
    else {
        eprintln!("usage: cargo bench --bench paging -- DB_FILE [ui|store]");
        return;
    };
    let path = PathBuf::from(path);
    let mode = args.iter().find(|a| matches!(a.as_str(), "ui" | "store"));
    println!("database: {}", path.display());
    if mode.is_none_or(|m| m == "ui") {
        ui(&path);
    }
    if mode.is_none_or(|m| m == "store") {
        store_pages(&path);
        registry_and_search(&path);
    }
}
