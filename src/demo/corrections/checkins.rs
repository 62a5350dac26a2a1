//! A month's check-ins of one office, saved at once: every subject in correction during the
//! month, most meeting their level's duties (from the office's settings), a few short of
//! them, a few missing; 考核 as the settings record it.

use chrono::NaiveDate;

use super::{Sim, kept};
use crate::demo::rng::Rng;
use crate::domain::corrections::{
    AssessBy, DutyKind, Grade, Level, Per, Settings, ValidCheckin, intake::MAX_MONTH_TENTHS,
    validate_checkin,
};
use crate::store::Result as StoreResult;
use crate::store::corrections as corr;
use crate::strings as s;

/// Per mille of subjects without a check-in in a month, and with one short of the duties.
const MISSING: u64 = 30;
const SHORT: u64 = 100;

/// The last day of the month starting `first`.
pub(in crate::demo) fn month_end(first: NaiveDate) -> NaiveDate {
    super::add_months(first, 1).pred_opt().unwrap_or(first)
}

fn strictness(level: Level) -> u8 {
    match level {
        Level::Strict => 2,
        Level::Normal => 1,
        Level::Lenient => 0,
    }
}

/// The strictest level in force at some time from `from` to `to`.
fn strictest(levels: &[(NaiveDate, Level)], from: NaiveDate, to: NaiveDate) -> Level {
    let at_start = levels
        .iter()
        .rev()
        .find(|(on, _)| *on <= from)
        .or(levels.first())
        .map(|(_, l)| *l);
    let changes = levels
        .iter()
        .filter(|(on, _)| *on > from && *on <= to)
        .map(|(_, l)| *l);
    at_start
        .into_iter()
        .chain(changes)
        .max_by_key(|l| strictness(*l))
        .unwrap_or(Level::Strict)
}

impl Sim<'_, '_> {
    /// Saves the check-ins of the month starting `month` (before this month) in one write.
    pub(super) fn save_month(&mut self, month: NaiveDate) -> StoreResult<()> {
        let last = month_end(month);
        let mut rows = Vec::new();
        for (sub, live) in self.subjects.iter().zip(&self.live) {
            let Some(live) = live else {
                continue;
            };
            let ended = live.ended.unwrap_or(sub.term_end);
            if sub.term_start > last || ended < month || self.rng.chance(MISSING) {
                continue;
            }
            let (from, to) = (sub.term_start.max(month), ended.min(last));
            let level = strictest(&live.levels, from, to);
            let span = Span { month, from, to };
            let unable = sub.input.unable_to_work;
            let (checkin, note) = checkin(self.rng, &self.settings, level, span, unable);
            match validate_checkin(&checkin, month, sub.term_start, sub.term_end) {
                Ok(valid) => rows.push((live.id, valid, note)),
                Err(errors) => debug_assert!(false, "demo check-in refused: {errors:?}"),
            }
        }
        if rows.is_empty() {
            return Ok(());
        }
        kept(corr::save_month(self.store, month, &rows)).map(drop)
    }
}

/// The days of a month in correction.
#[derive(Clone, Copy)]
struct Span {
    month: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
}

fn field(c: &mut ValidCheckin, kind: DutyKind) -> &mut u32 {
    match kind {
        DutyKind::Phone => &mut c.phone,
        DutyKind::InPerson => &mut c.in_person,
        DutyKind::Written => &mut c.written,
        DutyKind::Talk => &mut c.talks,
        DutyKind::Visit => &mut c.visits,
        DutyKind::Education => &mut c.education,
        DutyKind::Service => &mut c.service,
    }
}

/// What the level asks for the days, generously counted (every week begun, a month's share
/// rounded up), so that a check-in made of it meets the duties however the weeks are cut.
fn needs(settings: &Settings, level: Level, span: Span, unable: bool) -> Vec<(DutyKind, u32)> {
    let days = ((span.to - span.from).num_days() + 1).max(0) as u32;
    let month_days = ((month_end(span.month) - span.month).num_days() + 1).max(1) as u32;
    let mut out: Vec<(DutyKind, u32)> = Vec::new();
    for duty in settings.duties(level) {
        let need = match duty.per {
            _ if duty.kind == DutyKind::Service && unable => 0,
            Per::Week => duty.amount * days.div_ceil(7),
            Per::Month => (duty.amount * days).div_ceil(month_days),
        };
        match out.iter_mut().find(|(k, _)| *k == duty.kind) {
            Some((_, n)) => *n += need,
            None => out.push((duty.kind, need)),
        }
    }
    out
}

/// One subject's month: the duties met (with a little more now and then), or in a few
/// months one of them short; 考核 to match.
fn checkin(
    rng: &mut Rng,
    settings: &Settings,
    level: Level,
    span: Span,
    unable: bool,
) -> (ValidCheckin, String) {
    let needs = needs(settings, level, span, unable);
    let mut c = ValidCheckin::default();
    for (kind, need) in &needs {
        let extra = if kind.in_hours() {
            // Whole hours, now and then a session more.
            (10 - need % 10) % 10 + if rng.chance(200) { 20 } else { 0 }
        } else {
            u32::from(rng.chance(150))
        };
        *field(&mut c, *kind) = (need + extra).min(MAX_MONTH_TENTHS);
    }
    // What no duty asks still happens: a phone call, a visit, a talk.
    for (kind, per_mille) in [
        (DutyKind::Phone, 300),
        (DutyKind::Visit, 300),
        (DutyKind::Talk, 400),
    ] {
        let f = field(&mut c, kind);
        if *f == 0 && rng.chance(per_mille) {
            *f = 1;
        }
    }
    let owed: Vec<(DutyKind, u32)> = needs.into_iter().filter(|(_, n)| *n > 0).collect();
    let mut note = String::new();
    let short = !owed.is_empty() && rng.chance(SHORT);
    if short && let Some(&(kind, need)) = owed.get(rng.below(owed.len() as u64) as usize) {
        *field(&mut c, kind) = if kind.in_hours() {
            need * rng.range(30, 80) as u32 / 100 / 10 * 10
        } else {
            need - rng.range(1, u64::from(need)) as u32
        };
        note = if rng.chance(500) {
            s::DEMO_NOTE_SICK
        } else {
            s::DEMO_NOTE_WORK
        }
        .to_string();
    }
    c.session = c.education > 0;
    let grade = match (short, rng.below(1000)) {
        (true, 0..350) => Grade::Fail,
        (true, _) | (false, 600..) => Grade::Pass,
        (false, _) => Grade::Good,
    };
    match settings.assess_by {
        AssessBy::Grade => c.grade = Some(grade),
        AssessBy::Score => {
            let (lo, hi) = match grade {
                Grade::Good => (85, 98),
                Grade::Pass => (u64::from(settings.pass_score), 84),
                Grade::Fail => (40, u64::from(settings.pass_score.saturating_sub(1))),
            };
            c.score = Some(rng.range(lo, hi.max(lo)).min(100) as u32);
        }
    }
    (c, note)
}
