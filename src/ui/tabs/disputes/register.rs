//! Tab 1, 纠纷受理: the register newest first with its deadlines; F2 registers a dispute, Enter
//! opens the case (F4 there: the steps its status allows), F3 filters, F8 voids.
//!
//! ```text
//! ┌ 纠纷受理 ────────────────────────────────────────────────────────────────┐
//! │ 共 12 件：调解中 4 · 逾期 1                                              │  header
//! │   案号                  登记日期   类型     当事人         状态   天数 期限 │
//! │ ▶ 〔2026〕版石人调字第007号 2026-11-20 邻里  张三 诉 李四  调解中 9  剩5天 │
//! └──────────────────────────────────────────────────────────────────────────┘
//! ```

use super::case::CaseScreen;
use super::forms::{filter_form, intake_form};
use super::print;
use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::{flag_text, parties};
use crate::domain::dispute::{Flag, days_since_acceptance, flag};
use crate::domain::format_date;
use crate::domain::module::Module;
use crate::store::disputes::DisputeRow;
use crate::store::disputes::{self, DisputeFilter};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Clock, Command, Ctx, Layer, LayerResult};
use crate::ui::print::Printout;
use crate::ui::screens::filter::{FilterState, Filtering};
use crate::ui::screens::list_screen::{ListSource, Voider};
use crate::ui::widgets::table::{Column, TableRow};

/// The register's column of deadlines and 易激化 (its index in [`Disputes::columns`]).
const ATTENTION: usize = 5;

pub struct Disputes {
    clock: Clock,
    filter: FilterState<DisputeFilter>,
    /// Rows read whose attention cell is an alert (逾期, 易激化), by id.
    alerts: RefCell<HashMap<i64, bool>>,
}

impl Disputes {
    pub fn new(store: &Store, clock: Clock) -> Self {
        Disputes {
            clock,
            filter: FilterState::new(DisputeFilter {
                office_code: store.office_code().to_string(),
                ..Default::default()
            }),
            alerts: RefCell::new(HashMap::new()),
        }
    }
}

impl ListSource for Disputes {
    fn title(&self) -> String {
        Module::Disputes.title().to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn commands(&self) -> Vec<Command> {
        // F4 has nothing in this list: a case's steps are on its own screen.
        vec![
            Command::new(Action::Open, s::DISPUTE_OPEN),
            Command::new(Action::New, s::DISPUTE_NEW_CMD),
            Command::new(Action::Search, s::ACT_FILTER),
            Command::new(Action::Print, s::ACT_PRINT),
        ]
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            // On a narrow screen 案号, 状态 and 当事人 stay; the others go, 调解员 first.
            Column::new(s::DISPUTE_COL_CASE_NO, 8),
            Column::new(s::DISPUTE_COL_REGISTERED_SHORT, 5).drops(2),
            Column::new(s::DISPUTE_COL_KIND, 8).drops(4),
            Column::new(s::DISPUTE_COL_STATUS, 8),
            Column::new(s::DISPUTE_COL_DAYS, 4).drops(3),
            Column::new(s::DISPUTE_COL_FLAG, 14).drops(1),
            Column::new(s::DISPUTE_COL_MEDIATOR, 6).drops(5),
            Column::new(s::DISPUTE_COL_PARTIES, 0).at_least(16),
        ]
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        let rows = disputes::page(store, &self.filter.get(), cursor, limit)?;
        let today = self.clock.now().date();
        let mut alerts = self.alerts.borrow_mut();
        Ok(rows
            .into_iter()
            .map(|r| {
                let (attention, alert) = attention(&r, today);
                alerts.insert(r.id, alert);
                TableRow {
                    id: r.id,
                    cells: vec![
                        r.case_short
                            .clone()
                            .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
                        r.state.registered_on.format("%m-%d").to_string(),
                        r.kind.clone(),
                        r.state.status.label().to_string(),
                        days_since_acceptance(&r.state, today)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                        attention,
                        r.mediators.replace(',', "、"),
                        parties(&r),
                    ],
                    dim: !r.state.status.is_open(),
                }
            })
            .collect())
    }

    fn alert(&self, row: &TableRow, column: usize) -> bool {
        column == ATTENTION && self.alerts.borrow().get(&row.id).copied().unwrap_or(false)
    }

    fn empty(&self) -> &'static str {
        if self.filter.is_filtered() {
            s::DISPUTE_EMPTY_FILTER
        } else {
            s::DISPUTE_EMPTY
        }
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(intake_form(ctx, None)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(CaseScreen::open(
            ctx.store,
            id,
            self.clock.clone(),
        )?)))
    }

    fn search(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(filter_form(ctx, self.filter.handle())?)))
    }

    fn filter(&self) -> Option<&dyn Filtering> {
        Some(&self.filter)
    }

    fn printouts(&self, selected: Option<i64>, ctx: &Ctx<'_>) -> Vec<Printout> {
        let shown = {
            let f = self.filter.get();
            (f.from, f.to)
        };
        print::printouts(
            ctx.store.office_code(),
            selected,
            shown,
            self.clock.now().date(),
        )
    }

    fn voider(&self) -> Option<Voider> {
        Some(Voider::new(disputes::void, |store, id| {
            let r = disputes::row(store, id)?;
            Ok(vec![
                (
                    s::DISPUTE_COL_CASE_NO,
                    r.case_no
                        .clone()
                        .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
                ),
                (s::DISPUTE_F_REGISTERED, format_date(r.state.registered_on)),
                (s::DISPUTE_COL_PARTIES, parties(&r)),
                (s::DISPUTE_COL_KIND, r.kind.clone()),
            ])
        }))
    }

    /// A new case is shown whatever was filtered before, so that it can be selected.
    fn on_result(&mut self, result: &LayerResult, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        if let LayerResult::Created(_) = result {
            self.filter.clear();
        }
        None
    }
}

/// The attention cell: the most urgent deadline (剩N天 / 逾期N天) and 易激化 while the case is
/// open; and whether it is an alert (逾期 or 易激化).
fn attention(row: &DisputeRow, today: NaiveDate) -> (String, bool) {
    let overdue = matches!(flag(&row.state, today), Flag::Overdue { .. });
    let risk = row.escalation_risk && row.state.status.is_open();
    let mut parts = vec![flag_text(row, today)];
    if risk {
        parts.push(s::DISPUTE_F_RISK.to_string());
    }
    parts.retain(|p| !p.is_empty());
    (parts.join(" "), overdue || risk)
}
