//! Who a planned subject is (a resident of the office of the right age) and the record as
//! the desk types it: 原判 details, dates around entry, 禁止令, 户籍地 and 居住地, 矫正小组.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::plan::{Arrival, Ground, Subject, add_days, date_text, sub_days, term_end};
use crate::demo::ledger::Visitor;
use crate::demo::names;
use crate::demo::rng::Rng;
use crate::domain::corrections::{Category, SubjectInput};
use crate::strings as s;

/// Age in whole years on `day`.
fn age_on(birth: NaiveDate, day: NaiveDate) -> i32 {
    let years = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years - 1
    } else {
        years
    }
}

/// A resident fit for the subject (with a known birth date; 16–17 at the start for a minor,
/// mostly men of 20–45 else), not used before; None when the registry has none.
pub(super) fn pick_person(
    rng: &mut Rng,
    residents: &[Visitor],
    a: &Arrival,
    used: &mut HashSet<usize>,
) -> Option<usize> {
    let n = residents.len() as u64;
    for attempt in 0..20_000u32 {
        let i = rng.below(n) as usize;
        let Some(birth) = residents.get(i).and_then(|v| v.birth()) else {
            continue;
        };
        if used.contains(&i) {
            continue;
        }
        let age = age_on(birth, a.start);
        let fits = if a.minor {
            (16..18).contains(&age)
        } else {
            let weight = match age {
                ..18 => 0,
                18..25 => 20,
                25..35 => 30,
                35..45 => 25,
                45..55 => 15,
                55..71 => 6,
                _ => 1,
            };
            let female = residents.get(i).is_some_and(|v| v.female());
            // Late in a long search any adult will do.
            attempt > 15_000 && age >= 18 || rng.below(30) < weight && (!female || rng.chance(120))
        };
        if fits {
            used.insert(i);
            return Some(i);
        }
    }
    None
}

/// The record as the desk types it.
pub(super) fn subject(rng: &mut Rng, g: &Ground<'_>, a: Arrival, person: usize) -> Subject {
    let resident = g.residents.get(person);
    let address = resident.map_or("", |v| v.address());
    let residence = format!("{}{}{address}", s::DEMO_PROVINCE, g.county);
    let domicile = if rng.chance(100) {
        let other = rng.pick(s::DEMO_OTHER_COUNTIES);
        let village = names::village_name(rng);
        format!("{}{other}{village}{}", s::DEMO_PROVINCE, names::VILLAGE)
    } else {
        residence.clone()
    };
    // The judgment took effect (or the prison let go) a few days before entry; a few late.
    let late = a.category != Category::Outside && !a.minor && rng.chance(60);
    let runs_from = match (a.category, late) {
        (Category::Outside, _) => sub_days(a.start, rng.below(4)),
        (_, true) => sub_days(a.start, rng.range(14, 28)),
        (_, false) => sub_days(a.start, rng.range(1, 8)),
    };
    let papers_on = add_days(runs_from, rng.range(1, 5)).min(g.today);
    let own_court = s::demo_court(g.county);
    let decided_by = match a.category {
        Category::Parole => s::DEMO_INTERMEDIATE_COURT.to_string(),
        Category::Outside => match rng.below(100) {
            0..50 => s::DEMO_PRISON_BUREAU.to_string(),
            50..85 => own_court,
            _ => s::demo_police(g.county),
        },
        _ if rng.chance(150) => s::demo_court(rng.pick(s::DEMO_OTHER_COUNTIES)),
        _ => own_court,
    };
    // 禁止令: the one for the crime, else (seldom) the general one.
    let fitting = s::DEMO_BANS
        .iter()
        .find(|(crime, _)| *crime == a.crime)
        .or_else(|| rng.chance(300).then(|| s::DEMO_BANS.last()).flatten());
    let ban = matches!(a.category, Category::Probation | Category::Control) && rng.chance(200);
    let ban_content = match fitting {
        Some((_, content)) if ban => content.to_string(),
        _ => String::new(),
    };
    let ban = !ban_content.is_empty();
    let ban_to = if rng.chance(500) {
        a.end
    } else {
        term_end(a.start, 12).min(a.end)
    };
    let age = resident
        .and_then(|v| v.birth())
        .map_or(40, |b| age_on(b, a.start));
    let unable_to_work = a.medical || (age >= 60 && rng.chance(500)) || rng.chance(15);
    let input = SubjectInput {
        person_id: resident.map(|v| v.id()),
        category: Some(a.category),
        crime: a.crime.to_string(),
        sentence: a.sentence,
        decided_by,
        crime_facts: s::demo_crime_facts(a.crime, runs_from.year()),
        priors: if rng.chance(80) {
            rng.pick(&s::DEMO_PRIORS).to_string()
        } else {
            s::DEMO_PRIORS_NONE.to_string()
        },
        runs_from: date_text(runs_from),
        papers_on: date_text(papers_on),
        reported_on: date_text(a.start),
        ban_content,
        ban_from: if ban {
            date_text(a.start)
        } else {
            String::new()
        },
        ban_to: if ban {
            date_text(ban_to)
        } else {
            String::new()
        },
        domicile,
        residence,
        term_start: date_text(a.start),
        term_end: date_text(a.end),
        team: team(rng, g.operator, resident.map_or("", |v| v.name())),
        minor: a.minor,
        unable_to_work,
        medical: a.medical,
        level: None,
        announced_on: String::new(),
    };
    Subject {
        category: a.category,
        minor: a.minor,
        term_start: a.start,
        term_end: a.end,
        late,
        input,
    }
}

/// 矫正小组: the office's officer, a village cadre, and often a family member.
fn team(rng: &mut Rng, operator: &str, subject_name: &str) -> String {
    let mut members = vec![operator.to_string()];
    let someone = |rng: &mut Rng, surname: Option<&str>| {
        let surname = surname.map_or_else(|| names::surname(rng).to_string(), str::to_string);
        let male = rng.chance(600);
        let born = rng.range(1960, 1995) as i32;
        let given = names::given_name(rng, male, born, surname.chars().count() > 1);
        format!("{surname}{given}")
    };
    members.push(someone(rng, None));
    if rng.chance(700) {
        let family: String = subject_name.chars().take(1).collect();
        members.push(someone(rng, Some(&family)));
    }
    members.join("、")
}
