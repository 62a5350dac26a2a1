use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::person::birth_date;
use super::*;
use crate::domain::IdNumber;
use crate::domain::office::ValidOffice;
use crate::domain::parse_phone;
use crate::store::offices;

/// A Tuesday afternoon.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 17)
        .and_then(|d| d.and_hms_opt(15, 20, 0))
        .unwrap()
}

fn today() -> NaiveDate {
    now().date()
}

fn generated(scale: Scale, seed: u64) -> (Store, Summary) {
    let mut store = Store::open_in_memory().unwrap();
    let summary = generate(&mut store, scale, seed, now()).unwrap();
    (store, summary)
}

fn count(store: &Store, sql: &str) -> i64 {
    store.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Every person's content (not uid or write instants), in insertion order.
fn person_rows(store: &Store) -> Vec<String> {
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT p.office_code, p.name, p.name_pinyin, p.name_initials,
                    coalesce(p.id_number, ''), coalesce(p.gender, ''),
                    coalesce(p.birth_date, ''), p.ethnicity, coalesce(p.phone, ''), p.address,
                    coalesce(v.name, '')
             FROM persons p LEFT JOIN villages v ON v.id = p.village_id ORDER BY p.id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        (0..11)
            .map(|i| r.get::<_, String>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
            .map(|v| v.join("|"))
    })
    .unwrap()
    .collect::<rusqlite::Result<Vec<_>>>()
    .unwrap()
}

fn column(store: &Store, sql: &str) -> Vec<String> {
    let mut stmt = store.conn().prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<String>>>()
        .unwrap()
}

#[test]
fn rng_is_deterministic_and_in_range() {
    let (mut a, mut b) = (Rng::new(7), Rng::new(7));
    for _ in 0..1000 {
        assert_eq!(a.next_u64(), b.next_u64());
        let r = a.range(3, 5);
        assert!((3..=5).contains(&r));
        b.range(3, 5);
    }
    assert_eq!(a.below(0), 0);
    assert_eq!(a.weighted::<u8>(&[]), None);
}

#[test]
fn township_has_valid_distinct_ids_and_the_expected_shape() {
    let (store, summary) = generated(Scale::Township, 42);
    assert_eq!(summary.offices, 1);
    assert!(summary.persons >= 1_500, "{summary:?}");
    assert_eq!(
        count(&store, "SELECT count(*) FROM persons") as usize,
        summary.persons
    );
    assert_eq!(store.office_code(), "360726101");
    assert_eq!(
        settings::get(&store, settings::DEMO).unwrap().as_deref(),
        Some("township")
    );
    let office = offices::own(&store).unwrap().unwrap();
    assert_eq!(
        (office.name.as_str(), office.county.as_str()),
        ("版石镇司法所", "安远县")
    );

    let villages = count(&store, "SELECT count(*) FROM villages");
    assert!((20..=30).contains(&villages), "{villages}");
    let roles = column(&store, "SELECT role FROM operators ORDER BY id");
    assert!((3..=5).contains(&roles.len()));
    assert_eq!(roles.iter().filter(|r| *r == "admin").count(), 1);
    assert_eq!(roles.iter().filter(|r| *r == "head").count(), 1);
    let admin = column(&store, "SELECT name FROM operators WHERE role = 'admin'");
    let created_by = column(&store, "SELECT DISTINCT created_by FROM persons");
    assert_eq!(created_by, admin);

    let ids = column(
        &store,
        "SELECT id_number FROM persons WHERE id_number IS NOT NULL",
    );
    let distinct: HashSet<&String> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len());
    let missing = summary.persons - ids.len();
    assert!((20..=150).contains(&missing), "{missing} without ID");
    let rows = column(
        &store,
        "SELECT id_number || '|' || gender || '|' || birth_date FROM persons
         WHERE id_number IS NOT NULL",
    );
    for row in rows {
        let parts: Vec<&str> = row.split('|').collect();
        let id = IdNumber::parse(parts[0], today()).unwrap();
        assert_eq!(id.gender().label(), parts[1]);
        assert_eq!(format!("{}", id.birth_date().format("%Y-%m-%d")), parts[2]);
        assert!((1940..=2008).contains(&id.birth_date().year()));
        assert!(parts[0].starts_with("36"));
    }
    for phone in column(&store, "SELECT phone FROM persons WHERE phone IS NOT NULL") {
        assert_eq!(parse_phone(&phone).as_deref(), Ok(phone.as_str()));
    }
    let no_phone = count(&store, "SELECT count(*) FROM persons WHERE phone IS NULL");
    let landlines = count(
        &store,
        "SELECT count(*) FROM persons WHERE phone LIKE '0797-%'",
    );
    assert!(no_phone > 50 && landlines > 50, "{no_phone} {landlines}");
    let han = count(
        &store,
        "SELECT count(*) FROM persons WHERE ethnicity = '汉族'",
    );
    assert!(han as usize > summary.persons * 9 / 10 && (han as usize) < summary.persons);
    // Every insert is audited.
    let audited = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'persons'",
    );
    assert_eq!(audited as usize, summary.persons);
}

#[test]
fn names_are_realistic_and_include_the_hard_surnames() {
    let (store, _) = generated(Scale::Township, 42);
    let names = column(&store, "SELECT name FROM persons");
    for surname in names::SHOWCASE_SURNAMES {
        assert!(names.iter().any(|n| n.starts_with(surname)), "no {surname}");
    }
    assert!(names.iter().all(|n| (2..=4).contains(&n.chars().count())));
    let four = names.iter().filter(|n| n.chars().count() == 4).count();
    assert!(four >= 3, "{four} four-character names");
    assert!(names.iter().any(|n| n.chars().count() == 2));
    let pinyin = column(
        &store,
        "SELECT name_pinyin FROM persons WHERE name LIKE '单%'",
    );
    assert!(pinyin.iter().all(|p| p.starts_with("shan")), "{pinyin:?}");
    let pinyin = column(
        &store,
        "SELECT name_pinyin FROM persons WHERE name LIKE '尉迟%'",
    );
    assert!(pinyin.iter().all(|p| p.starts_with("yuchi")), "{pinyin:?}");
    let distinct: HashSet<&String> = names.iter().collect();
    assert!(distinct.len() > names.len() / 2, "too few distinct names");
    let addresses = column(&store, "SELECT address FROM persons LIMIT 50");
    assert!(
        addresses
            .iter()
            .all(|a| a.starts_with("版石镇") && a.ends_with('号'))
    );
}

#[test]
fn every_person_lives_in_a_village_of_their_office() {
    let (store, _) = generated(Scale::Township, 9);
    let stray = count(
        &store,
        "SELECT count(*) FROM persons p LEFT JOIN villages v ON v.id = p.village_id
         WHERE v.id IS NULL OR v.office_code <> p.office_code",
    );
    assert_eq!(stray, 0);
    let unused = count(
        &store,
        "SELECT count(*) FROM villages v
         WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.village_id = v.id)",
    );
    assert_eq!(unused, 0);
}

#[test]
fn same_seed_and_day_give_the_same_data_and_another_seed_does_not() {
    let (a, _) = generated(Scale::Township, 2026);
    let (b, _) = generated(Scale::Township, 2026);
    let (c, _) = generated(Scale::Township, 2027);
    let rows = person_rows(&a);
    assert_eq!(rows, person_rows(&b));
    assert_ne!(rows, person_rows(&c));
    let villages = "SELECT name FROM villages ORDER BY id";
    assert_eq!(column(&a, villages), column(&b, villages));
}

#[test]
fn refuses_a_file_with_real_records_and_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let office = ValidOffice {
        name: "版石镇司法所".into(),
        code: "360726101".into(),
        county: "安远县".into(),
        population: 52_000,
    };
    offices::setup(&mut store, &office, "李明").unwrap();
    let audit = count(&store, "SELECT count(*) FROM audit_log");
    let result = generate(&mut store, Scale::Township, 1, now());
    assert!(
        matches!(result, Err(DemoError::HasRealRecords)),
        "{result:?}"
    );
    assert_eq!(result.unwrap_err().to_string(), strings::CLI_DEMO_REFUSED);
    assert_eq!(count(&store, "SELECT count(*) FROM audit_log"), audit);
    assert_eq!(count(&store, "SELECT count(*) FROM persons"), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM villages"), 0);
    assert_eq!(settings::get(&store, settings::DEMO).unwrap(), None);
    assert_eq!(store.operator(), "李明");
}

#[test]
fn refuses_a_demo_file_a_second_time() {
    let (mut store, summary) = generated(Scale::Township, 5);
    let audit = count(&store, "SELECT count(*) FROM audit_log");
    let result = generate(&mut store, Scale::County, 6, now());
    assert!(matches!(result, Err(DemoError::AlreadyDemo)), "{result:?}");
    assert_eq!(result.unwrap_err().to_string(), strings::CLI_DEMO_ALREADY);
    assert_eq!(count(&store, "SELECT count(*) FROM audit_log"), audit);
    assert_eq!(
        count(&store, "SELECT count(*) FROM persons") as usize,
        summary.persons
    );
}

#[test]
fn birth_dates_never_pass_today() {
    let early = NaiveDate::from_ymd_opt(1995, 6, 1).unwrap();
    let mut rng = Rng::new(3);
    for _ in 0..2_000 {
        let d = birth_date(&mut rng, early);
        assert!(d <= early && d.year() >= 1940, "{d}");
    }
}

#[test]
fn scale_names_round_trip() {
    for scale in [Scale::Township, Scale::County] {
        assert_eq!(Scale::from_name(scale.as_str()), Some(scale));
    }
    assert_eq!(Scale::from_name("city"), None);
}

/// Slow in a debug build: `cargo test --release --lib demo -- --ignored`.
#[test]
#[ignore]
fn county_has_25_offices_100000_persons_and_a_million_entries() {
    let (store, summary) = generated(Scale::County, 1);
    assert_eq!(summary.offices, 25);
    assert!(summary.persons >= 100_000, "{summary:?}");
    assert!(
        (950_000..1_060_000).contains(&summary.entries),
        "{summary:?}"
    );
    let entries = count(&store, "SELECT count(*) FROM service_entries");
    assert_eq!(entries as usize, summary.entries);
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

/// Every entry's content (not uid or write instants), in insertion order.
fn entry_rows(store: &Store) -> Vec<String> {
    column(
        store,
        "SELECT office_code || '|' || served_at || '|' || channel || '|' || service || '|' ||
                coalesce(person_id, '') || '|' || visitor_name || '|' || special_groups || '|' ||
                matter || '|' || summary || '|' || outcome || '|' || referred_to || '|' ||
                follow_up || '|' || satisfaction || '|' || handler
         FROM service_entries ORDER BY id",
    )
}

fn count_with(store: &Store, sql: &str, params: impl rusqlite::Params) -> i64 {
    store.conn().query_row(sql, params, |r| r.get(0)).unwrap()
}

#[test]
fn township_ledger_fills_every_working_day_for_two_years_up_to_now() {
    let (store, summary) = generated(Scale::Township, 42);
    let entries = count(&store, "SELECT count(*) FROM service_entries");
    assert_eq!(entries as usize, summary.entries);
    let audited = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'service_entries'
         AND action = 'insert'",
    );
    assert_eq!(audited, entries);

    // A recent working day (Wednesday of last week), and every working day of the two years.
    let wednesday = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE served_at LIKE '2026-03-11 %'",
    );
    assert!((5..=15).contains(&wednesday), "{wednesday}");
    let days = column(
        &store,
        "SELECT substr(served_at, 1, 10) || '|' || count(*) FROM service_entries
         GROUP BY substr(served_at, 1, 10)",
    );
    let mut working_days = 0;
    for line in &days {
        let (day, n) = line.split_once('|').unwrap();
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let n: i64 = n.parse().unwrap();
        match day.weekday() {
            chrono::Weekday::Sun => panic!("entries on a Sunday: {line}"),
            chrono::Weekday::Sat => assert!((1..=3).contains(&n), "{line}"),
            _ if day == today() => {}
            _ => {
                assert!((5..=15).contains(&n), "{line}");
                working_days += 1;
            }
        }
    }
    assert!(working_days > 480, "{working_days} working days");
    let saturday_channels = column(
        &store,
        "SELECT DISTINCT channel FROM service_entries
         WHERE strftime('%w', substr(served_at, 1, 10)) = '6' ORDER BY channel",
    );
    assert_eq!(saturday_channels, ["home", "outreach"]);

    // Today's entries are there, and none is later than now, all in office hours.
    let today_count = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE served_at LIKE '2026-03-17 %'",
    );
    assert!(today_count >= 1, "no entries today");
    let (first, last) = store
        .conn()
        .query_row(
            "SELECT min(served_at), max(served_at) FROM service_entries",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )
        .unwrap();
    assert!(last.as_str() <= "2026-03-17 15:20", "{last}");
    assert!(last.starts_with("2026-03-17"), "{last}");
    // Two years back: the first entries fall in the first week after 2024-03-17.
    assert!(
        ("2024-03-18".."2024-03-26").contains(&first.as_str()),
        "{first}"
    );
    let outside_hours = count(
        &store,
        "SELECT count(*) FROM service_entries
         WHERE substr(served_at, 12) < '08:30' OR substr(served_at, 12) > '17:30'
            OR (substr(served_at, 12) >= '12:00' AND substr(served_at, 12) < '13:30')",
    );
    assert_eq!(outside_hours, 0);
}

#[test]
fn township_ledger_has_realistic_mixes_and_repeat_visitors() {
    let (store, summary) = generated(Scale::Township, 42);
    let total = summary.entries as f64;
    let share = |sql: &str| count(&store, sql) as f64 / total;
    let services = column(
        &store,
        "SELECT service FROM service_entries GROUP BY service ORDER BY count(*) DESC",
    );
    assert_eq!(services[0], "consult");
    assert_eq!(services.len(), 8, "{services:?}");
    let consult = share("SELECT count(*) FROM service_entries WHERE service = 'consult'");
    assert!((0.52..0.68).contains(&consult), "{consult}");
    let aid = share("SELECT count(*) FROM service_entries WHERE service = 'aid'");
    assert!((0.05..0.11).contains(&aid), "{aid}");
    let window = share("SELECT count(*) FROM service_entries WHERE channel = 'window'");
    assert!((0.52..0.68).contains(&window), "{window}");
    let phone = share("SELECT count(*) FROM service_entries WHERE channel = 'phone'");
    assert!((0.15..0.25).contains(&phone), "{phone}");
    let answered = share("SELECT count(*) FROM service_entries WHERE outcome = 'answered'");
    assert!(answered > 0.5, "{answered}");
    let satisfied = share("SELECT count(*) FROM service_entries WHERE satisfaction = 'satisfied'");
    let unsatisfied =
        share("SELECT count(*) FROM service_entries WHERE satisfaction = 'unsatisfied'");
    assert!(satisfied > 0.5 && unsatisfied > 0.0 && unsatisfied < 0.05);
    for list in [
        "service_channel",
        "service_outcome",
        "satisfaction",
        "matter_category",
    ] {
        let column_name = match list {
            "service_channel" => "channel",
            "service_outcome" => "outcome",
            "satisfaction" => "satisfaction",
            _ => "matter",
        };
        let unknown = count(
            &store,
            &format!(
                "SELECT count(*) FROM service_entries e WHERE NOT EXISTS
                 (SELECT 1 FROM codes c WHERE c.list = '{list}' AND c.code = e.{column_name})"
            ),
        );
        assert_eq!(unknown, 0, "{list}");
        let used = count(
            &store,
            &format!("SELECT count(DISTINCT {column_name}) FROM service_entries"),
        );
        let listed = count(
            &store,
            &format!("SELECT count(*) FROM codes WHERE list = '{list}'"),
        );
        assert_eq!(used, listed, "every {list} occurs");
    }

    // Visitors: mostly the registry, some several times; anonymous and name-only callers.
    let repeat = count(
        &store,
        "SELECT count(*) FROM (SELECT person_id FROM service_entries
         WHERE person_id IS NOT NULL GROUP BY person_id HAVING count(*) > 1)",
    );
    assert!(repeat > 200, "{repeat} repeat visitors");
    let most = count(
        &store,
        "SELECT max(n) FROM (SELECT count(*) AS n FROM service_entries GROUP BY person_id)",
    );
    assert!(most >= 5, "{most}");
    let anonymous = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE visitor_name = '匿名' AND person_id IS NULL",
    );
    let anonymous_phone = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE visitor_name = '匿名' AND channel = 'phone'",
    );
    assert!(
        anonymous > 50 && anonymous == anonymous_phone,
        "{anonymous}"
    );
    let named = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE person_id IS NULL AND visitor_name <> '匿名'",
    );
    assert!(named > 50, "{named}");
    let registry = share("SELECT count(*) FROM service_entries WHERE person_id IS NOT NULL");
    assert!(registry > 0.75, "{registry}");
    let stray = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.office_code <> e.office_code",
    );
    assert_eq!(stray, 0);

    // Handlers are the office's operators.
    let handlers = count(
        &store,
        "SELECT count(*) FROM service_entries e WHERE NOT EXISTS
         (SELECT 1 FROM operators o WHERE o.name = e.handler AND o.office_code = e.office_code)",
    );
    assert_eq!(handlers, 0);

    // 转交 names where to, and it and 约期答复 need a follow-up.
    let referred_without = count(
        &store,
        "SELECT count(*) FROM service_entries
         WHERE (outcome = 'referred') <> (referred_to <> '')",
    );
    assert_eq!(referred_without, 0);
    let no_follow_up = count(
        &store,
        "SELECT count(*) FROM service_entries
         WHERE outcome IN ('referred', 'later') AND follow_up = 0",
    );
    assert_eq!(no_follow_up, 0);
    let aid_centre = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE referred_to = '县法律援助中心'",
    );
    assert!(aid_centre > 50, "{aid_centre}");

    // Special groups: 老年人 exactly for registry visitors 60 or over that day, 农民工 for
    // most wage cases, 妇女 for women often.
    let elderly_wrong = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.birth_date IS NOT NULL
           AND (date(p.birth_date, '+60 years') <= substr(e.served_at, 1, 10))
               <> (instr(e.special_groups, 'elderly') > 0)",
    );
    assert_eq!(elderly_wrong, 0);
    let elderly = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE special_groups LIKE '%elderly%'",
    );
    assert!(elderly > 100, "{elderly}");
    let wages = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE matter = 'wages' AND visitor_name <> '匿名'",
    );
    let wage_migrants = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE matter = 'wages'
         AND special_groups LIKE '%migrant%'",
    );
    assert!(wage_migrants * 10 > wages * 6, "{wage_migrants} of {wages}");
    let women = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.gender = '女' AND e.special_groups LIKE '%women%'",
    );
    let female_visits = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.gender = '女'",
    );
    assert!(women * 2 > female_visits, "{women} of {female_visits}");
    let men_as_women = count(
        &store,
        "SELECT count(*) FROM service_entries e JOIN persons p ON p.id = e.person_id
         WHERE p.gender = '男' AND e.special_groups LIKE '%women%'",
    );
    assert_eq!(men_as_women, 0);

    // Summaries: Chinese sentences, some long, none over the limit.
    let long = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE length(summary) >= 100",
    );
    assert!(long > 100, "{long} long summaries");
    let too_long = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE length(summary) > 500 OR summary = ''",
    );
    assert_eq!(too_long, 0);
    let wage_summary = count(
        &store,
        "SELECT count(*) FROM service_entries WHERE summary = '咨询拖欠工资如何维权，告知可向劳动监察投诉或申请劳动仲裁'",
    );
    assert!(wage_summary > 0);
}

#[test]
fn every_demo_entry_passes_the_entry_form_checks() {
    use crate::domain::ledger::{EntryInput, validate_entry};
    use crate::store::ledger;
    let (store, _) = generated(Scale::Township, 3);
    let ids: Vec<i64> = {
        let mut stmt = store
            .conn()
            .prepare("SELECT id FROM service_entries ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    for id in ids {
        let (entry, _) = ledger::get(&store, id).unwrap();
        let input = EntryInput {
            served_at: entry.served_at.clone(),
            channel: entry.channel.clone(),
            service: entry.service.clone(),
            person_id: entry.person_id,
            visitor_name: entry.visitor_name.clone(),
            special_groups: entry.special_groups.clone(),
            matter: entry.matter.clone(),
            summary: entry.summary.clone(),
            outcome: entry.outcome.clone(),
            referred_to: entry.referred_to.clone(),
            follow_up: entry.follow_up,
            satisfaction: entry.satisfaction.clone(),
            handler: entry.handler.clone(),
        };
        assert_eq!(validate_entry(&input, now()), Ok(entry), "entry {id}");
    }
}

#[test]
fn the_same_seed_and_day_give_the_same_ledger_and_a_later_hour_only_adds() {
    let (a, _) = generated(Scale::Township, 2026);
    let (b, _) = generated(Scale::Township, 2026);
    let (c, _) = generated(Scale::Township, 2027);
    let rows = entry_rows(&a);
    assert_eq!(rows, entry_rows(&b));
    assert_ne!(rows, entry_rows(&c));

    let mut store = Store::open_in_memory().unwrap();
    let evening = today().and_hms_opt(19, 0, 0).unwrap();
    generate(&mut store, Scale::Township, 2026, evening).unwrap();
    let later = entry_rows(&store);
    assert!(later.len() > rows.len(), "{} {}", later.len(), rows.len());
    assert_eq!(&later[..rows.len()], rows.as_slice());
    // The persons do not depend on the hour either.
    assert_eq!(person_rows(&store), person_rows(&a));
}

#[test]
fn before_office_hours_today_has_no_entries_yet() {
    let mut store = Store::open_in_memory().unwrap();
    let early = today().and_hms_opt(7, 45, 0).unwrap();
    generate(&mut store, Scale::Township, 11, early).unwrap();
    let today_count = count_with(
        &store,
        "SELECT count(*) FROM service_entries WHERE served_at >= ?1",
        ["2026-03-17"],
    );
    assert_eq!(today_count, 0);
    let yesterday = count_with(
        &store,
        "SELECT count(*) FROM service_entries WHERE served_at LIKE ?1",
        ["2026-03-16 %"],
    );
    assert!((5..=15).contains(&yesterday), "{yesterday}");
}

#[test]
fn monthly_statistics_of_the_demo_agree_with_sql() {
    use crate::store::ledger;
    let (store, _) = generated(Scale::Township, 42);
    let office = store.office_code().to_string();
    let month = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    let stats = ledger::monthly(&store, &office, month, false).unwrap();
    let range = "FROM service_entries WHERE office_code = ?1 AND served_at >= '2026-02-01'
                 AND served_at < '2026-03-01' AND voided_at IS NULL";
    let total = count_with(&store, &format!("SELECT count(*) {range}"), [&office]);
    assert!(total > 150, "{total}");
    assert_eq!(stats.total, total);
    assert_eq!(stats.kpi_month, total);
    let cell = count_with(
        &store,
        &format!("SELECT count(*) {range} AND service = 'consult' AND channel = 'window'"),
        [&office],
    );
    let found = stats
        .by_service_channel
        .iter()
        .find(|(s, c, _)| s == "consult" && c == "window")
        .map(|(_, _, n)| *n);
    assert_eq!(found, Some(cell));
    assert!(cell > 50, "{cell}");
    let elderly = count_with(
        &store,
        &format!("SELECT count(*) {range} AND special_groups LIKE '%elderly%'"),
        [&office],
    );
    let by_group = stats.by_group.iter().find(|(g, _)| g == "elderly");
    assert_eq!(by_group.map(|(_, n)| *n), Some(elderly));
    let satisfied = count_with(
        &store,
        &format!("SELECT count(*) {range} AND satisfaction = 'satisfied'"),
        [&office],
    );
    let rated = stats.by_satisfaction.iter().find(|(s, _)| s == "satisfied");
    assert_eq!(rated.map(|(_, n)| *n), Some(satisfied));
    let year = count_with(
        &store,
        "SELECT count(*) FROM service_entries WHERE office_code = ?1
         AND served_at >= '2026-01-01' AND served_at < '2026-03-01'",
        [&office],
    );
    assert_eq!(stats.kpi_year_to_date, year);
    // Legal aid only.
    let aid = ledger::monthly(&store, &office, month, true).unwrap();
    let aid_count = count_with(
        &store,
        &format!("SELECT count(*) {range} AND service = 'aid'"),
        [&office],
    );
    assert_eq!(aid.kpi_month, aid_count);
    // This month so far is full too.
    let march = ledger::monthly(
        &store,
        &office,
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        false,
    )
    .unwrap();
    assert!(march.total >= 5 * 11, "{}", march.total);
}

// ---- disputes ---------------------------------------------------------------------------

use crate::domain::dispute::{
    Action, CaseState, Performance, Status, apply, case_number, check_credit_code,
};
use crate::store::disputes::state_of;

/// (office, disputes registered in the 365 days up to today, in the 365 days before).
fn disputes_per_year(store: &Store) -> Vec<(String, i64, i64)> {
    let day = |n: u64| {
        (today() - chrono::Days::new(n))
            .format("%Y-%m-%d")
            .to_string()
    };
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT office_code,
                    sum(registered_on > ?1), sum(registered_on <= ?1 AND registered_on > ?2)
             FROM disputes GROUP BY office_code ORDER BY office_code",
        )
        .unwrap();
    stmt.query_map([day(365), day(730)], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .unwrap()
    .collect::<rusqlite::Result<Vec<_>>>()
    .unwrap()
}

fn date_of(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Replays every dispute's events through the state machine, from `CaseState::new`, taking
/// the parameters events do not carry (agreement form, performance deadline, new due date)
/// from the stored state and the performance from the step's details, and checks that the
/// replay ends in the stored state. Returns how many disputes were replayed.
fn replay_all(store: &Store) -> usize {
    let ids: Vec<i64> = {
        let mut stmt = store.conn().prepare("SELECT id FROM disputes").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap()
    };
    let mut events = store
        .conn()
        .prepare(
            "SELECT action, on_date, details FROM dispute_events
             WHERE dispute_id = ?1 ORDER BY id",
        )
        .unwrap();
    for id in &ids {
        let stored = state_of(store, *id).unwrap();
        let rows: Vec<(String, String, String)> = events
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        let (first, rest) = rows.split_first().unwrap();
        assert_eq!(first.0, "register");
        let mut state = CaseState::new(date_of(&first.1));
        for (action, on, details) in rest {
            let on = date_of(on);
            let details: serde_json::Value = serde_json::from_str(details).unwrap();
            let action = match action.as_str() {
                "accept" => Action::Accept { on },
                "reject" => Action::Reject { on },
                "session" => Action::RecordSession { on },
                "extend" => Action::Extend {
                    on,
                    new_due: stored.mediation_due.unwrap(),
                },
                "agree" => Action::Agree {
                    on,
                    form: stored.agreement.unwrap(),
                    perform_by: stored.perform_by,
                },
                "terminate" => Action::Terminate { on },
                "performance" => Action::RecordPerformance {
                    on,
                    result: Performance::ALL
                        .into_iter()
                        .find(|p| Some(p.label()) == details["performance"].as_str())
                        .unwrap(),
                },
                "follow_up" => Action::FollowUp { on },
                "confirmation" => Action::ApplyConfirmation { on },
                "archive" => Action::Archive { on },
                other => panic!("unknown action {other}"),
            };
            state = apply(&state, &action).unwrap_or_else(|r| panic!("dispute {id}: {r}"));
        }
        assert_eq!(state, stored, "dispute {id}");
    }
    ids.len()
}

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
    assert_eq!(all as usize, summary.disputes);
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
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT office_code, case_year, case_seq, case_no, accepted_on FROM disputes
             WHERE case_no IS NOT NULL ORDER BY office_code, case_year, case_seq",
        )
        .unwrap();
    let rows: Vec<(String, i32, u32, String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
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
    assert_eq!(replay_all(&store), summary.disputes);
}
