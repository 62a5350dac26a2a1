//! The long lists' pages: every cursor reads the rows the list's order says, and every page is
//! a search of an index bounded by the cursor (EXPLAIN QUERY PLAN), costing no more deep in
//! the list than at its top (SQLite's count of virtual-machine steps).

use crate::domain::module::Module;
use chrono::NaiveDate;
use rusqlite::StatementStatus;
use rusqlite::types::Value;

use super::disputes::DisputeFilter;
use super::ledger::Filter;
use super::{Cursor, Store, disputes, ledger, persons};

const OWN: &str = "360726101";
const OTHER: &str = "360726102";

/// Two offices: 3,000 ledger entries (times shared by seven entries each, so the id decides
/// ties), 700 disputes with two parties each, 2,000 persons; a quarter of each belongs to the
/// other office, a few are voided.
fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.set_office_code(OWN);
    store
        .conn()
        .execute_batch(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
             INSERT INTO persons (uid, office_code, name, created_at, created_by, updated_at,
                 updated_by, voided_at)
             SELECT 'p' || i, CASE WHEN i % 4 = 0 THEN '{OTHER}' ELSE '{OWN}' END, '人' || i,
                 't', 't', 't', 't', CASE WHEN i % 89 = 0 THEN 't' END
             FROM n;
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
             INSERT INTO service_entries (uid, office_code, served_at, channel, service,
                 person_id, visitor_name, matter, outcome, handler,
                 created_at, created_by, updated_at, updated_by, voided_at)
             SELECT 'e' || i, CASE WHEN i % 4 = 0 THEN '{OTHER}' ELSE '{OWN}' END,
                 datetime('2025-01-01', '+' || (i / 7 * 3) || ' hours'), 'window', 'consult',
                 1 + i % 50, '', 'other', 'answered', '张敏', 't', 't', 't', 't',
                 CASE WHEN i % 97 = 0 THEN 't' END
             FROM n;
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 700)
             INSERT INTO disputes (uid, office_code, registered_on, source, kind, facts,
                 mediators, created_at, created_by, updated_at, updated_by, voided_at)
             SELECT 'd' || i, CASE WHEN i % 4 = 0 THEN '{OTHER}' ELSE '{OWN}' END,
                 date('2025-01-01', '+' || (i / 3) || ' days'), 'apply', 'neighbour', '',
                 '张敏', 't', 't', 't', 't', CASE WHEN i % 101 = 0 THEN 't' END
             FROM n;
             INSERT INTO dispute_parties (uid, office_code, dispute_id, side, person_id,
                 org_name, created_at, created_by, updated_at, updated_by)
             SELECT 'a' || id, office_code, id, 'applicant', 1 + id % 60, '', 't', 't', 't', 't'
             FROM disputes
             UNION ALL
             SELECT 'r' || id, office_code, id, 'respondent', NULL, '公司' || id,
                 't', 't', 't', 't'
             FROM disputes;"
        ))
        .unwrap();
    store
}

fn ledger_filter() -> Filter {
    Filter {
        from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        ..Filter::day(OWN, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())
    }
}

fn dispute_filter() -> DisputeFilter {
    DisputeFilter {
        office_code: OWN.to_string(),
        ..Default::default()
    }
}

/// The plan's lines, and the rows' first column and the VM steps of one run.
fn run(store: &Store, sql: &str, params: &[Value]) -> (Vec<String>, Vec<i64>, i32) {
    let conn = store.conn();
    let params = rusqlite::params_from_iter(params.iter());
    let mut explain = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    let plan = explain
        .query_map(params.clone(), |r| r.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut stmt = conn.prepare(sql).unwrap();
    let ids = stmt
        .query_map(params, |r| r.get::<_, i64>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (plan, ids, stmt.get_status(StatementStatus::VmStep))
}

/// The plan searches `index` and scans nothing, and sorts nothing.
fn assert_searches(plan: &[String], table: &str, index: &str) {
    let text = plan.join("\n");
    assert!(
        plan.iter()
            .any(|l| l.starts_with(&format!("SEARCH {table} USING"))
                && l.contains(&format!("INDEX {index} ("))),
        "no search of {index}:\n{text}"
    );
    assert!(
        !plan
            .iter()
            .any(|l| l.starts_with("SCAN") || l.contains("TEMP B-TREE FOR ORDER BY")),
        "a scan or a sort:\n{text}"
    );
}

/// Checks one list: the plan of each cursor, the rows each cursor reads against `all` (the
/// whole list in order), and the cost of a deep page against the first.
fn check_list(
    store: &Store,
    all: &[i64],
    query: impl Fn(Cursor, usize) -> (String, Vec<Value>),
    table: &str,
    index: &str,
) {
    assert!(all.len() > 1000, "{} rows", all.len());
    let page = |cursor| {
        let (sql, params) = query(cursor, 100);
        let (plan, mut ids, steps) = run(store, &sql, &params);
        assert_searches(&plan, table, index);
        if cursor.backwards() {
            ids.reverse();
        }
        (ids, steps)
    };
    let deep = all.len() - 150;
    let (first, first_steps) = page(Cursor::First);
    assert_eq!(first, all[..100]);
    let (after, deep_steps) = page(Cursor::After(all[deep]));
    assert_eq!(after, all[deep + 1..deep + 101]);
    assert!(
        deep_steps <= first_steps * 2,
        "a page at row {deep} took {deep_steps} VM steps, the first {first_steps}"
    );
    let (from, _) = page(Cursor::From(all[deep]));
    assert_eq!(from, all[deep..deep + 100]);
    let (before, before_steps) = page(Cursor::Before(all[deep]));
    assert_eq!(before, all[deep - 100..deep]);
    assert!(before_steps <= first_steps * 2);
    let (last, last_steps) = page(Cursor::Last);
    assert_eq!(last, all[all.len() - 100..]);
    assert!(last_steps <= first_steps * 2);
    // Near the ends a page is short.
    let (short, _) = page(Cursor::After(all[all.len() - 3]));
    assert_eq!(short, all[all.len() - 2..]);
    let (short, _) = page(Cursor::Before(all[2]));
    assert_eq!(short, all[..2]);
}

fn ids(store: &Store, sql: &str) -> Vec<i64> {
    let mut stmt = store.conn().prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn ledger_pages_search_the_time_index_at_any_depth() {
    let store = store();
    let all = ids(
        &store,
        &format!(
            "SELECT id FROM service_entries WHERE office_code = '{OWN}' AND voided_at IS NULL
             ORDER BY served_at DESC, id DESC"
        ),
    );
    let f = ledger_filter();
    let query = |c, n| ledger::page_query(&store, &f, c, n).unwrap();
    check_list(&store, &all, query, "e", "service_entries_time");
    // The page function itself returns the same rows, in the list's order.
    let got: Vec<i64> = ledger::page(&store, &f, Cursor::Before(all[500]), 100)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(got, all[400..500]);
}

#[test]
fn a_cursor_outside_the_period_reads_from_the_periods_edge() {
    let store = store();
    // A period inside the data: the first and the last entry are outside it.
    let f = Filter {
        from: NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2025, 2, 28).unwrap(),
        ..ledger_filter()
    };
    let page = |c| -> Vec<i64> {
        ledger::page(&store, &f, c, 5000)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect()
    };
    let whole = page(Cursor::First);
    assert!(whole.len() > 100);
    let (oldest, newest) = (
        ids(&store, "SELECT min(id) FROM service_entries")[0],
        ids(&store, "SELECT max(id) FROM service_entries")[0],
    );
    assert_eq!(page(Cursor::After(newest)), whole);
    assert_eq!(page(Cursor::Before(oldest)), whole);
    assert!(page(Cursor::After(oldest)).is_empty());
    assert!(page(Cursor::Before(newest)).is_empty());
    // A cursor that is no row at all reads from the nearer end.
    assert_eq!(page(Cursor::After(999_999)), whole);
    assert_eq!(page(Cursor::Last), whole);
}

#[test]
fn dispute_pages_search_the_office_index_at_any_depth() {
    let store = store();
    let all = ids(
        &store,
        &format!(
            "SELECT id FROM disputes WHERE office_code = '{OWN}' AND voided_at IS NULL
             ORDER BY registered_on DESC, id DESC"
        ),
    );
    let f = dispute_filter();
    let query = |c, n| disputes::page_query(&store, &f, c, n).unwrap();
    // 700 disputes, three quarters of them the own office's: fewer than check_list wants,
    // so pages of 100 over a list of 500+ are checked by hand.
    assert!(all.len() > 500);
    let (sql, params) = query(Cursor::After(all[400]), 100);
    let (plan, got, deep_steps) = run(&store, &sql, &params);
    assert_searches(&plan, "d", "disputes_office");
    assert_eq!(got, all[401..all.len().min(501)]);
    let (sql, params) = query(Cursor::First, 100);
    let (_, _, first_steps) = run(&store, &sql, &params);
    assert!(
        deep_steps <= first_steps * 2,
        "{deep_steps} vs {first_steps}"
    );
    // A period: its bounds and the cursor's.
    let f = DisputeFilter {
        from: NaiveDate::from_ymd_opt(2025, 3, 1),
        to: NaiveDate::from_ymd_opt(2025, 5, 31),
        ..dispute_filter()
    };
    let (sql, params) = disputes::page_query(&store, &f, Cursor::Last, 10).unwrap();
    let (plan, got, _) = run(&store, &sql, &params);
    assert_searches(&plan, "d", "disputes_office");
    let oldest = ids(
        &store,
        &format!(
            "SELECT id FROM disputes WHERE office_code = '{OWN}' AND voided_at IS NULL
             AND registered_on >= '2025-03-01' ORDER BY registered_on, id LIMIT 1"
        ),
    );
    assert_eq!(got[0], oldest[0]);
}

#[test]
fn the_party_search_reads_only_the_offices_parties() {
    let store = store();
    let f = DisputeFilter {
        query: "公司1".to_string(),
        ..dispute_filter()
    };
    let (sql, params) = disputes::page_query(&store, &f, Cursor::First, 100).unwrap();
    let (plan, got, _) = run(&store, &sql, &params);
    assert_searches(&plan, "dispute_parties", "dispute_parties_office");
    let expected = ids(
        &store,
        &format!(
            "SELECT d.id FROM disputes d JOIN dispute_parties p ON p.dispute_id = d.id
             WHERE d.office_code = '{OWN}' AND d.voided_at IS NULL AND p.org_name LIKE '%公司1%'
             ORDER BY d.registered_on DESC, d.id DESC LIMIT 100"
        ),
    );
    assert!(!expected.is_empty());
    assert_eq!(got, expected);
}

#[test]
fn registry_pages_search_the_office_index_at_any_depth() {
    let store = store();
    let all = ids(
        &store,
        &format!(
            "SELECT id FROM persons WHERE office_code = '{OWN}' AND voided_at IS NULL
             ORDER BY id DESC"
        ),
    );
    let query = |c, n| persons::page_query(&store, c, n).unwrap();
    check_list(&store, &all, query, "p", "persons_office");
}

#[test]
fn roles_count_live_visits_and_disputes_of_the_given_persons_only() {
    let store = store();
    let expected =
        |sql: &str, id: i64| -> i64 { store.conn().query_row(sql, [id], |r| r.get(0)).unwrap() };
    let page: Vec<i64> = (1..=100).collect();
    let sql = persons::roles_query(page.len());
    // The ids once, as ?1…?n: every module's count reuses them.
    let params: Vec<Value> = page.iter().map(|&i| Value::Integer(i)).collect();
    let (plan, _, _) = run(&store, &sql, &params);
    assert_searches(&plan, "service_entries", "service_entries_person");
    assert!(
        plan.iter()
            .any(|l| l
                .contains("COVERING INDEX service_entries_person (person_id=? AND voided_at=?)")),
        "{plan:?}"
    );
    assert_searches(&plan, "dp", "dispute_parties_person");
    let roles = persons::roles(&store, &page).unwrap();
    for id in [1, 7, 50, 60, 61, 99] {
        let r = roles.get(&id).cloned().unwrap_or_default();
        assert_eq!(
            r.of(Module::Ledger),
            expected(
                "SELECT count(*) FROM service_entries WHERE person_id = ?1 AND voided_at IS NULL",
                id
            ),
            "person {id}"
        );
        assert_eq!(
            r.of(Module::Disputes),
            expected(
                "SELECT count(DISTINCT d.id) FROM disputes d JOIN dispute_parties p
                 ON p.dispute_id = d.id
                 WHERE p.person_id = ?1 AND d.voided_at IS NULL AND p.voided_at IS NULL",
                id
            ),
            "person {id}"
        );
    }
    assert!(
        roles
            .get(&1)
            .is_some_and(|r| r.of(Module::Ledger) > 0 && r.of(Module::Disputes) > 0)
    );
    assert!(!roles.contains_key(&99), "no records, no entry");
    assert!(persons::roles(&store, &[]).unwrap().is_empty());
    // A voided party and a voided dispute no longer count.
    let before = roles[&2].of(Module::Disputes);
    store
        .conn()
        .execute_batch(
            "UPDATE dispute_parties SET voided_at = 't' WHERE id = (SELECT min(id)
                 FROM dispute_parties WHERE person_id = 2 AND voided_at IS NULL);
             UPDATE disputes SET voided_at = 't' WHERE id = (SELECT max(dispute_id)
                 FROM dispute_parties WHERE person_id = 2 AND voided_at IS NULL);",
        )
        .unwrap();
    assert_eq!(
        persons::roles(&store, &[2]).unwrap()[&2].of(Module::Disputes),
        before - 2
    );
}
