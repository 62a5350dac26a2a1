//! The service ledger of a township demo: working days, mixes, form checks, statistics.

use super::*;

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

#[test]
fn township_ledger_fills_every_working_day_for_two_years_up_to_now() {
    let (store, summary) = generated(Scale::Township, 42);
    let entries = count(&store, "SELECT count(*) FROM service_entries");
    assert_eq!(entries as usize, summary.records_of(Module::Ledger));
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
    let (first, last) = inspect::row(
        &store,
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
    let total = summary.records_of(Module::Ledger) as f64;
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
    let ids: Vec<i64> =
        inspect::column(&store, "SELECT id FROM service_entries ORDER BY id", []).unwrap();
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
