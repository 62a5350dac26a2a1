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

use std::cell::RefCell;
use std::rc::Rc;

use super::case::CaseScreen;
use super::forms::{filter_form, intake_form};
use super::print as dispute_print;
use super::{flag_text, parties};
use crate::domain::dispute::days_since_acceptance;
use crate::store::disputes::{self, DisputeFilter};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Clock, Ctx, Layer, LayerResult};
use crate::ui::screens::list_screen::{ListSource, VoidFn};
use crate::ui::widgets::table::{Column, TableRow};

pub struct Disputes {
    clock: Clock,
    filter: Rc<RefCell<DisputeFilter>>,
    /// The case selected when F9 was pressed (its 受理登记表).
    print_case: Option<i64>,
}

impl Disputes {
    pub fn new(store: &Store, clock: Clock) -> Self {
        Disputes {
            clock,
            filter: Rc::new(RefCell::new(DisputeFilter {
                office_code: store.office_code().to_string(),
                ..Default::default()
            })),
            print_case: None,
        }
    }

    fn is_filtered(&self) -> bool {
        let f = self.filter.borrow();
        *f != DisputeFilter {
            office_code: f.office_code.clone(),
            ..Default::default()
        }
    }
}

impl ListSource for Disputes {
    fn title(&self) -> String {
        s::TAB_TITLES[0].to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn offers(&self, action: Action) -> bool {
        // F4 has nothing in this list (a case's steps are on its own screen).
        action != Action::Actions
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::DISPUTE_COL_CASE_NO, 8),
            Column::new(s::DISPUTE_COL_REGISTERED_SHORT, 5),
            Column::new(s::DISPUTE_COL_KIND, 8),
            Column::new(s::DISPUTE_COL_STATUS, 8),
            Column::new(s::DISPUTE_COL_DAYS, 4),
            Column::new(s::DISPUTE_COL_FLAG, 8),
            Column::new(s::DISPUTE_COL_MEDIATOR, 6),
            Column::new(s::DISPUTE_COL_PARTIES, 0),
        ]
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        let rows = disputes::page(store, &self.filter.borrow(), cursor, limit)?;
        Ok(rows
            .into_iter()
            .map(|r| TableRow {
                id: r.id,
                cells: vec![
                    r.case_short
                        .clone()
                        .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
                    r.state.registered_on.format("%m-%d").to_string(),
                    r.kind.clone(),
                    r.state.status.label().to_string(),
                    days_since_acceptance(&r.state, self.clock.now().date())
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    flag_text(&r, self.clock.now().date()),
                    r.mediators.replace(',', "、"),
                    parties(&r),
                ],
                dim: !r.state.status.is_open(),
            })
            .collect())
    }

    fn header(&self) -> Option<String> {
        self.is_filtered().then(|| s::LEDGER_FILTERED.to_string())
    }

    fn empty(&self) -> &'static str {
        if self.is_filtered() {
            s::DISPUTE_EMPTY_FILTER
        } else {
            s::DISPUTE_EMPTY
        }
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(intake_form(ctx)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(CaseScreen::new(
            ctx.store,
            id,
            self.clock.now().date(),
        )?)))
    }

    fn search(&mut self, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        match filter_form(ctx, Rc::clone(&self.filter)) {
            Ok(form) => Some(Box::new(form)),
            Err(e) => {
                ctx.say(e.to_string());
                None
            }
        }
    }

    fn print_selected(
        &mut self,
        selected: Option<i64>,
        _ctx: &mut Ctx<'_>,
    ) -> Option<Box<dyn Layer>> {
        self.print_case = selected;
        Some(Box::new(dispute_print::menu()))
    }

    fn on_result(&mut self, result: &LayerResult, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        if let LayerResult::Chosen(dispute_print::TAG, choice) = result {
            dispute_print::run(ctx, *choice, self.print_case, self.clock.now().date());
        }
        None
    }

    fn voider(&self) -> Option<VoidFn> {
        Some(disputes::void)
    }

    fn back(&mut self) -> bool {
        if !self.is_filtered() {
            return false;
        }
        let office = self.filter.borrow().office_code.clone();
        *self.filter.borrow_mut() = DisputeFilter {
            office_code: office,
            ..Default::default()
        };
        true
    }
}
