//! 社区矫正 of a township demo: who is in correction, check-ins inside the terms, levels,
//! ends, nothing after today, the month lock, the person registry.

use super::*;
use crate::strings::{demo_duration, demo_sentence_probation};

/// Months from `a` to `b` ('YYYY-MM…' texts), inclusive.
fn months_between(a: &str, b: &str) -> i64 {
    let (a, b) = (
        date_of(&format!("{}-01", &a[..7])),
        date_of(&format!("{}-01", &b[..7])),
    );
    i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month()) + 1
}

#[test]
fn township_has_20_to_28_in_correction_and_the_mix_of_categories() {
    let (store, summary) = generated(Scale::Township, 42);
    let active = count(
        &store,
        "SELECT count(*) FROM corrections WHERE status = 'active'",
    );
    assert!((20..=28).contains(&active), "{active}");
    assert_eq!(summary.in_correction as i64, active);
    let all = count(&store, "SELECT count(*) FROM corrections");
    assert_eq!(summary.records_of(Module::Corrections) as i64, all);
    assert!(
        summary.line().contains(&format!("（在矫 {active} 人）")),
        "{}",
        summary.line()
    );
    // Entries and exits over two years: more than those in correction today.
    assert!(all > active + 20, "{all}");
    let probation = count(
        &store,
        "SELECT count(*) FROM corrections WHERE category = 'probation'",
    );
    assert!(probation * 10 > all * 7, "{probation} of {all}");
    // Minors: present, 16 or 17 at entry.
    let minors: Vec<(String, String)> = inspect::rows(
        &store,
        "SELECT p.birth_date, k.term_start FROM corrections k JOIN persons p ON p.id = k.person_id
         WHERE k.minor = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap();
    assert!(!minors.is_empty());
    for (birth, start) in &minors {
        let (birth, start) = (date_of(birth), date_of(start));
        let age = start.years_since(birth).unwrap();
        assert!((16..18).contains(&age), "{birth} {start}");
    }
    // Every subject is a person of the office's registry, each once.
    let stray = count(
        &store,
        "SELECT count(*) FROM corrections k JOIN persons p ON p.id = k.person_id
         WHERE p.office_code <> k.office_code OR p.id_number IS NULL",
    );
    assert_eq!(stray, 0);
    let people = count(&store, "SELECT count(DISTINCT person_id) FROM corrections");
    assert_eq!(people, all);
    // Written through the audited path.
    let audited = count(
        &store,
        "SELECT count(*) FROM audit_log WHERE table_name = 'corrections' AND action = 'insert'",
    );
    assert_eq!(audited, all);
}

#[test]
fn township_check_ins_are_one_a_month_inside_the_terms_before_this_month() {
    let (store, _) = generated(Scale::Township, 42);
    let this_month = today().format("%Y-%m").to_string();
    let outside = count_with(
        &store,
        "SELECT count(*) FROM correction_checkins c JOIN corrections k ON k.id = c.correction_id
         WHERE c.month < substr(k.term_start, 1, 7)
            OR c.month > substr(coalesce(k.ended_on, k.term_end), 1, 7)
            OR c.month >= ?1",
        [&this_month],
    );
    assert_eq!(outside, 0);
    let twice = count(
        &store,
        "SELECT count(*) FROM (SELECT 1 FROM correction_checkins
         GROUP BY correction_id, month HAVING count(*) > 1)",
    );
    assert_eq!(twice, 0);
    // Every past month of a term has its check-in, but for a few gaps.
    let last_month = (today().with_day(1).unwrap() - chrono::Days::new(1)).to_string();
    let terms: Vec<(String, String, i64)> = inspect::rows(
        &store,
        "SELECT term_start, coalesce(ended_on, term_end),
                (SELECT count(*) FROM correction_checkins c WHERE c.correction_id = k.id)
         FROM corrections k",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap();
    let (mut due, mut done) = (0, 0);
    for (start, end, n) in terms {
        let end = end.min(last_month.clone());
        due += if start <= end {
            months_between(&start, &end)
        } else {
            0
        };
        done += n;
    }
    assert!(done <= due && done * 100 >= due * 93, "{done} of {due}");
    // 考核 by grade (the default), a few failed.
    let graded = count(
        &store,
        "SELECT count(*) FROM correction_checkins WHERE grade IS NOT NULL",
    );
    assert_eq!(graded, done);
    let failed = count(
        &store,
        "SELECT count(*) FROM correction_checkins WHERE grade = 'fail'",
    );
    assert!(failed > 0 && failed * 20 < done, "{failed} of {done}");
    // The months before last are closed, last month is not.
    let closed = column(
        &store,
        "SELECT month FROM correction_months WHERE closed = 1",
    );
    assert!(!closed.is_empty());
    assert!(
        closed.iter().all(|m| m.as_str() < &last_month[..7]),
        "{closed:?}"
    );
    let before_last = (date_of(&last_month).with_day(1).unwrap() - chrono::Days::new(1))
        .format("%Y-%m")
        .to_string();
    assert!(closed.contains(&before_last));
}

#[test]
fn township_levels_ends_and_dates_follow_the_rules() {
    let (store, _) = generated(Scale::Township, 42);
    let today = today().to_string();
    let approved = count(
        &store,
        "SELECT count(*) FROM correction_levels WHERE from_level <> '' AND decision = 'approved'
         AND doc_no LIKE '安司矫〔%〕%号' AND decided_on >= proposed_on",
    );
    assert!(approved > 0);
    let decided_early = count(
        &store,
        "SELECT count(*) FROM correction_levels WHERE decided_on < proposed_on",
    );
    assert_eq!(decided_early, 0);
    // The level in force is the last approved one.
    let wrong_level = count(
        &store,
        "SELECT count(*) FROM corrections k WHERE k.level <> (SELECT to_level
           FROM correction_levels l WHERE l.correction_id = k.id AND l.decision = 'approved'
           ORDER BY l.decided_on DESC, l.id DESC LIMIT 1)",
    );
    assert_eq!(wrong_level, 0);
    let expired = count(
        &store,
        "SELECT count(*) FROM corrections WHERE status = 'released' AND end_reason = 'expired'
         AND ended_on = term_end AND end_papers_on < ended_on AND assessment <> ''",
    );
    assert!(expired > 0);
    // Nothing after today; dates around entry in order.
    let future = count_with(
        &store,
        "SELECT (SELECT count(*) FROM corrections WHERE term_start > ?1 OR reported_on > ?1
                   OR papers_on > ?1 OR announced_on > ?1 OR ended_on > ?1
                   OR end_papers_on > ?1 OR runs_from > reported_on
                   OR (ended_on IS NULL AND term_end <= ?1))
              + (SELECT count(*) FROM correction_levels WHERE proposed_on > ?1 OR decided_on > ?1)
              + (SELECT count(*) FROM correction_medical WHERE on_date > ?1)
              + (SELECT count(*) FROM correction_tags WHERE approved_on > ?1)
              + (SELECT count(*) FROM correction_approvals WHERE asked_on > ?1)",
        [&today],
    );
    assert_eq!(future, 0);
    // Announced: everyone who entered before this month, never before entry.
    let unannounced = count_with(
        &store,
        "SELECT count(*) FROM corrections WHERE (announced_on IS NULL
           AND substr(term_start, 1, 7) < substr(?1, 1, 7) AND status = 'active')
           OR announced_on < term_start",
        [&today],
    );
    assert_eq!(unannounced, 0);
    // Incidents: what the rules suggested, proposed and decided after, or dismissed; a
    // warning sends the subject back to 严管.
    let decided = count(
        &store,
        "SELECT count(*) FROM correction_incidents WHERE state = 'decided'
         AND proposed_on >= on_date AND decided_on >= proposed_on AND doc_no <> ''",
    );
    assert!(decided > 0);
    let dismissed = count(
        &store,
        "SELECT count(*) FROM correction_incidents WHERE state = 'dismissed'
         AND measure IS NOT NULL",
    );
    assert!(dismissed > 0);
    let early = count(
        &store,
        "SELECT count(*) FROM correction_incidents i JOIN corrections k ON k.id = i.correction_id
         WHERE i.on_date < k.term_start OR i.on_date > coalesce(k.ended_on, k.term_end)",
    );
    assert_eq!(early, 0);
    let revoked_elsewhere = count(
        &store,
        "SELECT count(*) FROM corrections k WHERE k.status = 'terminated' AND NOT EXISTS
           (SELECT 1 FROM correction_incidents i WHERE i.correction_id = k.id
            AND i.state = 'decided' AND i.decided_on = k.ended_on)",
    );
    assert_eq!(revoked_elsewhere, 0);
    let tags_too_long = count(
        &store,
        "SELECT count(*) FROM correction_tags WHERE ends_on > date(starts_on, '+3 months')",
    );
    assert_eq!(tags_too_long, 0);
    assert!(count(&store, "SELECT count(*) FROM correction_tags") > 0);
}

#[test]
fn sentences_read_as_a_judgment_writes_them() {
    assert_eq!(demo_duration(6), "六个月");
    assert_eq!(demo_duration(18), "一年六个月");
    assert_eq!(demo_duration(130), "十年十个月");
    assert_eq!(
        demo_sentence_probation(false, 12, 24),
        "有期徒刑一年，缓刑二年"
    );
    assert_eq!(
        demo_sentence_probation(true, 4, 6),
        "拘役四个月，缓刑六个月"
    );
}

#[test]
fn the_same_seed_and_day_give_the_same_corrections() {
    let rows = |store: &Store| {
        column(
            store,
            "SELECT k.person_id || k.category || k.crime || k.sentence || k.term_start
                    || k.term_end || k.team || k.level || k.status
                    || coalesce((SELECT group_concat(c.month || c.in_person || c.education
                        || c.grade) FROM correction_checkins c WHERE c.correction_id = k.id), '')
             FROM corrections k ORDER BY k.id",
        )
    };
    let (a, _) = generated(Scale::Township, 7);
    let (b, _) = generated(Scale::Township, 7);
    assert_eq!(rows(&a), rows(&b));
}
