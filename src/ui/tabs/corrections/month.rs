//! A month's check-ins in one sitting (F4 → 月度报到): choose the month, then one grid row per
//! subject in correction during it (adults by pinyin, then minors, masked), with what was
//! saved before. Space ticks "attended the collective session" (its hours from the settings
//! when none are typed); F10 saves every changed row in one transaction. And the month lock:
//! 月结, or reopening a closed month with a reason (audited).

use chrono::Datelike;

use crate::domain::corrections::{
    AssessBy, CheckinInput, Grade, Settings, ValidCheckin, month_of, validate_checkin,
};
use crate::domain::{format_month, parse_month};
use crate::store::corrections::{self, CorrError, MonthRow};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::grid::{Column, Grid, GridRow, GridSaving, GridScreen, RowView, Value};

use super::shown_name;

/// The month a check-in is most likely for: last month in the first days of a month, else
/// this one.
pub fn likely_month(today: chrono::NaiveDate) -> chrono::NaiveDate {
    let this = month_of(today);
    if today.day() <= 5 {
        this.checked_sub_months(chrono::Months::new(1))
            .unwrap_or(this)
    } else {
        this
    }
}

fn month_field(ctx: &Ctx<'_>) -> Field {
    Field::text("month", s::CORR_F_MONTH, 10)
        .required()
        .value(&format_month(likely_month(ctx.today())))
}

/// Reads the month field; an error at it when it cannot be read or lies after this month.
fn read_month(form: &mut Form, ctx: &Ctx<'_>) -> Option<chrono::NaiveDate> {
    match parse_month(form.text("month")) {
        Ok(m) if m > month_of(ctx.today()) => {
            form.set_error("month", s::CORR_FUTURE_MONTH);
            None
        }
        Ok(m) => Some(m),
        Err(e) => {
            form.set_error("month", &e.to_string());
            None
        }
    }
}

/// Choose the month, then its grid (of one subject when `only` is given).
pub fn month_form(ctx: &mut Ctx<'_>, only: Option<i64>) -> FormScreen {
    let form = Form::new(s::CORR_MONTH_TITLE, vec![month_field(ctx)]);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(month) = read_month(form, ctx) else {
            return Saving::Invalid;
        };
        match corrections::is_closed(ctx.store, month) {
            Ok(true) => {
                form.set_error("month", s::CORR_MONTH_CLOSED);
                return Saving::Invalid;
            }
            Ok(false) => {}
            Err(e) => return Saving::Failed(e.to_string()),
        }
        let office = ctx.store.office_code().to_string();
        let rows = match corrections::month_rows(ctx.store, &office, month) {
            Ok(rows) => rows,
            Err(e) => return Saving::Failed(e.to_string()),
        };
        let rows: Vec<MonthRow> = rows
            .into_iter()
            .filter(|r| only.is_none_or(|id| r.id == id))
            .collect();
        if rows.is_empty() {
            form.set_error(
                "month",
                if only.is_some() {
                    s::CORR_MONTH_OUTSIDE_TERM
                } else {
                    s::CORR_MONTH_NOBODY
                },
            );
            return Saving::Invalid;
        }
        let settings = match corrections::settings(ctx.store) {
            Ok(v) => v,
            Err(e) => return Saving::Failed(e.to_string()),
        };
        Saving::Then(Box::new(month_grid(month, rows, settings)))
    };
    FormScreen::new(form, Box::new(save))
}

const COUNTS: [(&str, &str, u32); 5] = [
    ("phone", s::CORR_G_PHONE, 62),
    ("in_person", s::CORR_G_IN_PERSON, 31),
    ("written", s::CORR_G_WRITTEN, 31),
    ("talks", s::CORR_G_TALKS, 31),
    ("visits", s::CORR_G_VISITS, 31),
];

/// The grid of a month's check-ins.
pub fn month_grid(month: chrono::NaiveDate, rows: Vec<MonthRow>, settings: Settings) -> GridScreen {
    let by_grade = settings.assess_by == AssessBy::Grade;
    let mut columns = vec![
        Column::label("name", s::CORR_COL_NAME, 8),
        Column::label("village", s::CORR_G_VILLAGE, 8),
        Column::tick("session", s::CORR_G_SESSION),
    ];
    for (key, title, max) in COUNTS {
        columns.push(Column::count(key, title, max));
    }
    columns.push(
        Column::hours(
            "education",
            s::CORR_COL_EDUCATION,
            crate::domain::corrections::intake::MAX_MONTH_TENTHS,
        )
        .default(Value::Tenths(settings.session_tenths)),
    );
    columns.push(Column::hours(
        "service",
        s::CORR_COL_SERVICE,
        crate::domain::corrections::intake::MAX_MONTH_TENTHS,
    ));
    columns.push(if by_grade {
        Column::choice("assess", s::CORR_COL_GRADE, Grade::labels())
            .default(Value::Choice(Grade::Pass.index()))
    } else {
        Column::count("assess", s::CORR_G_SCORE, 100)
    });
    columns.push(Column::note("note", s::CORR_COL_NOTE, 50));
    let terms: Vec<(i64, chrono::NaiveDate, chrono::NaiveDate)> = rows
        .iter()
        .map(|r| (r.id, r.term_start, r.term_end))
        .collect();
    let grid_rows = rows
        .iter()
        .map(|r| {
            let group = if r.minor {
                s::CORR_MINOR_GROUP.to_string()
            } else {
                r.village.clone()
            };
            let mut row = GridRow::new(
                r.id,
                [
                    shown_name(&r.name, r.minor),
                    r.village.clone(),
                    r.level.label().to_string(),
                ],
            )
            .group(group);
            if let Some((c, note)) = &r.checkin {
                row = with_checkin(row, c, note, by_grade);
            }
            row
        })
        .collect();
    let grid = Grid::new(
        s::corr_month_grid_title(&format_month(month)),
        columns,
        grid_rows,
    )
    .filter_title(s::CORR_G_FILTER);
    let session_tenths = settings.session_tenths;
    GridScreen::new(
        grid,
        Box::new(move |grid: &Grid, ctx: &mut Ctx<'_>| {
            let mut batch = Vec::new();
            let mut refused = Vec::new();
            for row in grid.rows().filter(|r| r.changed()) {
                let Some((_, start, end)) = terms.iter().find(|t| t.0 == row.id()) else {
                    continue;
                };
                let input = checkin_of(&row, by_grade, session_tenths);
                match validate_checkin(&input, month, *start, *end) {
                    Ok(valid) => batch.push((row.id(), valid, row.text("note").to_string())),
                    Err(errors) => refused.push((
                        row.id(),
                        errors
                            .into_iter()
                            .map(|e| e.message)
                            .collect::<Vec<_>>()
                            .join("；"),
                    )),
                }
            }
            if !refused.is_empty() {
                return GridSaving::Refused(refused);
            }
            match corrections::save_month(ctx.store, month, &batch) {
                Ok(_) => GridSaving::Done(Some(LayerResult::Saved)),
                Err(CorrError::Refused { message, .. }) => GridSaving::Failed(message),
                Err(CorrError::Store(e)) => GridSaving::Failed(e.to_string()),
            }
        }),
    )
}

fn with_checkin(mut row: GridRow, c: &ValidCheckin, note: &str, by_grade: bool) -> GridRow {
    row = row.value("session", Value::Tick(c.session));
    for (key, value) in [
        ("phone", c.phone),
        ("in_person", c.in_person),
        ("written", c.written),
        ("talks", c.talks),
        ("visits", c.visits),
    ] {
        row = row.value(key, Value::Count(value));
    }
    row = row
        .value("education", Value::Tenths(c.education))
        .value("service", Value::Tenths(c.service));
    let assess = if by_grade {
        c.grade.map(|g| Value::Choice(g.index()))
    } else {
        c.score.map(Value::Count)
    };
    if let Some(v) = assess {
        row = row.value("assess", v);
    }
    if !note.is_empty() {
        row = row.value("note", Value::Text(note.to_string()));
    }
    row
}

/// A row as a check-in: blank counts are 0; the session tick with no hours typed counts the
/// session's hours.
fn checkin_of(row: &RowView<'_>, by_grade: bool, session_tenths: u32) -> CheckinInput {
    let n = |key| row.count(key).unwrap_or(0);
    let session = row.ticked("session");
    let mut education = row.tenths("education").unwrap_or(0);
    if session && education == 0 {
        education = session_tenths;
    }
    CheckinInput {
        phone: n("phone"),
        in_person: n("in_person"),
        written: n("written"),
        talks: n("talks"),
        visits: n("visits"),
        education,
        service: row.tenths("service").unwrap_or(0),
        session,
        score: if by_grade { None } else { row.count("assess") },
        grade: if by_grade {
            row.choice("assess")
                .and_then(|i| Grade::ALL.get(i).copied())
        } else {
            None
        },
    }
}

/// 月结 or reopening a closed month (with a reason).
pub fn lock_form(ctx: &mut Ctx<'_>) -> FormScreen {
    let last = month_of(ctx.today())
        .checked_sub_months(chrono::Months::new(1))
        .unwrap_or(month_of(ctx.today()));
    let form = Form::new(
        s::CORR_LOCK_TITLE,
        vec![
            Field::text("month", s::CORR_F_MONTH, 10)
                .required()
                .value(&format_month(last)),
            Field::choice(
                "what",
                s::CORR_F_LOCK,
                s::CORR_LOCK_CHOICES.iter().map(|c| c.to_string()).collect(),
                false,
            )
            .selected(Some(0)),
            Field::note("reason", s::CORR_F_REOPEN_REASON, 300),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(month) = read_month(form, ctx) else {
            return Saving::Invalid;
        };
        let saved = if form.choice("what") == Some(1) {
            let reason = form.text("reason").to_string();
            corrections::reopen_month(ctx.store, month, &reason)
        } else {
            corrections::close_month(ctx.store, month)
        };
        match saved {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(CorrError::Refused { field, message }) => {
                form.set_error(field, &message);
                Saving::Invalid
            }
            Err(CorrError::Store(e)) => Saving::Failed(e.to_string()),
        }
    };
    FormScreen::new(form, Box::new(save))
}
