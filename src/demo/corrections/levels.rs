//! 分类管理 in the demo: 严管 at entry, the office's proposal of 普管 after two or three months
//! and of 宽管 after half a year more for some, back to 严管 after a warning; the county
//! approves (now and then not) with its 文号.

use chrono::NaiveDate;

use super::{Ev, Sim, kept, plan};
use crate::domain::corrections::Level;
use crate::store::Result as StoreResult;
use crate::store::corrections as corr;
use crate::strings as s;

impl Sim<'_, '_> {
    pub(super) fn propose_level(&mut self, on: NaiveDate, i: usize, to: Level) -> StoreResult<()> {
        let end = self.subjects.get(i).map_or(on, |s| s.term_end);
        let Some(live) = self.open(i) else {
            return Ok(());
        };
        // 宽管 only from 普管; nothing in the last month.
        let skip = live.pending.is_some()
            || live.level() == to
            || (to == Level::Lenient && live.level() != Level::Normal)
            || on >= plan::sub_days(end, 30);
        if skip {
            return Ok(());
        }
        let id = live.id;
        let reason = match (live.level(), to) {
            (_, Level::Strict) => s::DEMO_LEVEL_BACK_TO_STRICT,
            (_, Level::Lenient) => s::DEMO_LEVEL_TO_LENIENT,
            (_, Level::Normal) if live.levels.len() > 1 => s::DEMO_LEVEL_BACK_TO_NORMAL,
            _ => s::DEMO_LEVEL_TO_NORMAL,
        };
        let reviewer = self.office.operators.get(1).copied().unwrap_or_default();
        if kept(corr::propose_level(
            self.store, id, to, on, reason, reviewer,
        ))?
        .is_some()
            && let Some(Some(live)) = self.live.get_mut(i)
        {
            live.pending = Some(to);
            let decide = self.days(on, 3, 12);
            self.at(decide, Ev::Decide(i));
        }
        Ok(())
    }

    pub(super) fn decide_level(&mut self, on: NaiveDate, i: usize) -> StoreResult<()> {
        let Some((id, to, first)) = self
            .open(i)
            .and_then(|l| l.pending.map(|to| (l.id, to, l.levels.len() == 1)))
        else {
            return Ok(());
        };
        let approved = self
            .rng
            .chance(if to == Level::Lenient { 940 } else { 980 });
        let approver = self.county.approver(self.rng);
        let doc_no = self.county.doc_no(on);
        kept(corr::decide_level(
            self.store, id, approved, on, &approver, &doc_no,
        ))?;
        if let Some(Some(live)) = self.live.get_mut(i) {
            live.pending = None;
            if approved {
                live.levels.push((on, to));
            }
        }
        match to {
            // Not approved: the office tries again some months later.
            _ if !approved => {
                let again = self.days(on, 60, 90);
                self.at(again, Ev::Propose(i, to));
            }
            // Some go on to 宽管 after half a year of 普管 with good 考核.
            Level::Normal if first && self.rng.chance(550) => {
                let review = self.days(on, 182, 240);
                self.at(review, Ev::Propose(i, Level::Lenient));
            }
            Level::Strict => {
                let review = self.days(on, 90, 100);
                self.at(review, Ev::Propose(i, Level::Normal));
            }
            _ => {}
        }
        Ok(())
    }
}
