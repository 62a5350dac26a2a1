//! The ledger's forms: one entry (new or edited), and the filter of the list.
//!
//! The entry form is built for speed at a busy desk: sensible defaults (now, 窗口, 法律咨询,
//! 当场解答, the operator at the desk), Enter on 来访人 opens the person picker with what was
//! typed, a digit picks a choice, F10 saves.

use crate::domain::module::CodeList;
use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::ledger::{
    EntryInput, SATISFACTION_NONE, ValidEntry, check_not_stale, validate_entry,
};
use crate::domain::{format_date, mask_id};
use crate::store::ledger::{self, Filter};
use crate::store::{self, Store, operators, persons, villages};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::code_choice::CodeChoice;
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::screens::period::read_period;
use crate::ui::widgets::form::{Field, Form};

/// The code lists an entry uses.
struct Lists {
    channel: CodeChoice,
    service: CodeChoice,
    groups: CodeChoice,
    matter: CodeChoice,
    outcome: CodeChoice,
    satisfaction: CodeChoice,
    handler: CodeChoice,
}

impl Lists {
    /// `keep`: codes an edited entry holds, and its handler, kept even if retired since.
    fn load(store: &Store, keep: &[String], handler: Option<&str>) -> store::Result<Lists> {
        let mut handlers: Vec<String> = operators::list(store, true)?
            .into_iter()
            .map(|o| o.name)
            .collect();
        if let Some(h) = handler.filter(|h| !handlers.iter().any(|n| n == h)) {
            handlers.push(h.to_string());
        }
        Ok(Lists {
            channel: CodeChoice::load(store, CodeList::ServiceChannel, keep)?,
            service: CodeChoice::load(store, CodeList::ServiceType, keep)?,
            groups: CodeChoice::load(store, CodeList::SpecialGroup, keep)?,
            matter: CodeChoice::load(store, CodeList::MatterCategory, keep)?,
            outcome: CodeChoice::load(store, CodeList::ServiceOutcome, keep)?,
            satisfaction: CodeChoice::load(store, CodeList::Satisfaction, keep)?,
            handler: CodeChoice::of(handlers),
        })
    }
}

fn yes_no() -> Vec<String> {
    vec![s::FORM_BOOL_NO.to_string(), s::FORM_BOOL_YES.to_string()]
}

/// The entry form: a new entry when `id` is None, else that entry for editing (audited).
pub fn entry_form(ctx: &mut Ctx<'_>, id: Option<i64>) -> store::Result<FormScreen> {
    let existing = id.map(|id| ledger::get(ctx.store, id)).transpose()?;
    let keep: Vec<String> = existing.as_ref().map_or_else(Vec::new, |(e, _)| {
        let mut k = vec![
            e.channel.clone(),
            e.service.clone(),
            e.matter.clone(),
            e.outcome.clone(),
            e.satisfaction.clone(),
        ];
        k.extend(e.special_groups.iter().cloned());
        k
    });
    // An edited entry keeps its handler; a new one is the operator at the desk, even one
    // retired a minute ago (never silently someone else).
    let operator = ctx.session.operator().to_string();
    let handler = existing
        .as_ref()
        .map_or(operator.as_str(), |(e, _)| e.handler.as_str());
    let lists = Lists::load(ctx.store, &keep, Some(handler).filter(|h| !h.is_empty()))?;
    let now = ctx.now.format("%Y-%m-%d %H:%M").to_string();
    let fields = vec![
        Field::datetime("served_at", s::LEDGER_F_TIME)
            .required()
            .value(&now),
        Field::choice(
            "channel",
            s::LEDGER_COL_CHANNEL,
            lists.channel.labels(),
            false,
        ),
        Field::choice(
            "service",
            s::LEDGER_COL_SERVICE,
            lists.service.labels(),
            false,
        ),
        Field::person("visitor", s::LEDGER_COL_VISITOR).required_by_owner(),
        Field::multi("groups", s::LEDGER_F_GROUPS, lists.groups.labels()),
        Field::choice("matter", s::LEDGER_COL_MATTER, lists.matter.labels(), true).required(),
        Field::note("summary", s::LEDGER_COL_SUMMARY, 500).required(),
        Field::choice(
            "outcome",
            s::LEDGER_COL_OUTCOME,
            lists.outcome.labels(),
            false,
        ),
        Field::text("referred_to", s::LEDGER_F_REFERRED, 50),
        Field::choice("follow_up", s::LEDGER_F_FOLLOW_UP, yes_no(), false),
        Field::choice(
            "satisfaction",
            s::LEDGER_F_SATISFACTION,
            lists.satisfaction.labels(),
            false,
        )
        .selected(lists.satisfaction.index_of(SATISFACTION_NONE).or(Some(0))),
        Field::choice(
            "handler",
            s::LEDGER_F_HANDLER,
            lists.handler.labels(),
            false,
        )
        .selected(lists.handler.index_of(&operator).or(Some(0))),
    ];
    let title = if id.is_some() {
        s::LEDGER_EDIT
    } else {
        s::LEDGER_NEW
    };
    let stored_time = existing.as_ref().map(|(e, _)| e.served_at.clone());
    let mut form = Form::new(title, fields);
    if let Some((e, visitor)) = &existing {
        fill(&mut form, &lists, e, visitor, ctx.store);
    }
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let (person_id, visitor_name) = form.person("visitor");
        let input = EntryInput {
            served_at: form.text("served_at").to_string(),
            channel: lists.channel.code(form.choice("channel")),
            service: lists.service.code(form.choice("service")),
            person_id,
            visitor_name: visitor_name.to_string(),
            special_groups: form
                .picked("groups")
                .into_iter()
                .map(|i| lists.groups.code(Some(i)))
                .collect(),
            matter: lists.matter.code(form.choice("matter")),
            summary: form.text("summary").to_string(),
            outcome: lists.outcome.code(form.choice("outcome")),
            referred_to: form.text("referred_to").to_string(),
            follow_up: form.choice("follow_up") == Some(1),
            satisfaction: lists.satisfaction.code(form.choice("satisfaction")),
            handler: lists.handler.code(form.choice("handler")),
        };
        let valid = match validate_entry(&input, ctx.now) {
            Ok(v) => v,
            Err(errors) => {
                form.set_errors(&errors);
                return Saving::Invalid;
            }
        };
        if stored_time.as_deref() != Some(valid.served_at.as_str())
            && let Some(stale) = check_not_stale(&valid.served_at, ctx.now)
        {
            form.set_errors(&[stale]);
            return Saving::Invalid;
        }
        let saved = match id {
            None => ledger::insert(ctx.store, &valid).map(LayerResult::Created),
            Some(id) => ledger::update(ctx.store, id, &valid).map(|()| LayerResult::Saved),
        };
        match saved {
            Ok(result) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(result))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)).with_hook(on_leave))
}

/// Puts a stored entry into the form.
fn fill(form: &mut Form, lists: &Lists, e: &ValidEntry, visitor: &str, store: &Store) {
    form.set_text("served_at", &e.served_at);
    form.set_choice("channel", lists.channel.index_of(&e.channel));
    form.set_choice("service", lists.service.index_of(&e.service));
    match e.person_id {
        Some(pid) => {
            let note = persons::get(store, pid)
                .ok()
                .and_then(|p| p.id_number.as_deref().map(mask_id))
                .unwrap_or_default();
            form.set_person("visitor", pid, visitor, &note);
        }
        None => form.set_text("visitor", visitor),
    }
    let picked: Vec<usize> = e
        .special_groups
        .iter()
        .filter_map(|g| lists.groups.index_of(g))
        .collect();
    form.set_picked("groups", &picked);
    form.set_choice("matter", lists.matter.index_of(&e.matter));
    form.set_text("summary", &e.summary);
    form.set_choice("outcome", lists.outcome.index_of(&e.outcome));
    form.set_text("referred_to", &e.referred_to);
    form.set_choice("follow_up", Some(usize::from(e.follow_up)));
    form.set_choice("satisfaction", lists.satisfaction.index_of(&e.satisfaction));
    form.set_choice("handler", lists.handler.index_of(&e.handler));
    form.mark_clean();
}

/// 转交去向 is asked for only when the outcome is 转交: say so when the outcome is left.
fn on_leave(form: &mut Form, key: &str, _ctx: &mut Ctx<'_>) {
    if key == "outcome" {
        let referred = form.choice_label("outcome") == s::LEDGER_OUTCOME_REFERRED_LABEL;
        form.set_note(
            "referred_to",
            if referred {
                s::LEDGER_REFERRED_NOTE
            } else {
                ""
            },
        );
    }
}

/// The filter form (F3): period (从 may be a month: `202611`), channel, service, 事项类别,
/// 特殊群体, 村（社区）, 经办人, visitor and text in the summary.
pub fn filter_form(ctx: &mut Ctx<'_>, filter: Rc<RefCell<Filter>>) -> store::Result<FormScreen> {
    let channel = CodeChoice::load(ctx.store, CodeList::ServiceChannel, &[])?;
    let service = CodeChoice::load(ctx.store, CodeList::ServiceType, &[])?;
    let matter = CodeChoice::load(ctx.store, CodeList::MatterCategory, &[])?;
    let group = CodeChoice::load(ctx.store, CodeList::SpecialGroup, &[])?;
    let villages = villages::list(ctx.store, false)?;
    let village_names: Vec<String> = villages.iter().map(|v| v.name.clone()).collect();
    let handlers: Vec<String> = operators::list(ctx.store, false)?
        .into_iter()
        .map(|o| o.name)
        .collect();
    let current = filter.borrow().clone();
    let to_before = format_date(current.to);
    let fields = vec![
        Field::date("from", s::LEDGER_F_FROM)
            .required()
            .or_month()
            .value(&format_date(current.from)),
        Field::date("to", s::LEDGER_F_TO).value(&to_before),
        Field::choice("channel", s::LEDGER_COL_CHANNEL, channel.labels(), true)
            .selected(current.channel.as_deref().and_then(|c| channel.index_of(c))),
        Field::choice("service", s::LEDGER_COL_SERVICE, service.labels(), true)
            .selected(current.service.as_deref().and_then(|c| service.index_of(c))),
        Field::text("visitor", s::LEDGER_F_VISITOR_QUERY, 30).value(&current.visitor),
        Field::text("text", s::LEDGER_F_TEXT, 30).value(&current.text),
        Field::choice("matter", s::LEDGER_COL_MATTER, matter.labels(), true)
            .selected(current.matter.as_deref().and_then(|c| matter.index_of(c))),
        Field::choice("group", s::LEDGER_F_GROUPS, group.labels(), true)
            .selected(current.group.as_deref().and_then(|c| group.index_of(c))),
        Field::choice("village", s::PERSON_VILLAGE, village_names, true)
            .selected(villages.iter().position(|v| Some(v.id) == current.village)),
        Field::choice("handler", s::LEDGER_F_HANDLER, handlers.clone(), true)
            .selected(handlers.iter().position(|h| *h == current.handler)),
    ];
    let form = Form::new(s::LEDGER_FILTER_TITLE, fields);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let (Some(from), Some(to)) = read_period(form, &to_before) else {
            form.set_error("to", s::REQUIRED);
            return Saving::Invalid;
        };
        if to < from {
            form.set_error("to", s::LEDGER_RANGE_BACKWARDS);
            return Saving::Invalid;
        }
        let code = |c: &CodeChoice, key| Some(c.code(form.choice(key))).filter(|c| !c.is_empty());
        *filter.borrow_mut() = Filter {
            office_code: ctx.store.office_code().to_string(),
            from,
            to,
            channel: code(&channel, "channel"),
            service: code(&service, "service"),
            visitor: form.text("visitor").to_string(),
            text: form.text("text").to_string(),
            village: form
                .choice("village")
                .and_then(|i| villages.get(i))
                .map(|v| v.id),
            handler: form.choice_label("handler").to_string(),
            group: code(&group, "group"),
            matter: code(&matter, "matter"),
        };
        Saving::Done(Some(LayerResult::Saved))
    };
    Ok(FormScreen::new(form, Box::new(save)).saving_as(s::ACT_SEARCH))
}
