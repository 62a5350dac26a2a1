//! Service-ledger entries (服务台账) of one office: its working days, visitors who come back,
//! and realistic mixes of channels, services, matters and outcomes.
//!
//! Each office's entries come from their own generator, seeded by the demo's seed and the
//! office, and are made day by day as if the whole of today were over; the entries after
//! `now` are then left out. So the same seed on the same day gives the same entries whatever
//! the hour, an hour later only adds some.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::matters as m;
use super::names;
use super::rng::Rng;
use crate::domain::Gender;
use crate::domain::ValidPerson;
use crate::domain::ledger::ValidEntry;
use crate::store::Result as StoreResult;
use crate::store::ledger;
use crate::store::write::Tx;

/// What the ledger needs to know of a person of the registry.
pub(super) struct Visitor {
    id: i64,
    name: String,
    female: bool,
    birth: Option<NaiveDate>,
    address: String,
}

impl Visitor {
    pub(super) fn new(id: i64, p: &ValidPerson) -> Visitor {
        Visitor {
            id,
            name: p.name.clone(),
            female: p.gender == Some(Gender::Female),
            birth: p.birth_date,
            address: p.address.clone(),
        }
    }
}

impl Visitor {
    pub(super) fn id(&self) -> i64 {
        self.id
    }

    pub(super) fn name(&self) -> &str {
        &self.name
    }

    pub(super) fn female(&self) -> bool {
        self.female
    }

    pub(super) fn birth(&self) -> Option<NaiveDate> {
        self.birth
    }

    pub(super) fn address(&self) -> &str {
        &self.address
    }
}

/// How many entries a day brings.
#[derive(Debug, Clone, Copy)]
pub(super) struct Rate {
    /// Entries of a working day, at least and at most.
    pub lo: u64,
    pub hi: u64,
}

impl Rate {
    /// A township desk: 5–15 a working day (domain.md §5).
    pub(super) const TOWNSHIP: Rate = Rate { lo: 5, hi: 15 };

    /// About `mean` a working day.
    pub(super) fn around(mean: f64) -> Rate {
        let mean = mean.max(1.0);
        Rate {
            lo: (mean * 0.6).round().max(1.0) as u64,
            hi: (mean * 1.4).round().max(1.0) as u64,
        }
    }

    /// The most entries of a Saturday (home visits and outreach only).
    fn saturday_max(self) -> u64 {
        (self.hi / 5).max(3)
    }
}

/// Working day, Saturday (some outreach), or closed (Sundays and fixed-date holidays).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DayKind {
    Working,
    Saturday,
    Closed,
}

fn day_kind(d: NaiveDate) -> DayKind {
    let holiday = matches!((d.month(), d.day()), (1, 1) | (5, 1..=3) | (10, 1..=7));
    match d.weekday() {
        Weekday::Sun => DayKind::Closed,
        _ if holiday => DayKind::Closed,
        Weekday::Sat => DayKind::Saturday,
        _ => DayKind::Working,
    }
}

/// How likely a dispute is registered on a day, relatively: working days most, Saturdays
/// some, Sundays and holidays (the desk closed, someone on duty) little.
pub(super) fn day_kind_weight(d: NaiveDate) -> u32 {
    match day_kind(d) {
        DayKind::Working => 10,
        DayKind::Saturday => 3,
        DayKind::Closed => 1,
    }
}

/// Working days in `from..=to`.
pub(super) fn working_days(from: NaiveDate, to: NaiveDate) -> u64 {
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| day_kind(*d) == DayKind::Working)
        .count() as u64
}

/// Office hours in minutes after midnight: 08:30–12:00 and 13:30–17:30.
const MORNING: (u32, u32) = (8 * 60 + 30, 12 * 60);
const AFTERNOON: (u32, u32) = (13 * 60 + 30, 17 * 60 + 30);

fn minute_of_day(rng: &mut Rng) -> u32 {
    let morning = MORNING.1 - MORNING.0;
    let afternoon = AFTERNOON.1 - AFTERNOON.0 + 1;
    let slot = rng.below(u64::from(morning + afternoon)) as u32;
    if slot < morning {
        MORNING.0 + slot
    } else {
        AFTERNOON.0 + slot - morning
    }
}

/// One office's desk over a period.
pub(super) struct Desk<'a> {
    pub office_code: &'a str,
    /// The operators' names: the handlers.
    pub operators: Vec<&'a str>,
    pub visitors: &'a [Visitor],
    pub rate: Rate,
    pub from: NaiveDate,
    pub now: NaiveDateTime,
}

/// Who came, as far as the ledger line goes.
enum Who {
    /// An index into the desk's visitors.
    Registry(usize),
    /// Not in the registry: 匿名, a caller's 王女士, someone from elsewhere. Female or not.
    Named(String, bool),
}

/// The state that carries over from one entry to the next.
struct Memory {
    /// Visitors served so far (indices, with repeats), for return visits.
    served: Vec<usize>,
    /// Each visitor's last matter, to come back about the same thing.
    last_matter: Vec<Option<&'static str>>,
}

/// Writes the desk's entries from `from` to `now`, oldest first.
pub(super) fn write_entries(tx: &Tx<'_>, rng: &mut Rng, desk: &Desk<'_>) -> StoreResult<()> {
    let mut memory = Memory {
        served: Vec::new(),
        last_matter: vec![None; desk.visitors.len()],
    };
    let today = desk.now.date();
    let mut minutes: Vec<u32> = Vec::new();
    for day in desk.from.iter_days().take_while(|d| *d <= today) {
        let kind = day_kind(day);
        let count = match kind {
            DayKind::Working => rng.range(desk.rate.lo, desk.rate.hi),
            DayKind::Saturday if rng.chance(300) => rng.range(1, desk.rate.saturday_max()),
            _ => 0,
        };
        minutes.clear();
        minutes.extend((0..count).map(|_| minute_of_day(rng)));
        minutes.sort_unstable();
        for &minute in &minutes {
            let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or_default();
            let at = day.and_time(time);
            if at > desk.now {
                // Only today's entries can lie ahead, and they are the last ones.
                break;
            }
            let entry = make_entry(rng, desk, &mut memory, at, kind == DayKind::Saturday);
            ledger::insert_in(tx, &entry, desk.office_code)?;
        }
    }
    Ok(())
}

fn make_entry(
    rng: &mut Rng,
    desk: &Desk<'_>,
    memory: &mut Memory,
    at: NaiveDateTime,
    saturday: bool,
) -> ValidEntry {
    let service = if saturday {
        rng.weighted(m::SATURDAY_SERVICES).unwrap_or(m::CONSULT)
    } else {
        rng.weighted(m::SERVICES).unwrap_or(m::CONSULT)
    };
    let channel = if saturday {
        if rng.chance(400) {
            m::HOME
        } else {
            m::OUTREACH
        }
    } else if service == m::PUBLICITY {
        if rng.chance(700) {
            m::OUTREACH
        } else {
            m::WINDOW
        }
    } else {
        rng.weighted(m::CHANNELS).unwrap_or(m::WINDOW)
    };
    let who = visitor(rng, desk, memory, channel, at.date());
    // A returning visitor mostly comes back about the same matter.
    let remembered = match &who {
        Who::Registry(i) => memory.last_matter.get(*i).copied().flatten(),
        Who::Named(..) => None,
    };
    let matter = match remembered {
        Some(matter) if m::fits(service, matter) && rng.chance(650) => matter,
        _ => m::matter_for(rng, service),
    };
    if let Who::Registry(i) = &who
        && let Some(slot) = memory.last_matter.get_mut(*i)
    {
        *slot = Some(matter);
        memory.served.push(*i);
    }
    let outcome = m::outcome_for(rng, service);
    let write_up = m::write_up(rng, service, channel, matter, outcome);
    let anonymous = matches!(&who, Who::Named(name, _) if name == ANONYMOUS);
    let satisfaction = satisfaction(rng, channel, service, anonymous);
    let special_groups = special_groups(rng, desk, &who, matter, channel, at.date());
    let follow_up = matches!(outcome, m::REFERRED | m::LATER) || rng.chance(30);
    let handler = desk
        .operators
        .get(rng.below(desk.operators.len() as u64) as usize)
        .copied()
        .unwrap_or_default();
    let (person_id, visitor_name) = match who {
        Who::Registry(i) => (desk.visitors.get(i).map(|v| v.id), String::new()),
        Who::Named(name, _) => (None, name),
    };
    ValidEntry {
        served_at: at.format("%Y-%m-%d %H:%M").to_string(),
        channel: channel.to_string(),
        service: service.to_string(),
        person_id,
        visitor_name,
        special_groups,
        matter: matter.to_string(),
        summary: write_up.summary,
        outcome: outcome.to_string(),
        referred_to: if outcome == m::REFERRED {
            write_up.destination.to_string()
        } else {
            String::new()
        },
        follow_up,
        satisfaction: satisfaction.to_string(),
        handler: handler.to_string(),
    }
}

/// The name of a caller who gives none.
const ANONYMOUS: &str = "匿名";

/// Who came: by phone often anonymous or a name only; in person mostly someone of the registry,
/// a third of the time someone who has been before.
fn visitor(rng: &mut Rng, desk: &Desk<'_>, memory: &Memory, channel: &str, day: NaiveDate) -> Who {
    let roll = rng.below(1000);
    let (anonymous, name_only) = match channel {
        m::PHONE => (300, 550),
        m::ONLINE => (0, 400),
        _ => (0, 60),
    };
    if roll < anonymous {
        return Who::Named(ANONYMOUS.to_string(), false);
    }
    if roll < name_only || desk.visitors.is_empty() {
        let female = rng.chance(450);
        let surname = names::surname(rng);
        let name = if channel == m::PHONE || channel == m::ONLINE {
            format!("{surname}{}", if female { "女士" } else { "先生" })
        } else {
            let born = rng.range(1950, 2000) as i32;
            let given = names::given_name(rng, !female, born, surname.chars().count() > 1);
            format!("{surname}{given}")
        };
        return Who::Named(name, female);
    }
    if !memory.served.is_empty() && rng.chance(350) {
        let i = rng.below(memory.served.len() as u64) as usize;
        if let Some(&index) = memory.served.get(i) {
            return Who::Registry(index);
        }
    }
    let count = desk.visitors.len() as u64;
    let mut index = rng.below(count) as usize;
    // Home visits go to the old: look a few times for someone over 60.
    if channel == m::HOME {
        for _ in 0..6 {
            if desk
                .visitors
                .get(index)
                .and_then(|v| age(v.birth, day))
                .is_some_and(|a| a >= 60)
            {
                break;
            }
            index = rng.below(count) as usize;
        }
    }
    Who::Registry(index)
}

/// Full years of age on `day`.
fn age(birth: Option<NaiveDate>, day: NaiveDate) -> Option<u32> {
    let birth = birth?;
    let years = day.years_since(birth)?;
    Some(years)
}

/// The special groups of the visitor (codes in the code list's order).
fn special_groups(
    rng: &mut Rng,
    desk: &Desk<'_>,
    who: &Who,
    matter: &str,
    channel: &str,
    day: NaiveDate,
) -> Vec<String> {
    let (female, age) = match who {
        Who::Registry(i) => desk
            .visitors
            .get(*i)
            .map_or((false, None), |v| (v.female, age(v.birth, day))),
        Who::Named(name, female) if name != ANONYMOUS => (*female, None),
        Who::Named(..) => return Vec::new(),
    };
    let mut groups = Vec::new();
    if age.is_some_and(|a| a >= 60) {
        groups.push(m::ELDERLY);
    }
    if rng.chance(if channel == m::HOME { 250 } else { 25 }) {
        groups.push(m::DISABLED);
    }
    if age.is_some_and(|a| a < 18) {
        groups.push(m::MINOR);
    }
    if female && age.is_none_or(|a| a >= 18) && rng.chance(750) {
        groups.push(m::WOMEN);
    }
    let migrant = match matter {
        m::WAGES => 900,
        m::LABOUR | m::INJURY => 350,
        _ => 0,
    };
    if age.is_none_or(|a| (18..65).contains(&a)) && rng.chance(migrant) {
        groups.push(m::MIGRANT);
    }
    if !female && rng.chance(20) {
        groups.push(m::VETERAN);
    }
    groups.into_iter().map(str::to_string).collect()
}

/// Mostly 满意; anonymous callers and crowds at an outreach stand seldom rate.
fn satisfaction(rng: &mut Rng, channel: &str, service: &str, anonymous: bool) -> &'static str {
    let unrated = if anonymous {
        550
    } else if service == m::PUBLICITY {
        400
    } else if channel == m::PHONE {
        250
    } else {
        120
    };
    if rng.chance(unrated) {
        return m::UNRATED;
    }
    rng.weighted(&[(m::SATISFIED, 840), (m::FAIR, 140), (m::UNSATISFIED, 20)])
        .unwrap_or(m::SATISFIED)
}

/// The first day of the ledger: `years` before today, the day after.
pub(super) fn first_day(today: NaiveDate, years: u32) -> NaiveDate {
    today
        .checked_sub_months(chrono::Months::new(12 * years))
        .and_then(|d| d.checked_add_days(Days::new(1)))
        .unwrap_or(today)
}
