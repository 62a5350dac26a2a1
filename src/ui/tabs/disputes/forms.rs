//! The dispute forms: intake (登记) and the register's filter (a step's form: `step_forms.rs`).

use crate::domain::module::CodeList;
use std::cell::RefCell;
use std::rc::Rc;

use crate::domain::dispute::{IntakeInput, PartyInput, validate_intake};
use crate::domain::format_date;
use crate::domain::validation::FieldError;
use crate::store::disputes::{self, DisputeFilter};
use crate::store::{self, Store, operators};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::code_choice::CodeChoice;
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};

fn yes_no() -> Vec<String> {
    vec![s::FORM_BOOL_NO.to_string(), s::FORM_BOOL_YES.to_string()]
}

fn mediators(store: &Store) -> store::Result<Vec<String>> {
    Ok(operators::list(store, true)?
        .into_iter()
        .map(|o| o.name)
        .collect())
}

/// The person fields of each side, in order. The form starts with two of each; picking a
/// person into the last one shown adds the next, up to eight a side.
const APPLICANTS: [&str; 8] = [
    "applicant",
    "applicant2",
    "applicant3",
    "applicant4",
    "applicant5",
    "applicant6",
    "applicant7",
    "applicant8",
];
const RESPONDENTS: [&str; 8] = [
    "respondent",
    "respondent2",
    "respondent3",
    "respondent4",
    "respondent5",
    "respondent6",
    "respondent7",
    "respondent8",
];

/// Adds the next person field of a side after `key` when `key` is the side's last one and
/// holds a person.
fn grow_side(form: &mut Form, key: &str) {
    for (side, labels) in [
        (&APPLICANTS, &s::DISPUTE_F_APPLICANTS),
        (&RESPONDENTS, &s::DISPUTE_F_RESPONDENTS),
    ] {
        let Some(i) = side.iter().position(|k| *k == key) else {
            continue;
        };
        if let (Some(next), Some(label)) = (side.get(i + 1), labels.get(i + 1))
            && form.person(key).0.is_some()
            && !form.has_field(next)
        {
            form.insert_after(key, Field::person(*next, *label));
        }
    }
}

fn parties_of(form: &Form, keys: &[&str]) -> Vec<PartyInput> {
    keys.iter()
        .filter_map(|k| match form.person(k) {
            (Some(person_id), name) => Some(PartyInput::Person {
                person_id,
                name: name.to_string(),
            }),
            _ => None,
        })
        .collect()
}

/// 登记: a new dispute.
pub fn intake_form(ctx: &mut Ctx<'_>) -> store::Result<FormScreen> {
    let source = CodeChoice::load(ctx.store, CodeList::DisputeSource, &[])?;
    let found = CodeChoice::load(ctx.store, CodeList::DisputeFoundVia, &[])?;
    let kind = CodeChoice::load(ctx.store, CodeList::DisputeType, &[])?;
    let names = mediators(ctx.store)?;
    let me = names.iter().position(|n| n == ctx.session.operator());
    let mut form = Form::new(
        s::DISPUTE_NEW,
        vec![
            Field::date("registered_on", s::DISPUTE_F_REGISTERED)
                .required()
                .value(&format_date(ctx.today())),
            Field::choice("source", s::DISPUTE_F_SOURCE, source.labels(), false),
            Field::text("referrer", s::DISPUTE_F_REFERRER, 50),
            Field::choice("found_via", s::DISPUTE_F_FOUND_VIA, found.labels(), true),
            Field::choice("kind", s::DISPUTE_COL_KIND, kind.labels(), true).required(),
            Field::person(APPLICANTS[0], s::DISPUTE_F_APPLICANTS[0]),
            Field::person(APPLICANTS[1], s::DISPUTE_F_APPLICANTS[1]),
            Field::person(RESPONDENTS[0], s::DISPUTE_F_RESPONDENTS[0]),
            Field::person(RESPONDENTS[1], s::DISPUTE_F_RESPONDENTS[1]),
            Field::text("org_name", s::DISPUTE_F_ORG, 50),
            Field::text("org_code", s::DISPUTE_F_ORG_CODE, 30),
            Field::note("facts", s::DISPUTE_F_FACTS, 2000).required(),
            Field::number("people", s::DISPUTE_F_PEOPLE),
            Field::money("amount", s::DISPUTE_F_AMOUNT),
            Field::multi("mediators", s::DISPUTE_COL_MEDIATOR, names.clone()),
            Field::choice("difficult", s::DISPUTE_F_DIFFICULT, yes_no(), false),
            Field::choice("risk", s::DISPUTE_F_RISK, yes_no(), false),
            Field::choice("police", s::DISPUTE_F_POLICE, yes_no(), false),
        ],
    );
    if let Some(i) = me {
        form.set_picked("mediators", &[i]);
    }
    form.mark_clean();
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let mut respondents = parties_of(form, &RESPONDENTS);
        if !form.text("org_name").is_empty() || !form.text("org_code").is_empty() {
            respondents.push(PartyInput::Organisation {
                name: form.text("org_name").to_string(),
                credit_code: form.text("org_code").to_string(),
            });
        }
        let input = IntakeInput {
            registered_on: form.text("registered_on").to_string(),
            source: source.code(form.choice("source")),
            referrer: form.text("referrer").to_string(),
            found_via: found.code(form.choice("found_via")),
            kind: kind.code(form.choice("kind")),
            applicants: parties_of(form, &APPLICANTS),
            respondents,
            facts: form.text("facts").to_string(),
            people_involved: form.text("people").to_string(),
            amount: form.text("amount").to_string(),
            mediators: form
                .picked("mediators")
                .into_iter()
                .filter_map(|i| names.get(i).cloned())
                .collect(),
            difficult: form.choice("difficult") == Some(1),
            escalation_risk: form.choice("risk") == Some(1),
        };
        let valid = match validate_intake(&input, ctx.today()) {
            Ok(v) => v,
            Err(errors) => {
                let moved: Vec<FieldError> = errors
                    .into_iter()
                    .map(|e| match e.field {
                        "applicants" => FieldError::new("applicant", e.message),
                        "respondents" if e.message.contains(s::DISPUTE_ORG_HINT) => {
                            FieldError::new("org_code", e.message)
                        }
                        "respondents" => FieldError::new("respondent", e.message),
                        "people_involved" => FieldError::new("people", e.message),
                        other => FieldError::new(other, e.message),
                    })
                    .collect();
                form.set_errors(&moved);
                return Saving::Invalid;
            }
        };
        let police = (valid.escalation_risk && form.choice("police") == Some(1))
            .then(|| ctx.now.format("%Y-%m-%dT%H:%M").to_string());
        match disputes::register(ctx.store, &valid, police.as_deref()) {
            Ok(id) => {
                ctx.say(if valid.escalation_risk && police.is_none() {
                    s::DISPUTE_SAVED_TELL_POLICE
                } else {
                    s::MSG_SAVED
                });
                // The register selects the new case, wherever its date puts it.
                Saving::Done(Some(LayerResult::Created(id)))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)).with_hook(on_leave))
}

/// A party picked: the mediator should know the person's earlier disputes before the session.
/// 易激化: the police must be told (人民调解法 art. 25).
fn on_leave(form: &mut Form, key: &str, ctx: &mut Ctx<'_>) {
    grow_side(form, key);
    if (APPLICANTS.contains(&key) || RESPONDENTS.contains(&key))
        && let (Some(id), _) = form.person(key)
        && let Ok((n, last)) = disputes::history_of(ctx.store, id)
        && n > 0
    {
        let note = format!(
            "{}  {}",
            form.note(key),
            s::dispute_history(n, last.map_or("", |l| l.label()))
        );
        form.set_note(key, &note);
    }
    if key == "risk" {
        let note = if form.choice("risk") == Some(1) {
            s::DISPUTE_RISK_NOTE
        } else {
            ""
        };
        form.set_note("police", note);
    }
}

/// F3 on the register: status, type, source, mediator, period, overdue only, and a party's
/// name/pinyin/ID digits or the case number.
pub fn filter_form(
    ctx: &mut Ctx<'_>,
    filter: Rc<RefCell<DisputeFilter>>,
) -> store::Result<FormScreen> {
    let statuses: Vec<(String, String)> = crate::domain::dispute::Status::ALL
        .iter()
        .map(|st| (st.code().to_string(), st.label().to_string()))
        .collect();
    let status_labels: Vec<String> = statuses.iter().map(|(_, l)| l.clone()).collect();
    let kind = CodeChoice::load(ctx.store, CodeList::DisputeType, &[])?;
    let source = CodeChoice::load(ctx.store, CodeList::DisputeSource, &[])?;
    let names = mediators(ctx.store)?;
    let current = filter.borrow().clone();
    let form = Form::new(
        s::DISPUTE_FILTER_TITLE,
        vec![
            Field::text("query", s::DISPUTE_F_QUERY, 30).value(&current.query),
            Field::choice("status", s::DISPUTE_COL_STATUS, status_labels, true).selected(
                current
                    .status
                    .as_deref()
                    .and_then(|c| statuses.iter().position(|(code, _)| code == c)),
            ),
            Field::choice("kind", s::DISPUTE_COL_KIND, kind.labels(), true)
                .selected(current.kind.as_deref().and_then(|c| kind.index_of(c))),
            Field::choice("source", s::DISPUTE_F_SOURCE, source.labels(), true)
                .selected(current.source.as_deref().and_then(|c| source.index_of(c))),
            Field::choice("mediator", s::DISPUTE_COL_MEDIATOR, names.clone(), true)
                .selected(names.iter().position(|n| *n == current.mediator)),
            Field::date("from", s::LEDGER_F_FROM)
                .value(&current.from.map(format_date).unwrap_or_default()),
            Field::date("to", s::LEDGER_F_TO)
                .value(&current.to.map(format_date).unwrap_or_default()),
            Field::choice("overdue", s::DISPUTE_F_OVERDUE, yes_no(), false)
                .selected(Some(usize::from(current.overdue_on.is_some()))),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let pick = |c: &CodeChoice, key| Some(c.code(form.choice(key))).filter(|c| !c.is_empty());
        *filter.borrow_mut() = DisputeFilter {
            office_code: ctx.store.office_code().to_string(),
            status: form
                .choice("status")
                .and_then(|i| statuses.get(i))
                .map(|(code, _)| code.clone()),
            kind: pick(&kind, "kind"),
            source: pick(&source, "source"),
            mediator: form.choice_label("mediator").to_string(),
            from: form.date("from"),
            to: form.date("to"),
            overdue_on: (form.choice("overdue") == Some(1)).then(|| ctx.today()),
            query: form.text("query").to_string(),
        };
        Saving::Done(Some(LayerResult::Saved))
    };
    Ok(FormScreen::new(form, Box::new(save)))
}
