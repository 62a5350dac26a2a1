//! Tab 3, 社区矫正: those in correction, the latest start first, with their term, days left,
//! this month's check-in and alerts. F2 入矫登记, Enter opens the record, F3 filters, F4 the
//! month's check-ins, the alerts, the collective 宣告 and the month lock, F9 prints.
//!
//! ```text
//! ┌ 社区矫正 ────────────────────────────────────────────────────────────────┐
//! │ 在矫 24 人（未成年 1）· 有预警 5 人                                      │  header
//! │   姓名     类别 等级 矫正期限          剩余 本月 预警                     │
//! │ ▶ 张三     缓刑 普管 26.03.02–27.03.01 89   已报 缺报·将期满              │
//! │   李某     假释 严管 26.10.09–27.04.08 127  未报 未报到                   │
//! └──────────────────────────────────────────────────────────────────────────┘
//! ```

use super::forms::{filter_form, subject_form};
use super::record::SubjectScreen;
use super::{alerts, category_short, month, print, row_name, term_short};
use crate::domain::corrections::alerts::alert_summary;
use crate::domain::corrections::{Settings, Status, alerts as alerts_of};
use crate::domain::module::Module;
use crate::store::corrections::{self, CorrectionFilter};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Clock, Command, Ctx, Layer, LayerResult};
use crate::ui::print::Printout;
use crate::ui::screens::filter::{FilterState, Filtering};
use crate::ui::screens::list_screen::{ListSource, Voider};
use crate::ui::widgets::menu::Menu;
use crate::ui::widgets::table::{Column, TableRow};

const MENU: &str = "corrections-actions";

pub struct Corrections {
    clock: Clock,
    filter: FilterState<CorrectionFilter>,
    settings: Settings,
    /// In correction, of them minors, and with an alert today.
    counts: (usize, usize, usize),
}

impl Corrections {
    pub fn new(store: &Store, clock: Clock) -> Self {
        let today = clock.now().date();
        Corrections {
            filter: FilterState::new(CorrectionFilter::active(store.office_code(), today)),
            clock,
            settings: Settings::default(),
            counts: (0, 0, 0),
        }
    }
}

impl ListSource for Corrections {
    fn title(&self) -> String {
        Module::Corrections.title().to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(Action::Open, s::CORR_OPEN),
            Command::new(Action::New, s::CORR_NEW_CMD),
            Command::new(Action::Search, s::ACT_FILTER),
            Command::new(Action::Actions, s::CORR_ACTIONS_CMD),
            Command::new(Action::Print, s::ACT_PRINT),
        ]
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            // On a narrow screen the name, days left and alerts stay; the term goes first.
            Column::new(s::CORR_COL_NAME, 8),
            Column::new(s::CORR_COL_CATEGORY, 4).drops(3),
            Column::new(s::CORR_COL_LEVEL, 4).drops(2),
            Column::new(s::CORR_COL_TERM, 17).drops(5),
            Column::new(s::CORR_COL_LEFT, 5).drops(1),
            Column::new(s::CORR_COL_THIS_MONTH, 4).drops(4),
            Column::new(s::CORR_COL_ALERTS, 0),
        ]
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        let today = self.clock.now().date();
        let rows = corrections::page(store, &self.filter.get(), cursor, limit)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let f = &r.facts;
                let active = f.status == Status::Active;
                let left = if active {
                    (f.term_end - today).num_days().to_string()
                } else {
                    f.status.label().to_string()
                };
                let this_month = match (active, r.checked_this_month) {
                    (false, _) => "",
                    (true, true) => s::CORR_CHECKED,
                    (true, false) => s::CORR_NOT_CHECKED,
                };
                let mut flags = alert_summary(&alerts_of(f, today, &self.settings));
                if r.minor {
                    flags = if flags.is_empty() {
                        s::CORR_MINOR_FLAG.to_string()
                    } else {
                        format!("{}·{flags}", s::CORR_MINOR_FLAG)
                    };
                }
                TableRow {
                    id: r.id,
                    cells: vec![
                        row_name(&r),
                        category_short(f.category).to_string(),
                        f.level.label().to_string(),
                        term_short(f.term_start, f.term_end),
                        left,
                        this_month.to_string(),
                        flags,
                    ],
                    dim: !active,
                }
            })
            .collect())
    }

    fn refresh(&mut self, store: &Store) -> store::Result<()> {
        let today = self.clock.now().date();
        if today != self.filter.default_value().today {
            self.filter.handle().borrow_mut().today = today;
            self.filter
                .set_default(CorrectionFilter::active(store.office_code(), today));
        }
        self.settings = corrections::settings(store)?;
        let (active, minors) = corrections::active_counts(store, store.office_code())?;
        let alerted = corrections::alerts(store, store.office_code(), today, &self.settings)?.len();
        self.counts = (active, minors, alerted);
        Ok(())
    }

    fn header(&self) -> Option<String> {
        let (active, minors, alerted) = self.counts;
        Some(s::corr_header(active, minors, alerted))
    }

    fn empty(&self) -> &'static str {
        if self.filter.is_filtered() {
            s::CORR_EMPTY_FILTER
        } else {
            s::CORR_EMPTY
        }
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(subject_form(ctx, None)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(SubjectScreen::open(
            ctx.store,
            id,
            self.clock.clone(),
        )?)))
    }

    fn search(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(filter_form(self.filter.handle()))))
    }

    fn filter(&self) -> Option<&dyn Filtering> {
        Some(&self.filter)
    }

    fn actions_need_row(&self) -> bool {
        false
    }

    fn actions(
        &mut self,
        _selected: Option<i64>,
        _ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(Menu::new(
            s::CORR_ACTIONS_TITLE,
            MENU,
            &s::CORR_ACTIONS,
        ))))
    }

    fn printouts(&self, selected: Option<i64>, ctx: &Ctx<'_>) -> Vec<Printout> {
        print::printouts(ctx.store.office_code(), selected, self.clock.now().date())
    }

    fn voider(&self) -> Option<Voider> {
        let today = self.clock.now().date();
        Some(Voider::new(corrections::void, move |store, id| {
            let d = corrections::detail(store, id, today)?;
            let f = &d.row.facts;
            Ok(vec![
                (s::CORR_COL_NAME, row_name(&d.row)),
                (s::CORR_F_CATEGORY, f.category.label().to_string()),
                (s::CORR_COL_TERM, term_short(f.term_start, f.term_end)),
            ])
        }))
    }

    fn on_result(&mut self, result: &LayerResult, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        match result {
            LayerResult::Created(_) => {
                self.filter.clear();
                None
            }
            LayerResult::Chosen(MENU, i) => match i {
                0 => Some(Box::new(month::month_form(ctx, None))),
                1 => Some(Box::new(alerts::alert_list(ctx.store, self.clock.clone()))),
                2 => Some(Box::new(alerts::announce_form(ctx))),
                _ => Some(Box::new(month::lock_form(ctx))),
            },
            _ => None,
        }
    }
}
