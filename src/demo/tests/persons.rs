//! Offices, villages, operators and persons of a township; what the demo refuses; scale names.

use super::*;

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
