//! The county scale (ignored: slow in a debug build).

use super::*;

/// Slow in a debug build: `cargo test --release --lib demo -- --ignored`.
#[test]
#[ignore]
fn county_has_25_offices_100000_persons_and_a_million_entries() {
    let (store, summary) = generated(Scale::County, 1);
    assert_eq!(summary.offices, 25);
    assert!(summary.persons >= 100_000, "{summary:?}");
    assert!(
        (950_000..1_060_000).contains(&summary.records_of(Module::Ledger)),
        "{summary:?}"
    );
    let entries = count(&store, "SELECT count(*) FROM service_entries");
    assert_eq!(entries as usize, summary.records_of(Module::Ledger));
    let audited = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'service_entries'",
    );
    assert_eq!(audited, entries);
    // Three years, every office, and the own office's entries in its own audit rows.
    let first = column(&store, "SELECT min(served_at) FROM service_entries");
    assert!(first[0].as_str() < "2023-03-25" && first[0].as_str() >= "2023-03-18");
    let offices = count(
        &store,
        "SELECT count(DISTINCT office_code) FROM service_entries",
    );
    assert_eq!(offices, 25);
    let own_audit = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'service_entries'
         AND office_code = '360726125'",
    );
    let own_entries = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE office_code = '360726125'",
    );
    assert_eq!(own_audit, own_entries);
    let stray = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.office_code <> e.office_code",
    );
    assert_eq!(stray, 0);
    assert_eq!(store.office_code(), "360726101");
    let codes = column(&store, "SELECT office_code FROM offices ORDER BY id");
    let expected: Vec<String> = (101..=125).map(|n| format!("360726{n}")).collect();
    assert_eq!(codes, expected);
    let per_office = column(
        &store,
        "SELECT o.office_code || ':' ||
                (SELECT count(*) FROM persons p WHERE p.office_code = o.office_code) || ':' ||
                (SELECT count(*) FROM villages v WHERE v.office_code = o.office_code) || ':' ||
                (SELECT count(*) FROM operators r WHERE r.office_code = o.office_code)
         FROM offices o",
    );
    for line in per_office {
        let n: Vec<i64> = line
            .split(':')
            .skip(1)
            .map(|x| x.parse().unwrap())
            .collect();
        assert!(
            n[0] > 2_000 && (20..=30).contains(&n[1]) && (3..=5).contains(&n[2]),
            "{line}"
        );
    }
    let stray = count(
        &store,
        "SELECT count(*) FROM persons p JOIN villages v ON v.id = p.village_id
         WHERE v.office_code <> p.office_code",
    );
    assert_eq!(stray, 0);
    let ids = count(&store, "SELECT count(DISTINCT id_number) FROM persons");
    let with_id = count(&store, "SELECT count(id_number) FROM persons");
    assert_eq!(ids, with_id);
}

#[test]
#[ignore]
fn county_disputes_are_150_to_350_a_year_in_every_office_and_replay() {
    let (store, summary) = generated(Scale::County, 1);
    let years = disputes_per_year(&store);
    assert_eq!(years.len(), 25);
    for (office, last, before) in &years {
        assert!((150..=350).contains(last), "{office}: {last}");
        assert!((150..=350).contains(before), "{office}: {before}");
    }
    let first = column(&store, "SELECT min(registered_on) FROM disputes");
    assert!(first[0].as_str() < "2023-03-25", "{first:?}");
    assert_eq!(replay_all(&store), summary.records_of(Module::Disputes));
}
