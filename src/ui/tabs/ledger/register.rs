//! Tab 5, 服务台账: today's ledger newest first with the day's totals; F2 a new entry, Enter
//! to edit one, F8 to void it, F3 to filter, F9 to print.
//!
//! ```text
//! ┌ 服务台账 ──────────────────────────────────────────────────────────┐
//! │ 今日 2026-11-29 共 12 条：法律咨询 8 · 法律援助 2 · 人民调解 2     │  header
//! │   时间        渠道 服务类型 来访人   事项类别 处理结果 摘要          │
//! │ ▶ 11-29 10:05 窗口 法律咨询 张三     劳动     当场解答 咨询拖欠…    │
//! └────────────────────────────────────────────────────────────────────┘
//! ```

use chrono::NaiveDate;

use super::forms::{entry_form, filter_form};
use super::print;
use crate::domain::format_date;
use crate::store::ledger::{self, Filter};
use crate::store::{self, Cursor, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Clock, Command, Ctx, Layer, LayerResult};
use crate::ui::print::Printout;
use crate::ui::screens::filter::{FilterState, Filtering};
use crate::ui::screens::list_screen::{ListSource, Voider};
use crate::ui::widgets::table::{Column, TableRow};

pub struct Ledger {
    clock: Clock,
    /// Today's entries unless F3 chose otherwise; "today" moves on past midnight.
    filter: FilterState<Filter>,
    totals: (i64, Vec<(String, i64)>),
}

impl Ledger {
    pub fn new(store: &Store, clock: Clock) -> Self {
        let today = clock.now().date();
        Ledger {
            clock,
            filter: FilterState::new(Filter::day(store.office_code(), today)),
            totals: (0, Vec::new()),
        }
    }

    fn today(&self) -> NaiveDate {
        self.filter.default_value().from
    }

    /// The day F9 prints: the filter's last day (today unless filtered).
    fn print_day(&self) -> NaiveDate {
        self.filter.get().to
    }
}

/// "11-29 10:05" from "2026-11-29 10:05".
fn short_time(served_at: &str) -> &str {
    served_at.get(5..).unwrap_or(served_at)
}

impl ListSource for Ledger {
    fn title(&self) -> String {
        s::LEDGER_TITLE.to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(Action::Open, s::LEDGER_OPEN),
            Command::new(Action::New, s::LEDGER_NEW_CMD),
            Command::new(Action::Search, s::ACT_FILTER),
            Command::new(Action::Print, s::ACT_PRINT),
        ]
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            // On a narrow screen the time, the visitor and the summary stay; 结果 goes first.
            Column::new(s::LEDGER_COL_TIME, 11),
            Column::new(s::LEDGER_COL_CHANNEL, 4).drops(4),
            Column::new(s::LEDGER_COL_SERVICE, 8).drops(2),
            Column::new(s::LEDGER_COL_VISITOR, 8),
            Column::new(s::LEDGER_COL_MATTER, 8).drops(3),
            Column::new(s::LEDGER_COL_OUTCOME, 8).drops(5),
            Column::new(s::LEDGER_COL_SUMMARY, 0),
        ]
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        let rows = ledger::page(store, &self.filter.get(), cursor, limit)?;
        Ok(rows
            .into_iter()
            .map(|e| TableRow {
                id: e.id,
                cells: vec![
                    short_time(&e.served_at).to_string(),
                    e.channel,
                    e.service,
                    e.visitor,
                    e.matter,
                    e.outcome,
                    e.summary,
                ],
                dim: false,
            })
            .collect())
    }

    fn refresh(&mut self, store: &Store) -> store::Result<()> {
        let today = self.clock.now().date();
        if today != self.today() {
            let office = self.filter.default_value().office_code.clone();
            self.filter.set_default(Filter::day(&office, today));
        }
        self.totals = ledger::totals(store, &self.filter.get())?;
        Ok(())
    }

    fn header(&self) -> Option<String> {
        let f = self.filter.get();
        let period = if !self.filter.is_filtered() {
            s::ledger_today(&format_date(f.from))
        } else if f.from == f.to {
            format_date(f.from)
        } else {
            s::ledger_range(&format_date(f.from), &format_date(f.to))
        };
        let by_service: Vec<String> = self
            .totals
            .1
            .iter()
            .map(|(label, n)| format!("{label} {n}"))
            .collect();
        Some(s::ledger_header(
            &period,
            self.totals.0,
            &by_service.join("，"),
        ))
    }

    fn empty(&self) -> &'static str {
        if self.filter.is_filtered() {
            s::LEDGER_EMPTY_FILTER
        } else {
            s::LEDGER_EMPTY_TODAY
        }
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(entry_form(ctx, None)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(entry_form(ctx, Some(id))?)))
    }

    fn search(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(filter_form(ctx, self.filter.handle())?)))
    }

    fn filter(&self) -> Option<&dyn Filtering> {
        Some(&self.filter)
    }

    fn voider(&self) -> Option<Voider> {
        Some(Voider::new(ledger::void, |store, id| {
            let e = ledger::one(store, id)?;
            Ok(vec![
                (s::LEDGER_COL_TIME, e.served_at),
                (s::LEDGER_COL_VISITOR, e.visitor),
                (s::LEDGER_COL_SERVICE, e.service),
                (s::LEDGER_COL_SUMMARY, e.summary),
            ])
        }))
    }

    fn printouts(&self, _selected: Option<i64>, ctx: &Ctx<'_>) -> Vec<Printout> {
        let shown = {
            let f = self.filter.get();
            (f.from, f.to)
        };
        print::printouts(
            ctx.store.office_code(),
            self.print_day(),
            shown,
            self.clock.now().date(),
        )
    }

    fn on_result(&mut self, result: &LayerResult, _ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        // A new entry goes to the top of today's list, whatever was filtered before.
        if let LayerResult::Created(_) = result {
            let office = self.filter.default_value().office_code.clone();
            self.filter
                .set_default(Filter::day(&office, self.clock.now().date()));
            self.filter.clear();
        }
        None
    }
}
