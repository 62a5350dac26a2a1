//! The subject's record form (入矫登记, and its correction later) and the register's filter.

use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::corrections::{
    Category, Level, ReportType, Status, SubjectInput, report_deadline, report_type,
    validate_subject,
};
use crate::domain::{format_date, mask_id};
use crate::store;
use crate::store::corrections::{self, CorrError, CorrectionFilter, Detail};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};

fn yes_no() -> Vec<String> {
    vec![s::FORM_BOOL_NO.to_string(), s::FORM_BOOL_YES.to_string()]
}

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(format_date).unwrap_or_default()
}

/// 入矫登记 (`existing` None) or the correction of a saved record.
pub fn subject_form(ctx: &mut Ctx<'_>, existing: Option<&Detail>) -> store::Result<FormScreen> {
    let f = existing.map(|d| &d.row.facts);
    let mut fields = vec![
        Field::person("person", s::CORR_F_PERSON).required(),
        Field::choice("category", s::CORR_F_CATEGORY, Category::labels(), false)
            .required()
            .selected(f.map(|f| f.category.index())),
        Field::text("crime", s::CORR_F_CRIME, 50)
            .required()
            .value(existing.map_or("", |d| &d.crime)),
        Field::text("sentence", s::CORR_F_SENTENCE, 50).value(existing.map_or("", |d| &d.sentence)),
        Field::text("decided_by", s::CORR_F_DECIDED_BY, 50)
            .value(existing.map_or("", |d| &d.decided_by)),
        Field::note("crime_facts", s::CORR_F_CRIME_FACTS, 2000)
            .value(existing.map_or("", |d| &d.crime_facts)),
        Field::text("priors", s::CORR_F_PRIORS, 500).value(existing.map_or("", |d| &d.priors)),
        Field::date("runs_from", s::CORR_F_RUNS_FROM).value(&day(f.and_then(|f| f.runs_from))),
        Field::date("papers_on", s::CORR_F_PAPERS_ON)
            .value(&day(existing.and_then(|d| d.papers_on))),
        Field::date("reported_on", s::CORR_F_REPORTED_ON)
            .value(&day(f.and_then(|f| f.reported_on))),
        Field::date("term_start", s::CORR_F_TERM_START)
            .required()
            .value(&day(f.map(|f| f.term_start))),
        Field::date("term_end", s::CORR_F_TERM_END)
            .required()
            .value(&day(f.map(|f| f.term_end))),
        Field::text("ban_content", s::CORR_F_BAN, 200)
            .value(existing.map_or("", |d| &d.ban_content)),
        Field::date("ban_from", s::CORR_F_BAN_FROM).value(&day(existing.and_then(|d| d.ban_from))),
        Field::date("ban_to", s::CORR_F_BAN_TO).value(&day(existing.and_then(|d| d.ban_to))),
        Field::text("domicile", s::CORR_F_DOMICILE, 100)
            .value(existing.map_or("", |d| &d.domicile)),
        Field::text("residence", s::CORR_F_RESIDENCE, 100)
            .value(existing.map_or("", |d| &d.residence)),
        Field::text("team", s::CORR_F_TEAM, 100).value(existing.map_or("", |d| &d.team)),
        Field::choice("minor", s::CORR_F_MINOR, yes_no(), false)
            .selected(Some(usize::from(existing.is_some_and(|d| d.row.minor)))),
        Field::choice("unable", s::CORR_F_UNABLE, yes_no(), false)
            .selected(Some(usize::from(f.is_some_and(|f| f.unable_to_work)))),
        Field::choice("medical", s::CORR_F_MEDICAL, yes_no(), false)
            .selected(Some(usize::from(f.is_some_and(|f| f.medical)))),
        Field::date("announced_on", s::CORR_F_ANNOUNCED)
            .value(&day(existing.and_then(|d| d.announced_on))),
    ];
    if existing.is_none() {
        // The level changes later only by an approved proposal.
        fields.insert(
            12,
            Field::choice("level", s::CORR_F_LEVEL, Level::labels(), false)
                .selected(Some(Level::Strict.index())),
        );
    }
    let title = if existing.is_some() {
        s::CORR_EDIT_TITLE
    } else {
        s::CORR_NEW_TITLE
    };
    let mut form = Form::new(title, fields);
    if let Some(d) = existing {
        let note = d.row.id_number.as_deref().map(mask_id).unwrap_or_default();
        form.set_person("person", d.row.person_id, &d.row.name, &note);
    }
    form.mark_clean();
    let settings = corrections::settings(ctx.store)?;
    let id = existing.map(|d| d.row.id);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let input = input_of(form);
        let valid = match validate_subject(&input, ctx.today()) {
            Ok(v) => v,
            Err(errors) => {
                form.set_errors(&errors);
                return Saving::Invalid;
            }
        };
        let saved = match id {
            None => corrections::register(ctx.store, &valid).map(Some),
            Some(id) => corrections::update(ctx.store, id, &valid).map(|()| None),
        };
        match saved {
            Ok(created) => {
                let late = matches!(
                    report_type(
                        valid.category,
                        valid.runs_from,
                        valid.reported_on,
                        &settings
                    ),
                    ReportType::Late(_)
                );
                ctx.say(if late && created.is_some() {
                    s::CORR_SAVED_LATE
                } else {
                    s::MSG_SAVED
                });
                Saving::Done(Some(
                    created.map_or(LayerResult::Saved, LayerResult::Created),
                ))
            }
            Err(CorrError::Refused { field, message }) => {
                form.set_error(field, &message);
                Saving::Invalid
            }
            Err(CorrError::Store(e)) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)).with_hook(on_leave))
}

fn input_of(form: &Form) -> SubjectInput {
    let yes = |key| form.choice(key) == Some(1);
    SubjectInput {
        person_id: form.person("person").0,
        category: form
            .choice("category")
            .and_then(|i| Category::ALL.get(i).copied()),
        crime: form.text("crime").to_string(),
        sentence: form.text("sentence").to_string(),
        decided_by: form.text("decided_by").to_string(),
        crime_facts: form.text("crime_facts").to_string(),
        priors: form.text("priors").to_string(),
        runs_from: form.text("runs_from").to_string(),
        papers_on: form.text("papers_on").to_string(),
        reported_on: form.text("reported_on").to_string(),
        ban_content: form.text("ban_content").to_string(),
        ban_from: form.text("ban_from").to_string(),
        ban_to: form.text("ban_to").to_string(),
        domicile: form.text("domicile").to_string(),
        residence: form.text("residence").to_string(),
        term_start: form.text("term_start").to_string(),
        term_end: form.text("term_end").to_string(),
        team: form.text("team").to_string(),
        minor: yes("minor"),
        unable_to_work: yes("unable"),
        medical: yes("medical"),
        level: form
            .choice("level")
            .and_then(|i| Level::ALL.get(i).copied()),
        announced_on: form.text("announced_on").to_string(),
    }
}

/// The deadline beside 生效日期 and the 报到类型 beside 报到日期, as soon as they can be read.
fn on_leave(form: &mut Form, key: &str, ctx: &mut Ctx<'_>) {
    if matches!(key, "person" | "runs_from") {
        suggest_minor(form, ctx);
    }
    if !matches!(key, "category" | "runs_from" | "reported_on") {
        return;
    }
    let Ok(settings) = corrections::settings(ctx.store) else {
        return;
    };
    let category = form
        .choice("category")
        .and_then(|i| Category::ALL.get(i).copied());
    let (runs_from, reported_on) = (form.date("runs_from"), form.date("reported_on"));
    let deadline = category
        .zip(runs_from)
        .and_then(|(c, from)| report_deadline(c, from, &settings));
    form.set_note(
        "runs_from",
        &match (category, deadline) {
            (Some(Category::Outside), _) => s::CORR_NO_DEADLINE.to_string(),
            (_, Some(d)) => s::corr_deadline_note(&format_date(d)),
            _ => String::new(),
        },
    );
    let note = match category {
        _ if runs_from
            .zip(reported_on)
            .is_some_and(|(from, on)| on < from) =>
        {
            s::CORR_REPORTED_BEFORE_RUNS_FROM.to_string()
        }
        Some(c) if runs_from.is_some() || c == Category::Outside => {
            report_type(c, runs_from, reported_on, &settings).label()
        }
        _ => String::new(),
    };
    form.set_note("reported_on", &note);
}

/// 未成年 is set at entry: under 18 on the day the judgment took effect (by the registry's birth
/// date) ticks it, with a note saying why; it is never recomputed from today's age.
fn suggest_minor(form: &mut Form, ctx: &mut Ctx<'_>) {
    let (Some(person), Some(from)) = (form.person("person").0, form.date("runs_from")) else {
        return;
    };
    let Ok(p) = crate::store::persons::get(ctx.store, person) else {
        return;
    };
    let Some(born) = p
        .birth_date
        .as_deref()
        .and_then(|b| crate::domain::parse_date(b).ok())
    else {
        return;
    };
    let minor = born
        .checked_add_months(chrono::Months::new(18 * 12))
        .is_some_and(|adult| from < adult);
    if minor {
        form.set_choice("minor", Some(1));
        form.set_note("minor", s::CORR_MINOR_BY_BIRTH);
    }
}

/// F3 on the register: name, pinyin or ID digits; category, level, status; alerts only.
pub fn filter_form(filter: Rc<RefCell<CorrectionFilter>>) -> FormScreen {
    let current = filter.borrow().clone();
    let statuses: Vec<String> = Status::labels();
    let form = Form::new(
        s::CORR_FILTER_TITLE,
        vec![
            Field::text("query", s::CORR_F_QUERY, 30).value(&current.query),
            Field::choice("category", s::CORR_F_CATEGORY, Category::labels(), true)
                .selected(current.category.map(Category::index)),
            Field::choice("level", s::CORR_F_LEVEL, Level::labels(), true)
                .selected(current.level.map(Level::index)),
            Field::choice("status", s::CORR_F_STATUS, statuses, true)
                .selected(current.status.map(Status::index)),
            Field::choice("alerted", s::CORR_F_ALERTED, yes_no(), false)
                .selected(Some(usize::from(current.alerted))),
        ],
    );
    let save = move |form: &mut Form, _ctx: &mut Ctx<'_>| {
        let mut f = filter.borrow_mut();
        f.query = form.text("query").trim().to_string();
        f.category = form
            .choice("category")
            .and_then(|i| Category::ALL.get(i).copied());
        f.level = form
            .choice("level")
            .and_then(|i| Level::ALL.get(i).copied());
        f.status = form
            .choice("status")
            .and_then(|i| Status::ALL.get(i).copied());
        f.alerted = form.choice("alerted") == Some(1);
        Saving::Done(Some(LayerResult::Saved))
    };
    FormScreen::new(form, Box::new(save)).saving_as(s::ACT_SEARCH)
}
