//! 设置 → 社区矫正: every number domain.md calls local — how the report deadline is counted,
//! the warning windows, 考核 by score or grade, the collective session's hours — and each
//! level's duties (a grid of level × duty: how many or how many hours, per week or month).

use crate::domain::corrections::{AssessBy, Duty, DutyKind, Level, Per, Settings};
use crate::domain::{format_tenths, parse_count};
use crate::store::{self, Store, settings};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::grid::{Column, Grid, GridRow, GridSaving, GridScreen, Value};

fn yes_no() -> Vec<String> {
    vec![s::FORM_BOOL_NO.to_string(), s::FORM_BOOL_YES.to_string()]
}

/// The numbers of the form: key, label, the current value, the most it may be.
fn numbers(v: &Settings) -> [(&'static str, &'static str, u32, u32); 8] {
    [
        ("report_days", s::SET_CORR_REPORT_DAYS, v.report_days, 60),
        ("pass_score", s::SET_CORR_PASS_SCORE, v.pass_score, 100),
        ("end_warn", s::SET_CORR_END_WARN, v.end_warn_days, 120),
        (
            "release_warn",
            s::SET_CORR_RELEASE_WARN,
            v.release_warn_days,
            60,
        ),
        ("tag_warn", s::SET_CORR_TAG_WARN, v.tag_warn_days, 60),
        ("tag_months", s::SET_CORR_TAG_MONTHS, v.tag_max_months, 12),
        ("recheck", s::SET_CORR_RECHECK, v.recheck_months, 12),
        ("session", s::SET_CORR_SESSION, v.session_tenths, 240),
    ]
}

pub fn rules_form(store: &Store, title: &'static str) -> store::Result<FormScreen> {
    let v = settings::corrections(store)?;
    let mut fields = vec![
        Field::choice("exclude", s::SET_CORR_EXCLUDE, yes_no(), false)
            .selected(Some(usize::from(v.exclude_start_day))),
        Field::choice("weekend", s::SET_CORR_WEEKEND, yes_no(), false)
            .selected(Some(usize::from(v.weekend_moves))),
        Field::choice("assess", s::SET_CORR_ASSESS, AssessBy::labels(), false)
            .selected(Some(v.assess_by.index())),
    ];
    fields
        .push(Field::note("holidays", s::SET_CORR_HOLIDAYS, 2000).value(&dates_text(&v.holidays)));
    fields.push(Field::note("workdays", s::SET_CORR_WORKDAYS, 500).value(&dates_text(&v.workdays)));
    for (key, label, value, _) in numbers(&v) {
        let shown = if key == "session" {
            format_tenths(value)
        } else {
            value.to_string()
        };
        fields.push(Field::text(key, label, 6).required().value(&shown));
    }
    let form = Form::new(title, fields);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let mut next = v.clone();
        next.exclude_start_day = form.choice("exclude") == Some(1);
        next.weekend_moves = form.choice("weekend") == Some(1);
        next.assess_by = form
            .choice("assess")
            .and_then(|i| AssessBy::ALL.get(i).copied())
            .unwrap_or(AssessBy::Grade);
        let mut bad = false;
        for (key, list) in [
            ("holidays", &mut next.holidays),
            ("workdays", &mut next.workdays),
        ] {
            match parse_dates(form.text(key)) {
                Ok(days) => *list = days,
                Err(message) => {
                    form.set_error(key, &message);
                    bad = true;
                }
            }
        }
        for (key, _, _, max) in numbers(&v) {
            let read = if key == "session" {
                crate::domain::parse_tenths(form.text(key), max).map_err(|e| e.to_string())
            } else {
                match parse_count(form.text(key)) {
                    Ok(n) if n > max => Err(s::set_corr_over(max)),
                    Ok(n) => Ok(n),
                    Err(e) => Err(e.to_string()),
                }
            };
            match read {
                Ok(n) => match key {
                    "report_days" => next.report_days = n,
                    "pass_score" => next.pass_score = n,
                    "end_warn" => next.end_warn_days = n,
                    "release_warn" => next.release_warn_days = n,
                    "tag_warn" => next.tag_warn_days = n,
                    "tag_months" => next.tag_max_months = n,
                    "recheck" => next.recheck_months = n,
                    _ => next.session_tenths = n,
                },
                Err(message) => {
                    form.set_error(key, &message);
                    bad = true;
                }
            }
        }
        if bad {
            return Saving::Invalid;
        }
        match settings::save_corrections(ctx.store, &next) {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)))
}

/// Dates as the form shows them: `2026-10-01 2026-10-02 …`.
fn dates_text(days: &[chrono::NaiveDate]) -> String {
    days.iter()
        .map(|d| crate::domain::format_date(*d))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Dates typed separated by spaces, commas or 、, in order, each once; the first that cannot
/// be read is the error.
fn parse_dates(typed: &str) -> Result<Vec<chrono::NaiveDate>, String> {
    let mut days = Vec::new();
    for part in typed
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | ';' | '；'))
        .filter(|p| !p.is_empty())
    {
        match crate::domain::parse_date(part) {
            Ok(d) => days.push(d),
            Err(e) => return Err(format!("{part}：{e}")),
        }
    }
    days.sort();
    days.dedup();
    Ok(days)
}

/// Row id of (level, duty kind): level index × 100 + kind index.
fn row_id(level: Level, kind: DutyKind) -> i64 {
    (level.index() * 100 + kind.index()) as i64
}

/// Each level's duties as a grid: one row per level and kind, 0 or blank for none.
pub fn duties_grid(store: &Store, title: &'static str) -> store::Result<GridScreen> {
    let v = settings::corrections(store)?;
    let columns = vec![
        Column::label("level", s::CORR_COL_LEVEL, 4),
        Column::label("kind", s::SET_CORR_DUTY, 8),
        Column::count("count", s::SET_CORR_TIMES, 31),
        Column::hours("hours", s::SET_CORR_HOURS, 2000),
        Column::choice("per", s::SET_CORR_PER, Per::labels())
            .default(Value::Choice(Per::Month.index())),
    ];
    let mut rows = Vec::new();
    for level in Level::ALL {
        for kind in DutyKind::ALL {
            let duty = v.duties(*level).iter().find(|d| d.kind == *kind);
            let mut row = GridRow::new(row_id(*level, *kind), [level.label(), kind.label()])
                .group(level.label());
            let per = duty.map_or(Per::Month, |d| d.per);
            row = row.value("per", Value::Choice(per.index()));
            if let Some(d) = duty {
                row = if kind.in_hours() {
                    row.value("hours", Value::Tenths(d.amount))
                } else {
                    row.value("count", Value::Count(d.amount))
                };
            }
            rows.push(row);
        }
    }
    let grid = Grid::new(title, columns, rows).filter_title(s::SET_CORR_BY_LEVEL);
    Ok(GridScreen::new(
        grid,
        Box::new(move |grid: &Grid, ctx: &mut Ctx<'_>| {
            let mut next = v.clone();
            let mut refused = Vec::new();
            for level in Level::ALL {
                let mut duties = Vec::new();
                for row in grid.rows() {
                    let Some(kind) = DutyKind::ALL
                        .iter()
                        .copied()
                        .find(|k| row_id(*level, *k) == row.id())
                    else {
                        continue;
                    };
                    let (amount, other) = if kind.in_hours() {
                        (row.tenths("hours"), row.count("count"))
                    } else {
                        (row.count("count"), row.tenths("hours"))
                    };
                    if other.is_some_and(|n| n > 0) {
                        refused.push((
                            row.id(),
                            if kind.in_hours() {
                                s::SET_CORR_USE_HOURS
                            } else {
                                s::SET_CORR_USE_TIMES
                            }
                            .to_string(),
                        ));
                    }
                    let per = row
                        .choice("per")
                        .and_then(|i| Per::ALL.get(i).copied())
                        .unwrap_or(Per::Month);
                    if let Some(amount) = amount.filter(|n| *n > 0) {
                        duties.push(Duty::new(kind, amount, per));
                    }
                }
                *next.duties_mut(*level) = duties;
            }
            if !refused.is_empty() {
                return GridSaving::Refused(refused);
            }
            match settings::save_corrections(ctx.store, &next) {
                Ok(()) => GridSaving::Done(Some(LayerResult::Saved)),
                Err(e) => GridSaving::Failed(e.to_string()),
            }
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_are_typed_in_any_order_and_separator_and_a_bad_one_is_named() {
        let days = parse_dates("2026-10-02，2026-10-01 2026/10/3、2026-10-01").unwrap();
        assert_eq!(dates_text(&days), "2026-10-01 2026-10-02 2026-10-03");
        let err = parse_dates("2026-10-01 2026-02-30").unwrap_err();
        assert!(err.starts_with("2026-02-30："), "{err}");
        assert_eq!(parse_dates("  ").unwrap(), vec![]);
    }
}
