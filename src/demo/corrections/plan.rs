//! Who is in correction in one office over the demo's years, planned whole before anything is
//! written: entries every month, terms by category and crime, enough subjects in correction
//! today, an exit every month, the person each subject is, and the record as the desk types it.

use std::collections::HashSet;

use chrono::{Days, Months, NaiveDate};

use super::record;
use crate::demo::ledger::Visitor;
use crate::demo::rng::Rng;
use crate::domain::corrections::{Category, SubjectInput, month_of};
use crate::strings as s;

/// Months of history: entries and exits every month of the last two years; subjects who
/// entered up to a year earlier are still in correction at its start.
pub(super) const WINDOW_MONTHS: u32 = 24;
const LEAD_MONTHS: u32 = 12;
/// Subjects in correction today, at least and at most (domain.md §3: a township has 10–45).
pub(super) const ACTIVE: (u64, u64) = (20, 28);

/// One subject as planned: the record to register and what the plan needs of it.
pub(super) struct Subject {
    pub category: Category,
    pub minor: bool,
    pub term_start: NaiveDate,
    pub term_end: NaiveDate,
    /// Reported later than the 10 days (as the default settings count them, about).
    pub late: bool,
    pub input: SubjectInput,
}

/// A term before the person is known.
pub(super) struct Arrival {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub months: u32,
    pub category: Category,
    pub minor: bool,
    pub medical: bool,
    pub crime: &'static str,
    pub sentence: String,
}

/// Everything the plan reads of the office.
pub(super) struct Ground<'a> {
    pub county: &'static str,
    pub operator: &'a str,
    pub residents: &'a [Visitor],
    pub today: NaiveDate,
}

pub(super) fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(super) fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(d)
}

pub(super) fn sub_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).unwrap_or(d)
}

pub(super) fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

fn sub_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(n)).unwrap_or(d)
}

/// The last day of a term of `months` starting on `start`.
pub(super) fn term_end(start: NaiveDate, months: u32) -> NaiveDate {
    add_months(start, months).pred_opt().unwrap_or(start)
}

/// A day of the month starting `month`, not after `today`.
fn day_in(rng: &mut Rng, month: NaiveDate, today: NaiveDate) -> NaiveDate {
    let last = super::month_end(month).min(today);
    add_days(
        month,
        rng.below((last - month).num_days().max(0) as u64 + 1),
    )
}

/// The office's subjects in order of entry.
pub(super) fn subjects(rng: &mut Rng, g: &Ground<'_>) -> Vec<Subject> {
    let this_month = month_of(g.today);
    let window = sub_months(this_month, WINDOW_MONTHS);
    let earliest = sub_months(window, LEAD_MONTHS);
    let target = rng.range(ACTIVE.0, ACTIVE.1) as usize;
    // One entrant of the window is a minor and one a 保外就医 of the last half year.
    let minor_month = sub_months(this_month, 1 + rng.below(20) as u32);
    let medical_month = sub_months(this_month, rng.below(6) as u32);

    let mut arrivals: Vec<Arrival> = Vec::new();
    let mut month = earliest;
    while month <= this_month {
        let count = 1 + usize::from(rng.chance(250)) + usize::from(rng.chance(50));
        let mut forced = Vec::new();
        if month == minor_month {
            forced.push(Some((Category::Probation, true)));
        }
        if month == medical_month {
            forced.push(Some((Category::Outside, false)));
        }
        let drawn = count.saturating_sub(forced.len());
        for force in forced.into_iter().chain(std::iter::repeat_n(None, drawn)) {
            let start = day_in(rng, month, g.today);
            let a = arrival(rng, start, force);
            if a.end >= window {
                arrivals.push(a);
            }
        }
        month = add_months(month, 1);
    }
    balance_active(rng, &mut arrivals, g.today, window, target);
    exit_every_month(rng, &mut arrivals, g.today, window, earliest);
    arrivals.sort_by_key(|a| a.start);

    let mut used = HashSet::new();
    arrivals
        .into_iter()
        .filter_map(|a| {
            let person = record::pick_person(rng, g.residents, &a, &mut used)?;
            Some(record::subject(rng, g, a, person))
        })
        .collect()
}

/// A new entrant on `start`; `force` fixes the category and whether a minor.
fn arrival(rng: &mut Rng, start: NaiveDate, force: Option<(Category, bool)>) -> Arrival {
    let (category, minor) = force.unwrap_or_else(|| {
        let category = rng
            .weighted(&[
                (Category::Probation, 830),
                (Category::Parole, 100),
                (Category::Outside, 50),
                (Category::Control, 20),
            ])
            .unwrap_or(Category::Probation);
        (category, category == Category::Probation && rng.chance(35))
    });
    let (crime, sentence, months) = sentence(rng, category, minor);
    Arrival {
        start,
        end: term_end(start, months),
        months,
        category,
        minor,
        // Most 暂予监外执行 are on medical grounds; the forced one always.
        medical: category == Category::Outside && (force.is_some() || rng.chance(700)),
        crime,
        sentence,
    }
}

/// 罪名, 原判刑期 and the term in months (6 months to 5 years).
fn sentence(rng: &mut Rng, category: Category, minor: bool) -> (&'static str, String, u32) {
    let any = |rng: &mut Rng, table| rng.weighted(table).unwrap_or("盗窃罪");
    match category {
        Category::Probation => {
            let table = if minor {
                s::DEMO_CRIMES_MINOR
            } else {
                s::DEMO_CRIMES_PROBATION
            };
            let crime = any(rng, table);
            // 拘役 (always for 危险驾驶): 缓刑 from the sentence to a year.
            if crime == s::DEMO_CRIME_DRUNK_DRIVING || rng.chance(120) {
                let months = rng.range(1, 5) as u32;
                let test = rng.weighted(&[(6u32, 45), (8, 15), (10, 15), (12, 25)]);
                let test = test.unwrap_or(6);
                return (crime, s::demo_sentence_probation(true, months, test), test);
            }
            // 有期徒刑 with 缓刑 of at least the sentence and one year, at most five.
            let pairs: &[((u32, u32), u32)] = &[
                ((6, 12), 120),
                ((8, 12), 80),
                ((10, 12), 60),
                ((12, 12), 50),
                ((12, 18), 80),
                ((12, 24), 100),
                ((18, 24), 80),
                ((24, 36), 90),
                ((30, 36), 50),
                ((36, 36), 40),
                ((36, 48), 30),
                ((36, 60), 20),
            ];
            let (months, test) = rng.weighted(pairs).unwrap_or((12, 24));
            (crime, s::demo_sentence_probation(false, months, test), test)
        }
        Category::Parole | Category::Outside => {
            let table = if category == Category::Parole {
                s::DEMO_CRIMES_PAROLE
            } else {
                s::DEMO_CRIMES_OUTSIDE
            };
            let crime = any(rng, table);
            let band = rng.weighted(&[
                ((6u64, 11u64), 30),
                ((12, 23), 40),
                ((24, 36), 25),
                ((37, 48), 5),
            ]);
            let (lo, hi) = band.unwrap_or((12, 23));
            let left = rng.range(lo, hi) as u32;
            // The original sentence: what was served plus what is left, in half years.
            let served = rng.range(6, 60) as u32;
            let original = (left + served).div_ceil(6) * 6;
            (crime, s::demo_sentence_prison(original), left)
        }
        Category::Control => {
            let crime = any(rng, s::DEMO_CRIMES_CONTROL);
            let months =
                rng.weighted(&[(6u32, 30), (8, 15), (10, 15), (12, 25), (18, 10), (24, 5)]);
            let months = months.unwrap_or(12);
            (crime, s::demo_sentence_control(months), months)
        }
    }
}

fn active_on(a: &Arrival, today: NaiveDate) -> bool {
    a.start <= today && a.end > today
}

/// Drops or adds subjects until `target` are in correction today. Never drops a minor, a
/// 保外就医 or the only entrant of a month of the window.
fn balance_active(
    rng: &mut Rng,
    arrivals: &mut Vec<Arrival>,
    today: NaiveDate,
    window: NaiveDate,
    target: usize,
) {
    loop {
        let active: Vec<usize> = (0..arrivals.len())
            .filter(|i| arrivals.get(*i).is_some_and(|a| active_on(a, today)))
            .collect();
        if active.len() <= target {
            break;
        }
        let droppable: Vec<usize> = active
            .into_iter()
            .filter(|i| {
                let Some(a) = arrivals.get(*i) else {
                    return false;
                };
                let month = month_of(a.start);
                let same_month = arrivals.iter().filter(|b| month_of(b.start) == month);
                !a.minor && !a.medical && (a.start < window || same_month.count() > 1)
            })
            .collect();
        if droppable.is_empty() {
            break;
        }
        let i = droppable.get(rng.below(droppable.len() as u64) as usize);
        if let Some(&i) = i {
            arrivals.remove(i);
        }
    }
    let mut active = arrivals.iter().filter(|a| active_on(a, today)).count();
    while active < target {
        let mut a = arrival(rng, today, None);
        let days = (a.end - a.start).num_days().max(1) as u64;
        // Entered some time in the window, still in correction today.
        let back = rng.below(days.min((today - window).num_days().max(1) as u64));
        a.start = sub_days(today, back);
        a.end = term_end(a.start, a.months);
        if a.end > today {
            arrivals.push(a);
            active += 1;
        }
    }
}

/// Adds a subject whose term ran out in every month of the window that has no exit.
fn exit_every_month(
    rng: &mut Rng,
    arrivals: &mut Vec<Arrival>,
    today: NaiveDate,
    window: NaiveDate,
    earliest: NaiveDate,
) {
    let mut month = window;
    while month <= month_of(today) {
        let ends_here = |a: &Arrival| month_of(a.end) == month && a.end <= today;
        if !arrivals.iter().any(ends_here) {
            let end = day_in(rng, month, today);
            for _ in 0..20 {
                let mut a = arrival(rng, end, None);
                a.start = sub_months(add_days(end, 1), a.months);
                a.end = term_end(a.start, a.months);
                if a.start >= earliest && !a.minor && month_of(a.end) == month && a.end <= today {
                    arrivals.push(a);
                    break;
                }
            }
        }
        month = add_months(month, 1);
    }
}
