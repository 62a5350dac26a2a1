//! People's-mediation disputes of a township demo: counts, mixes, replays, case numbers,
//! deadlines, parties.

use super::*;
// The generator's ledger, not the sibling test module of that name.
use crate::demo::ledger;

#[test]
fn township_registers_150_to_350_disputes_a_year() {
    let (store, summary) = generated(Scale::Township, 42);
    let years = disputes_per_year(&store);
    assert_eq!(years.len(), 1);
    for (office, last, before) in &years {
        assert!((150..=350).contains(last), "{office}: {last}");
        assert!((150..=350).contains(before), "{office}: {before}");
    }
    let all = count(&store, "SELECT count(*) FROM disputes");
    assert_eq!(all as usize, summary.records_of(Module::Disputes));
    // None registered after today, none before the ledger's first day.
    let first = column(&store, "SELECT min(registered_on) FROM disputes");
    let last = column(&store, "SELECT max(registered_on) FROM disputes");
    assert!(date_of(&first[0]) >= ledger::first_day(today(), TOWNSHIP_YEARS));
    assert!(date_of(&last[0]) <= today());
    // Every row written through the audited path.
    let audited = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'disputes' AND action = 'insert'",
    );
    assert_eq!(audited, all);
}

#[test]
fn township_disputes_have_the_national_type_mix_and_sources() {
    let (store, _) = generated(Scale::Township, 42);
    let all = count(&store, "SELECT count(*) FROM disputes") as f64;
    let kinds = column(
        &store,
        "SELECT kind FROM disputes GROUP BY kind ORDER BY count(*) DESC, kind",
    );
    assert_eq!(kinds[0], "neighbour", "{kinds:?}");
    let share = |kind: &str| {
        count_with(
            &store,
            "SELECT count(*) FROM disputes WHERE kind = ?1",
            [kind],
        ) as f64
            / all
    };
    assert!((0.24..0.36).contains(&share("neighbour")));
    assert!((0.10..0.20).contains(&share("marriage")));
    assert!((0.05..0.13).contains(&share("damages")));
    assert!((0.04..0.12).contains(&share("house")));
    assert!((0.06..0.20).contains(&share("land")));
    assert!(kinds.len() >= 12, "{kinds:?}");
    // Every type and source is on its code list.
    let unknown = count(
        &store,
        "SELECT count(*) FROM disputes d WHERE NOT EXISTS (SELECT 1 FROM codes c
           WHERE c.list = 'dispute_type' AND c.code = d.kind)
         OR NOT EXISTS (SELECT 1 FROM codes c WHERE c.list = 'dispute_source' AND c.code = d.source)
         OR (d.found_via <> '' AND NOT EXISTS (SELECT 1 FROM codes c
           WHERE c.list = 'dispute_found_via' AND c.code = d.found_via))",
    );
    assert_eq!(unknown, 0);
    let source = |s: &str| {
        count_with(
            &store,
            "SELECT count(*) FROM disputes WHERE source = ?1",
            [s],
        ) as f64
            / all
    };
    assert!(source("apply") > 0.5);
    assert!((0.05..0.35).contains(&source("initiative")));
    assert!((0.03..0.25).contains(&source("referral")));
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM disputes WHERE (source = 'referral') <> (referrer <> '')"
        ),
        0
    );
    assert!(
        count(
            &store,
            "SELECT count(*) FROM disputes WHERE found_via <> ''"
        ) > 0
    );
    // Mediators are the office's operators; facts are filled in.
    let strangers = count(
        &store,
        "SELECT count(*) FROM disputes d WHERE NOT EXISTS (SELECT 1 FROM operators o
           WHERE o.office_code = d.office_code AND instr(',' || d.mediators || ',', ',' || o.name || ',') = 1)
         OR length(d.facts) < 20",
    );
    assert_eq!(strangers, 0);
    let hard = count(&store, "SELECT count(*) FROM disputes WHERE difficult = 1");
    assert!(hard > 0 && (hard as f64) < all * 0.2);
    let risky = count(
        &store,
        "SELECT count(*) FROM disputes WHERE escalation_risk = 1",
    );
    let told = count(
        &store,
        "SELECT count(*) FROM disputes WHERE escalation_risk = 1 AND police_notified_at IS NOT NULL",
    );
    assert!(risky > 0 && (risky as f64) < all * 0.1);
    assert!(told * 2 > risky, "{told} of {risky}");
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM disputes WHERE escalation_risk = 0 AND police_notified_at IS NOT NULL"
        ),
        0
    );
}

#[test]
fn every_demo_dispute_replays_through_the_state_machine() {
    let (store, _) = generated(Scale::Township, 42);
    assert!(replay_all(&store) > 300);
    // The lifecycle is spread: open, closed and archived cases, a success rate of 96–99%.
    let by_status = |s: Status| {
        count_with(
            &store,
            "SELECT count(*) FROM disputes WHERE status = ?1",
            [s.code()],
        )
    };
    for s in [
        Status::Mediating,
        Status::Performing,
        Status::Performed,
        Status::Archived,
    ] {
        assert!(by_status(s) > 0, "{s:?}");
    }
    let agreed = count(
        &store,
        "SELECT count(*) FROM disputes WHERE agreed_on IS NOT NULL",
    ) as f64;
    let terminated = count(
        &store,
        "SELECT count(*) FROM dispute_events WHERE action = 'terminate'",
    ) as f64;
    let rate = agreed / (agreed + terminated);
    assert!((0.95..=0.995).contains(&rate), "{rate}");
    let written = count(
        &store,
        "SELECT count(*) FROM disputes WHERE agreement = 'written'",
    ) as f64;
    assert!(written > agreed * 0.6);
    // Old cases are archived; nothing open was registered more than half a year ago.
    let old_open = count_with(
        &store,
        "SELECT count(*) FROM disputes WHERE status IN ('registered', 'mediating')
         AND registered_on < ?1",
        [(today() - chrono::Days::new(183))
            .format("%Y-%m-%d")
            .to_string()],
    );
    assert_eq!(old_open, 0);
    let year_ago = (today() - chrono::Days::new(365))
        .format("%Y-%m-%d")
        .to_string();
    let old = count_with(
        &store,
        "SELECT count(*) FROM disputes WHERE registered_on < ?1",
        [&year_ago],
    ) as f64;
    let old_archived = count_with(
        &store,
        "SELECT count(*) FROM disputes WHERE registered_on < ?1 AND status = 'archived'",
        [&year_ago],
    ) as f64;
    assert!(old_archived > old * 0.9, "{old_archived} of {old}");
    // No step after today.
    let future = count_with(
        &store,
        "SELECT count(*) FROM dispute_events WHERE on_date > ?1",
        [today().format("%Y-%m-%d").to_string()],
    );
    assert_eq!(future, 0);
}

#[test]
fn case_numbers_are_unique_and_consecutive_per_office_and_year() {
    let (store, _) = generated(Scale::Township, 42);
    let rows: Vec<(String, i32, u32, String, String)> = inspect::rows(
        &store,
        "SELECT office_code, case_year, case_seq, case_no, accepted_on FROM disputes
         WHERE case_no IS NOT NULL ORDER BY office_code, case_year, case_seq",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )
    .unwrap();
    assert!(rows.len() > 300);
    let prefix = settings::dispute_prefix(&store).unwrap();
    assert_eq!(prefix, "版石");
    let mut numbers = HashSet::new();
    let mut expected: Option<(String, i32, u32)> = None;
    let mut last_accepted = String::new();
    for (office, year, seq, no, accepted) in &rows {
        let next = match &expected {
            Some((o, y, s)) if o == office && y == year => s + 1,
            _ => {
                last_accepted.clear();
                1
            }
        };
        assert_eq!(*seq, next, "{office} {year}");
        assert_eq!(date_of(accepted).year(), *year);
        // Numbers follow the acceptance dates.
        assert!(*accepted >= last_accepted, "{no}");
        last_accepted = accepted.clone();
        assert_eq!(*no, case_number(*year, &prefix, *seq));
        assert!(numbers.insert(no.clone()));
        expected = Some((office.clone(), *year, *seq));
    }
    // Every accepted case has its number, nothing else has one; the sequences agree.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM disputes WHERE (accepted_on IS NULL) <> (case_no IS NULL)"
        ),
        0
    );
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM case_sequences s WHERE s.last <> (SELECT max(case_seq)
               FROM disputes d WHERE d.office_code = s.office_code AND d.case_year = s.year)"
        ),
        0
    );
}

#[test]
fn some_disputes_are_overdue_or_due_soon_as_of_now() {
    let (store, _) = generated(Scale::Township, 42);
    let today = today().format("%Y-%m-%d").to_string();
    let overdue = count_with(
        &store,
        "SELECT count(*) FROM disputes WHERE status = 'mediating' AND mediation_due < ?1",
        [&today],
    );
    assert!(overdue > 0);
    let filter = crate::store::disputes::DisputeFilter {
        office_code: store.office_code().to_string(),
        overdue_on: Some(self::today()),
        ..Default::default()
    };
    let listed =
        crate::store::disputes::page(&store, &filter, crate::store::Cursor::First, 1000).unwrap();
    assert!(listed.len() as i64 >= overdue);
    // Recent cases are still open: some only registered, some being mediated.
    assert!(
        count(
            &store,
            "SELECT count(*) FROM disputes WHERE status = 'registered'"
        ) > 0
    );
    let open_recent = count_with(
        &store,
        "SELECT count(*) FROM disputes WHERE status = 'mediating' AND mediation_due >= ?1",
        [&today],
    );
    assert!(open_recent > 0);
}

#[test]
fn parties_come_from_the_registry_and_some_are_organisations_with_valid_codes() {
    let (store, _) = generated(Scale::Township, 42);
    let orgs = column(
        &store,
        "SELECT org_name || '|' || credit_code FROM dispute_parties WHERE person_id IS NULL",
    );
    assert!(orgs.len() > 5, "{}", orgs.len());
    for org in &orgs {
        let (name, code) = org.split_once('|').unwrap();
        assert!(
            name.starts_with("安远县") || name.ends_with("卫生院"),
            "{name}"
        );
        assert_eq!(check_credit_code(code).as_deref(), Ok(code), "{name}");
    }
    // Persons are of the office; nobody on both sides or twice on one.
    let foreign = count(
        &store,
        "SELECT count(*) FROM dispute_parties dp JOIN persons p ON p.id = dp.person_id
         JOIN disputes d ON d.id = dp.dispute_id WHERE p.office_code <> d.office_code",
    );
    assert_eq!(foreign, 0);
    let twice = count(
        &store,
        "SELECT count(*) FROM (SELECT dispute_id, person_id FROM dispute_parties
           WHERE person_id IS NOT NULL GROUP BY dispute_id, person_id HAVING count(*) > 1)",
    );
    assert_eq!(twice, 0);
    let several = count(
        &store,
        "SELECT count(*) FROM (SELECT dispute_id FROM dispute_parties GROUP BY dispute_id, side
           HAVING count(*) > 1)",
    );
    assert!(several > 10);
    let one_to_one = count(
        &store,
        "SELECT count(*) FROM disputes d WHERE (SELECT count(*) FROM dispute_parties p
           WHERE p.dispute_id = d.id) = 2",
    );
    let all = count(&store, "SELECT count(*) FROM disputes");
    assert!(one_to_one * 10 > all * 6, "{one_to_one} of {all}");
    // Amounts and people involved are plausible.
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM disputes d WHERE people_involved < (SELECT count(*)
               FROM dispute_parties p WHERE p.dispute_id = d.id) OR amount_fen < 0"
        ),
        0
    );
    assert!(count(&store, "SELECT count(*) FROM disputes WHERE amount_fen > 0") * 3 > all);
}

/// Every dispute's content (not uid or write instants), with its parties and steps.
fn dispute_rows(store: &Store) -> Vec<String> {
    column(
        store,
        "SELECT d.office_code || '|' || coalesce(d.case_no, '') || '|' || d.registered_on
                || '|' || d.kind || '|' || d.source || '|' || d.facts || '|' || d.amount_fen
                || '|' || d.status || '|' || d.mediators
                || '|' || (SELECT group_concat(coalesce(p.person_id, p.credit_code), ',')
                           FROM dispute_parties p WHERE p.dispute_id = d.id)
                || '|' || (SELECT group_concat(e.action || e.on_date || e.details, ',')
                           FROM dispute_events e WHERE e.dispute_id = d.id)
         FROM disputes d ORDER BY d.id",
    )
}

#[test]
fn the_same_seed_and_day_give_the_same_disputes() {
    let (a, _) = generated(Scale::Township, 7);
    let later = NaiveDate::from_ymd_opt(2026, 3, 17)
        .and_then(|d| d.and_hms_opt(20, 45, 0))
        .unwrap();
    let mut b = Store::open_in_memory().unwrap();
    generate(&mut b, Scale::Township, 7, later).unwrap();
    let (c, _) = generated(Scale::Township, 8);
    let rows = dispute_rows(&a);
    assert!(rows.len() > 300);
    assert_eq!(rows, dispute_rows(&b));
    assert_ne!(rows, dispute_rows(&c));
}
