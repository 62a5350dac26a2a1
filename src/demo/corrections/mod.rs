//! 社区矫正 of one office: subjects planned whole (`plan.rs`), then the office's work replayed
//! day by day through the module's own write functions (`store::corrections`, each write one
//! audited transaction): 入矫, the collective 宣告, level proposals and the county's approval,
//! a month's check-ins saved at once (`checkins.rs`) and closed, leave, electronic tags,
//! 保外就医 reports, end papers, 解矫; incidents and what the rules suggest (`incidents.rs`).
//!
//! Nothing is dated after today; what a later step needs (a decision after its proposal, a
//! check-in only in the months of the term) follows from replaying in date order.

mod checkins;
mod county;
mod incidents;
mod levels;
mod plan;
mod record;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::ledger::Visitor;
use super::names;
use super::rng::Rng;
use crate::domain::corrections::{
    ApprovalKind, EndReason, Level, Measure, MedicalKind, Settings, month_of, validate_subject,
};
use crate::store::corrections::{self as corr, CorrError};
use crate::store::{Result as StoreResult, Store};
use crate::strings as s;
use checkins::month_end;
use county::County;
use plan::{Ground, Subject, add_days, add_months};

/// Mixed into the seed for each office's generator, and the county's.
const SALT: u64 = 0x636F_7272_6563_0001;

/// 社区矫正 of every office of the demo, each written as that office (the store's office code
/// is left at the last one); how many are in correction today.
pub(super) fn write_offices(
    store: &mut Store,
    seed: u64,
    plans: &[super::OfficePlan],
    residents_of: &[Vec<Visitor>],
    today: NaiveDate,
) -> StoreResult<usize> {
    let mut county = County::new(&mut Rng::new(seed ^ SALT));
    let mut in_correction = 0;
    for ((index, plan), residents) in (0u64..).zip(plans).zip(residents_of) {
        let mut rng = Rng::new(seed ^ SALT.wrapping_mul(index + 2));
        let office = Office {
            code: &plan.code,
            operators: plan.operators.iter().map(|(n, _)| n.as_str()).collect(),
            residents,
            today,
        };
        in_correction += write_corrections(store, &mut rng, &mut county, &office)?;
    }
    Ok(in_correction)
}

/// One office to fill.
struct Office<'a> {
    code: &'a str,
    /// Its operators, the administrator first.
    operators: Vec<&'a str>,
    residents: &'a [Visitor],
    today: NaiveDate,
}

/// What happens on a day, in the order of `rank` within the day.
enum Ev {
    Register(usize),
    /// The collective 宣告 of the entrants of the month starting on the date given.
    Announce(NaiveDate),
    Propose(usize, Level),
    Decide(usize),
    Leave(usize, ApprovalKind, NaiveDate, NaiveDate),
    /// An electronic-tag approval given on the day: starts, ends, reason.
    Tag(usize, NaiveDate, NaiveDate, &'static str),
    Medical(usize, MedicalKind),
    EndPapers(usize),
    Incident(usize, incidents::Planned),
    /// The office proposes an incident's suggested measure (incident row, subject, measure).
    Proposal(i64, usize, Measure),
    /// The county's (or court's) decision on it.
    Ruling(i64, usize, Measure),
    End(usize, EndReason),
    SaveMonth(NaiveDate),
    CloseMonth(NaiveDate),
}

impl Ev {
    fn rank(&self) -> u8 {
        match self {
            Ev::Register(_) => 0,
            Ev::Announce(_) => 1,
            Ev::End(_, _) => 3,
            Ev::SaveMonth(_) => 4,
            Ev::CloseMonth(_) => 5,
            _ => 2,
        }
    }
}

/// A registered subject as it stands.
struct Live {
    id: i64,
    /// Levels in force from each date (the first at entry).
    levels: Vec<(NaiveDate, Level)>,
    pending: Option<Level>,
    ended: Option<NaiveDate>,
}

impl Live {
    fn level(&self) -> Level {
        self.levels.last().map_or(Level::Strict, |(_, l)| *l)
    }
}

struct Sim<'a, 'o> {
    store: &'a mut Store,
    rng: &'a mut Rng,
    county: &'a mut County,
    office: &'a Office<'o>,
    settings: Settings,
    subjects: Vec<Subject>,
    live: Vec<Option<Live>>,
    queue: BTreeMap<(NaiveDate, u8, u64), Ev>,
    seq: u64,
    /// Subjects registered in each month (by its first day).
    entrants: BTreeMap<NaiveDate, Vec<usize>>,
    /// A suggestion was dismissed.
    dismissed: bool,
    /// Subjects given an electronic tag.
    tagged: u32,
}

/// A write the rules refused is a bug of this file: debug builds stop on it, the demo goes on
/// without it.
fn kept<T>(r: Result<T, CorrError>) -> StoreResult<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(CorrError::Refused { field, message }) => {
            debug_assert!(false, "demo correction refused: {field}: {message}");
            Ok(None)
        }
        Err(CorrError::Store(e)) => Err(e),
    }
}

/// Writes one office's 社区矫正, as its last operator (the 矫正专干); returns how many are in
/// correction today. Leaves the store's office code at the office's.
fn write_corrections(
    store: &mut Store,
    rng: &mut Rng,
    county: &mut County,
    office: &Office<'_>,
) -> StoreResult<usize> {
    let officer = office.operators.last().copied().unwrap_or_default();
    let ground = Ground {
        county: names::COUNTY,
        operator: officer,
        residents: office.residents,
        today: office.today,
    };
    let subjects = plan::subjects(rng, &ground);
    let settings = corr::settings(store)?;
    let live = subjects.iter().map(|_| None).collect();
    let previous = store.operator().to_string();
    store.set_operator(officer);
    store.set_office_code(office.code);
    let mut sim = Sim {
        store,
        rng,
        county,
        office,
        settings,
        subjects,
        live,
        queue: BTreeMap::new(),
        seq: 0,
        entrants: BTreeMap::new(),
        dismissed: false,
        tagged: 0,
    };
    sim.schedule();
    let result = sim.run();
    sim.store.set_operator(&previous);
    result?;
    Ok(sim
        .live
        .iter()
        .flatten()
        .filter(|l| l.ended.is_none())
        .count())
}

impl Sim<'_, '_> {
    fn today(&self) -> NaiveDate {
        self.office.today
    }

    /// Queues `ev` on `on`, unless that is after today.
    fn at(&mut self, on: NaiveDate, ev: Ev) {
        if on <= self.today() {
            self.seq += 1;
            self.queue.insert((on, ev.rank(), self.seq), ev);
        }
    }

    fn days(&mut self, on: NaiveDate, lo: u64, hi: u64) -> NaiveDate {
        add_days(on, self.rng.range(lo, hi))
    }

    /// The planned course of every subject, and the months' check-ins, 宣告 and month lock.
    fn schedule(&mut self) {
        let today = self.today();
        let this_month = month_of(today);
        let last_month = month_of(this_month.pred_opt().unwrap_or(this_month));
        for i in 0..self.subjects.len() {
            let Some(sub) = self.subjects.get(i) else {
                continue;
            };
            let (start, end, medical) = (sub.term_start, sub.term_end, sub.input.medical);
            self.at(start, Ev::Register(i));
            // 严管 at entry; after two or three months the office proposes 普管.
            let review = self.days(start, 60, 90);
            if review < plan::sub_days(end, 30) {
                self.at(review, Ev::Propose(i, Level::Normal));
            }
            let papers = self.days(plan::sub_days(end, 33), 0, 6);
            if papers > start {
                self.at(papers, Ev::EndPapers(i));
            }
            self.at(end, Ev::End(i, EndReason::Expired));
            if medical {
                self.schedule_medical(i, start, end);
            }
            if self.rng.chance(120) {
                let asked = self.days(start, 40, 300);
                let from = self.days(asked, 2, 6);
                let to = self.days(from, 2, 7);
                if to < end {
                    let kind = if self.rng.chance(850) {
                        ApprovalKind::Leave
                    } else {
                        ApprovalKind::Visitor
                    };
                    self.at(asked, Ev::Leave(i, kind, from, to));
                }
            }
        }
        self.schedule_incidents();
        let first = self.subjects.iter().map(|s| month_of(s.term_start)).min();
        let mut month = first.unwrap_or(this_month);
        while month < this_month {
            let next = add_months(month, 1);
            self.at(month_end(month), Ev::SaveMonth(month));
            // The new entrants' 宣告 early in the next month (today at the latest).
            let held = self.days(next, 2, 11).min(today);
            self.at(held, Ev::Announce(month));
            if month < last_month {
                self.at(month_end(next), Ev::CloseMonth(month));
            }
            month = next;
        }
    }

    /// 保外就医: a health report every month, a re-check every `recheck_months`.
    fn schedule_medical(&mut self, i: usize, start: NaiveDate, end: NaiveDate) {
        let mut month = month_of(start);
        while month <= month_of(end) {
            let on = self.days(month, 19, 27).min(end);
            if on >= start {
                self.at(on, Ev::Medical(i, MedicalKind::Report));
            }
            month = add_months(month, 1);
        }
        let every = self.settings.recheck_months.max(1);
        let mut k = 1;
        loop {
            let on = self.days(add_months(start, every * k), 0, 5);
            if on > end || on > self.today() {
                break;
            }
            self.at(on, Ev::Medical(i, MedicalKind::Recheck));
            k += 1;
        }
    }

    fn run(&mut self) -> StoreResult<()> {
        while let Some(((on, _, _), ev)) = self.queue.pop_first() {
            self.apply(on, ev)?;
        }
        Ok(())
    }

    /// The live record of subject `i` when it is registered and not ended.
    fn open(&self, i: usize) -> Option<&Live> {
        self.live
            .get(i)
            .and_then(Option::as_ref)
            .filter(|l| l.ended.is_none())
    }

    fn apply(&mut self, on: NaiveDate, ev: Ev) -> StoreResult<()> {
        match ev {
            Ev::Register(i) => self.register(on, i),
            Ev::Announce(month) => self.announce(on, month),
            Ev::Propose(i, to) => self.propose_level(on, i, to),
            Ev::Decide(i) => self.decide_level(on, i),
            Ev::Leave(i, kind, from, to) => {
                let Some(id) = self.open(i).map(|l| l.id) else {
                    return Ok(());
                };
                let granted = self.rng.chance(900);
                let note = match (kind, granted) {
                    (ApprovalKind::Visitor, _) => s::DEMO_VISITOR_NOTE,
                    (_, true) => self.rng.pick(s::DEMO_LEAVE_NOTES),
                    (_, false) => s::DEMO_LEAVE_REFUSED,
                };
                let period = (Some(from), Some(to));
                let r = corr::record_approval(self.store, id, kind, on, period, granted, note);
                kept(r).map(drop)
            }
            Ev::Tag(i, starts, ends, reason) => {
                let Some(id) = self.open(i).map(|l| l.id) else {
                    return Ok(());
                };
                let r = corr::add_tag(self.store, id, reason, on, starts, ends, &self.settings);
                kept(r).map(drop)
            }
            Ev::Medical(i, kind) => {
                let Some(id) = self.open(i).map(|l| l.id) else {
                    return Ok(());
                };
                let hospital = self.rng.pick(s::DEMO_HOSPITALS);
                let result = match kind {
                    MedicalKind::Report => s::DEMO_MEDICAL_REPORT,
                    MedicalKind::Recheck => s::DEMO_RECHECK_RESULT,
                };
                kept(corr::add_medical(
                    self.store, id, kind, on, hospital, result,
                ))
                .map(drop)
            }
            Ev::EndPapers(i) => {
                let Some(id) = self.open(i).map(|l| l.id) else {
                    return Ok(());
                };
                let assessment = self.rng.pick(s::DEMO_ASSESSMENTS);
                let handover = self.rng.pick(s::DEMO_HANDOVERS);
                let r = corr::record_end_papers(self.store, id, on, assessment, handover);
                kept(r).map(drop)
            }
            Ev::Incident(i, planned) => self.incident(on, i, planned),
            Ev::Proposal(row, i, measure) => self.proposal(on, row, i, measure),
            Ev::Ruling(row, i, measure) => self.ruling(on, row, i, measure),
            Ev::End(i, reason) => self.end(on, i, reason),
            Ev::SaveMonth(month) => self.save_month(month),
            Ev::CloseMonth(month) => kept(corr::close_month(self.store, month)).map(drop),
        }
    }

    fn register(&mut self, on: NaiveDate, i: usize) -> StoreResult<()> {
        let Some(sub) = self.subjects.get(i) else {
            return Ok(());
        };
        let valid = match validate_subject(&sub.input, self.today()) {
            Ok(v) => v,
            Err(errors) => {
                debug_assert!(false, "demo subject refused: {errors:?}");
                return Ok(());
            }
        };
        if let Some(id) = kept(corr::register(self.store, &valid))?
            && let Some(slot) = self.live.get_mut(i)
        {
            *slot = Some(Live {
                id,
                levels: vec![(on, valid.level)],
                pending: None,
                ended: None,
            });
            self.entrants.entry(month_of(on)).or_default().push(i);
        }
        Ok(())
    }

    /// The collective 宣告 of a month's entrants; minors apart from adults.
    fn announce(&mut self, on: NaiveDate, month: NaiveDate) -> StoreResult<()> {
        let entrants = self.entrants.get(&month).cloned().unwrap_or_default();
        for minors in [false, true] {
            let ids: Vec<i64> = entrants
                .iter()
                .filter(|i| self.subjects.get(**i).is_some_and(|s| s.minor == minors))
                .filter_map(|i| self.open(*i).map(|l| l.id))
                .collect();
            if !ids.is_empty() {
                corr::announce(self.store, &ids, on)?;
            }
        }
        Ok(())
    }

    fn end(&mut self, on: NaiveDate, i: usize, reason: EndReason) -> StoreResult<()> {
        let Some(id) = self.open(i).map(|l| l.id) else {
            return Ok(());
        };
        if kept(corr::end(self.store, id, reason, on))?.is_some()
            && let Some(Some(live)) = self.live.get_mut(i)
        {
            live.ended = Some(on);
        }
        Ok(())
    }
}
