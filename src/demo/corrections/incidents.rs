//! A few incidents an office records (a late first report, a subject out of contact, missed
//! education not made up after being told), what the sanction rules suggest for them, and
//! what became of it: proposed and decided by the county, or dismissed; a warning sends the
//! subject back to 严管 (one or two with an electronic tag), a revocation ends the correction.

use chrono::NaiveDate;

use super::plan::{add_days, add_months, sub_days};
use super::{Ev, Sim, kept};
use crate::domain::corrections::{
    Category, EndReason, Incident, IncidentKind, Level, Measure, report_deadline,
};
use crate::store::Result as StoreResult;
use crate::store::corrections as corr;
use crate::strings as s;

/// Incidents are written through `store::corrections::record_incident`, which asks the
/// sanction rules (`suggest`); late reports also need `report_deadline`. False leaves every
/// incident out, for trying the rest of the demo where those rules are not written yet.
pub(super) const RECORD_INCIDENTS: bool = true;

#[derive(Debug, Clone, Copy)]
pub(super) enum Planned {
    LateReport,
    /// Out of contact for this many days.
    OutOfContact(u32),
    MissedEducation,
}

/// The end a decided measure brings, if it is a revocation.
fn ending(measure: Measure) -> Option<EndReason> {
    match measure {
        Measure::RevokeProbation => Some(EndReason::RevokeProbation),
        Measure::RevokeParole => Some(EndReason::RevokeParole),
        Measure::Recommit => Some(EndReason::Recommit),
        _ => None,
    }
}

impl Sim<'_, '_> {
    /// A day well inside subject `i`'s term (at least `tail` days before its end and before
    /// today), if any.
    fn inside(&mut self, i: usize, tail: u64) -> Option<NaiveDate> {
        let sub = self.subjects.get(i)?;
        let end = sub_days(sub.term_end.min(self.office.today), tail);
        let start = add_days(sub.term_start, 45);
        let span = (end - start).num_days();
        (span > 0).then(|| add_days(start, self.rng.below(span as u64)))
    }

    /// A random subject (not a minor) that `fits`, and a day well inside its term.
    fn anyone(
        &mut self,
        tail: u64,
        fits: impl Fn(&super::Subject) -> bool,
    ) -> Option<(usize, NaiveDate)> {
        let candidates: Vec<usize> = (0..self.subjects.len())
            .filter(|i| self.subjects.get(*i).is_some_and(|x| !x.minor && fits(x)))
            .collect();
        for _ in 0..20 {
            let pick = self.rng.below(candidates.len() as u64) as usize;
            let i = *candidates.get(pick)?;
            if let Some(on) = self.inside(i, tail) {
                return Some((i, on));
            }
        }
        None
    }

    /// The incidents of the office and the electronic tags after them.
    pub(super) fn schedule_incidents(&mut self) {
        let today = self.today();
        let mut planned: Vec<(usize, NaiveDate, Planned)> = Vec::new();
        for (i, sub) in self.subjects.iter().enumerate() {
            if sub.late {
                planned.push((i, sub.term_start, Planned::LateReport));
            }
        }
        // Out of contact for more than ten days (a warning), and now and then a short one.
        for (n, days) in [(0, self.rng.range(11, 20)), (1, self.rng.range(3, 9))] {
            if n == 1 && self.rng.chance(400) {
                continue;
            }
            let Some((i, on)) = self.anyone(60, |x| x.category != Category::Outside) else {
                continue;
            };
            planned.push((i, on, Planned::OutOfContact(days as u32)));
        }
        for _ in 0..self.rng.range(1, 2) {
            if let Some((i, on)) = self.anyone(30, |_| true) {
                planned.push((i, on, Planned::MissedEducation));
            }
        }
        // Now and then a revocation: out of contact for over a month, in a finished term.
        if self.rng.chance(600) {
            let ended_long = |x: &super::Subject| {
                matches!(x.category, Category::Probation | Category::Parole)
                    && x.term_end < sub_days(today, 30)
                    && (x.term_end - x.term_start).num_days() > 240
            };
            if let Some((i, on)) = self.anyone(90, ended_long) {
                planned.push((i, on, Planned::OutOfContact(self.rng.range(32, 60) as u32)));
            }
        }
        if RECORD_INCIDENTS {
            for (i, on, p) in planned {
                self.at(on, Ev::Incident(i, p));
            }
        }
    }

    /// An electronic tag from `on` for up to three months, sometimes extended once.
    fn schedule_tag(&mut self, i: usize, on: NaiveDate) {
        let Some(term_end) = self.subjects.get(i).map(|s| s.term_end) else {
            return;
        };
        let months = self.settings.tag_max_months.max(1);
        let ends = add_months(on, months)
            .pred_opt()
            .unwrap_or(on)
            .min(term_end);
        self.at(on, Ev::Tag(i, on, ends, s::DEMO_TAG_REASON));
        let next = add_days(ends, 1);
        if self.rng.chance(500) && next < term_end {
            let approved = sub_days(ends, self.rng.range(2, 6));
            let until = add_months(next, self.rng.range(1, u64::from(months)) as u32);
            let until = until.pred_opt().unwrap_or(next).min(term_end);
            self.at(approved, Ev::Tag(i, next, until, s::DEMO_TAG_EXTENSION));
        }
    }

    pub(super) fn incident(
        &mut self,
        on: NaiveDate,
        i: usize,
        planned: Planned,
    ) -> StoreResult<()> {
        let (Some(id), Some(sub)) = (self.open(i).map(|l| l.id), self.subjects.get(i)) else {
            return Ok(());
        };
        let (incident, facts) = match planned {
            Planned::LateReport => {
                let runs_from = NaiveDate::parse_from_str(&sub.input.runs_from, "%Y-%m-%d").ok();
                let deadline =
                    runs_from.and_then(|from| report_deadline(sub.category, from, &self.settings));
                let late = deadline.map_or(0, |d| (on - d).num_days());
                if late <= 0 {
                    return Ok(());
                }
                let days = late as u32;
                let incident = Incident {
                    kind: IncidentKind::LateReport,
                    days,
                    not_corrected_after_told: false,
                };
                (incident, s::demo_fact_late_report(days))
            }
            Planned::OutOfContact(days) => {
                let incident = Incident {
                    kind: IncidentKind::OutOfContact,
                    days,
                    not_corrected_after_told: false,
                };
                (incident, s::demo_fact_out_of_contact(days))
            }
            Planned::MissedEducation => {
                let incident = Incident {
                    kind: IncidentKind::MissedEducation,
                    days: 0,
                    not_corrected_after_told: true,
                };
                (incident, s::DEMO_FACT_MISSED_EDUCATION.to_string())
            }
        };
        let recorded = corr::record_incident(self.store, id, on, &incident, &facts);
        let Some((row, Some(measure))) = kept(recorded)? else {
            return Ok(());
        };
        // A 训诫 is now and then not proposed (the office's first always); graver measures
        // always are.
        let dismiss = measure == Measure::Reprimand && (!self.dismissed || self.rng.chance(300));
        if !dismiss {
            let proposed = self.days(on, 1, 3);
            self.at(proposed, Ev::Proposal(row, i, measure));
        } else {
            kept(corr::dismiss(self.store, row, s::DEMO_DISMISS_REASON))?;
            self.dismissed = true;
        }
        Ok(())
    }

    /// The office proposes the suggested measure to the county (or the court).
    pub(super) fn proposal(
        &mut self,
        on: NaiveDate,
        row: i64,
        i: usize,
        measure: Measure,
    ) -> StoreResult<()> {
        if self.open(i).is_none() {
            return Ok(());
        }
        if kept(corr::propose(self.store, row, measure, on))?.is_some() {
            let decided = match ending(measure) {
                Some(_) => self.days(on, 10, 25),
                None => self.days(on, 3, 15),
            };
            self.at(decided, Ev::Ruling(row, i, measure));
        }
        Ok(())
    }

    /// The decision: a measure taken, or the court's ruling that ends the correction.
    pub(super) fn ruling(
        &mut self,
        on: NaiveDate,
        row: i64,
        i: usize,
        measure: Measure,
    ) -> StoreResult<()> {
        if self.open(i).is_none() {
            return Ok(());
        }
        let (doc_no, decision) = match ending(measure) {
            Some(end) => (
                self.county.ruling_no(on),
                s::demo_decision_revoked(end.label()),
            ),
            None => (self.county.doc_no(on), s::demo_decision(measure.label())),
        };
        if kept(corr::decide(self.store, row, on, &doc_no, true, &decision))?.is_none() {
            return Ok(());
        }
        match ending(measure) {
            Some(end) => self.at(on, Ev::End(i, end)),
            // A warning: back to 严管, and for one or two an electronic tag.
            None if measure == Measure::Warning => {
                let review = self.days(on, 1, 5);
                self.at(review, Ev::Propose(i, Level::Strict));
                // The office's first warned subject, and now and then a second.
                if self.tagged == 0 || (self.tagged == 1 && self.rng.chance(300)) {
                    let approved = self.days(on, 3, 10);
                    self.schedule_tag(i, approved);
                    self.tagged += 1;
                }
            }
            None => {}
        }
        Ok(())
    }
}
