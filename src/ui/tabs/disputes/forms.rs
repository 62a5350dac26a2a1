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
use crate::ui::screens::period::read_period;
use crate::ui::widgets::form::{Field, Form};

use super::orgs::{self, APPLICANT_ORGS, RESPONDENT_ORGS};

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

/// 登记: a new dispute; or, with `existing` (the case id and its stored intake), 更正登记信息 of
/// a saved one — the registration day and the police report are not changed here.
pub fn intake_form(
    ctx: &mut Ctx<'_>,
    existing: Option<(i64, disputes::Intake)>,
) -> store::Result<FormScreen> {
    let source = CodeChoice::load(ctx.store, CodeList::DisputeSource, &[])?;
    let found = CodeChoice::load(ctx.store, CodeList::DisputeFoundVia, &[])?;
    let kind = CodeChoice::load(ctx.store, CodeList::DisputeType, &[])?;
    let names = mediators(ctx.store)?;
    let me = names.iter().position(|n| n == ctx.session.operator());
    let [app_org, app_org_code] = orgs::first(&APPLICANT_ORGS);
    let [resp_org, resp_org_code] = orgs::first(&RESPONDENT_ORGS);
    let mut form = Form::new(
        s::DISPUTE_NEW,
        vec![
            match &existing {
                // The registration day counts the deadlines: a correction leaves it.
                Some((_, old)) => {
                    Field::fixed("registered_on", s::DISPUTE_F_REGISTERED, &old.registered_on)
                }
                None => Field::date("registered_on", s::DISPUTE_F_REGISTERED)
                    .required()
                    .value(&format_date(ctx.today())),
            },
            Field::choice("source", s::DISPUTE_F_SOURCE, source.labels(), false),
            Field::text("referrer", s::DISPUTE_F_REFERRER, 50),
            Field::choice("found_via", s::DISPUTE_F_FOUND_VIA, found.labels(), true),
            Field::choice("kind", s::DISPUTE_COL_KIND, kind.labels(), true).required(),
            Field::person(APPLICANTS[0], s::DISPUTE_F_APPLICANTS[0]),
            Field::person(APPLICANTS[1], s::DISPUTE_F_APPLICANTS[1]),
            app_org,
            app_org_code,
            Field::person(RESPONDENTS[0], s::DISPUTE_F_RESPONDENTS[0]),
            Field::person(RESPONDENTS[1], s::DISPUTE_F_RESPONDENTS[1]),
            resp_org,
            resp_org_code,
            Field::note("facts", s::DISPUTE_F_FACTS, 2000).required(),
            Field::number("people", s::DISPUTE_F_PEOPLE),
            Field::money("amount", s::DISPUTE_F_AMOUNT),
            Field::multi("mediators", s::DISPUTE_COL_MEDIATOR, names.clone()),
            Field::choice("difficult", s::DISPUTE_F_DIFFICULT, yes_no(), false),
            Field::choice("risk", s::DISPUTE_F_RISK, yes_no(), false),
        ],
    );
    if existing.is_none() {
        // Telling the police later is its own step (记录已报告公安机关).
        form.insert_after(
            "risk",
            Field::choice("police", s::DISPUTE_F_POLICE, yes_no(), false),
        );
    }
    if let Some(i) = me {
        form.set_picked("mediators", &[i]);
    }
    if let Some((_, old)) = &existing {
        fill_intake(&mut form, old, (&source, &found, &kind), &names);
    }
    form.mark_clean();
    let correcting = existing.map(|(id, _)| id);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        // A party is a person of the registry (the 登记表 prints their details): a name typed
        // and kept as a name only is not dropped in silence.
        let unpicked: Vec<&str> = APPLICANTS
            .iter()
            .chain(RESPONDENTS.iter())
            .copied()
            .filter(|k| form.has_field(k))
            .filter(|k| matches!(form.person(k), (None, name) if !name.trim().is_empty()))
            .collect();
        if !unpicked.is_empty() {
            for key in unpicked {
                form.set_error(key, s::DISPUTE_PARTY_NOT_PICKED);
            }
            return Saving::Invalid;
        }
        let mut applicants = parties_of(form, &APPLICANTS);
        applicants.extend(orgs::of_side(form, &APPLICANT_ORGS));
        let mut respondents = parties_of(form, &RESPONDENTS);
        respondents.extend(orgs::of_side(form, &RESPONDENT_ORGS));
        let input = IntakeInput {
            registered_on: form.text("registered_on").to_string(),
            source: source.code(form.choice("source")),
            referrer: form.text("referrer").to_string(),
            found_via: found.code(form.choice("found_via")),
            kind: kind.code(form.choice("kind")),
            applicants,
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
                        "applicants" if e.message.contains(s::DISPUTE_ORG_HINT) => {
                            FieldError::new("app_org_code", e.message)
                        }
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
        if let Some(id) = correcting {
            return match disputes::correct(ctx.store, id, &valid, ctx.today()) {
                Ok(Ok(())) => {
                    ctx.say(s::MSG_SAVED);
                    Saving::Done(Some(LayerResult::Saved))
                }
                Ok(Err(refusal)) => Saving::Failed(refusal),
                Err(e) => Saving::Failed(e.to_string()),
            };
        }
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

/// The correction form filled with what the case holds: codes chosen, parties picked (the
/// sides grow as needed), the first organisation respondent, a blank 涉及人数 left blank.
fn fill_intake(
    form: &mut Form,
    old: &disputes::Intake,
    (source, found, kind): (&CodeChoice, &CodeChoice, &CodeChoice),
    names: &[String],
) {
    form.title = s::DISPUTE_CORRECT_STEP.to_string();
    form.set_choice("source", source.index_of(&old.source));
    form.set_text("referrer", &old.referrer);
    form.set_choice("found_via", found.index_of(&old.found_via));
    form.set_choice("kind", kind.index_of(&old.kind));
    let (mut a, mut r) = (0, 0);
    for (side, party) in &old.parties {
        match party {
            PartyInput::Person { person_id, name } => {
                let (keys, i) = if side == "applicant" {
                    (&APPLICANTS, &mut a)
                } else {
                    (&RESPONDENTS, &mut r)
                };
                if let Some(key) = keys.get(*i) {
                    form.set_person(key, *person_id, name, "");
                    grow_side(form, key);
                    *i += 1;
                }
            }
            PartyInput::Organisation { name, credit_code } => {
                let pairs = if side == "applicant" {
                    &APPLICANT_ORGS
                } else {
                    &RESPONDENT_ORGS
                };
                orgs::fill_next(form, pairs, name, credit_code);
            }
        }
    }
    form.set_text("facts", &old.facts);
    if old.people_involved > 0 {
        form.set_text("people", &old.people_involved.to_string());
    }
    if old.amount_fen > 0 {
        form.set_text("amount", &crate::domain::format_fen(old.amount_fen));
    }
    let picked: Vec<usize> = old
        .mediators
        .iter()
        .filter_map(|m| names.iter().position(|n| n == m))
        .collect();
    form.set_picked("mediators", &picked);
    form.set_choice("difficult", Some(usize::from(old.difficult)));
    form.set_choice("risk", Some(usize::from(old.escalation_risk)));
}

/// A party picked: the mediator should know the person's earlier disputes before the session.
/// 易激化: the police must be told (人民调解法 art. 25).
fn on_leave(form: &mut Form, key: &str, ctx: &mut Ctx<'_>) {
    grow_side(form, key);
    orgs::grow(form, key);
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
    let to_before = current.to.map(format_date).unwrap_or_default();
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
                .or_month()
                .value(&current.from.map(format_date).unwrap_or_default()),
            Field::date("to", s::LEDGER_F_TO)
                .value(&current.to.map(format_date).unwrap_or_default()),
            Field::choice("overdue", s::DISPUTE_F_OVERDUE, yes_no(), false)
                .selected(Some(usize::from(current.overdue_on.is_some()))),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let pick = |c: &CodeChoice, key| Some(c.code(form.choice(key))).filter(|c| !c.is_empty());
        // 从 may be a month (`202611`): the whole month unless 到 was changed.
        let (from, to) = read_period(form, &to_before);
        *filter.borrow_mut() = DisputeFilter {
            office_code: ctx.store.office_code().to_string(),
            status: form
                .choice("status")
                .and_then(|i| statuses.get(i))
                .map(|(code, _)| code.clone()),
            kind: pick(&kind, "kind"),
            source: pick(&source, "source"),
            mediator: form.choice_label("mediator").to_string(),
            from,
            to,
            overdue_on: (form.choice("overdue") == Some(1)).then(|| ctx.today()),
            query: form.text("query").to_string(),
        };
        Saving::Done(Some(LayerResult::Saved))
    };
    Ok(FormScreen::new(form, Box::new(save)).saving_as(s::ACT_SEARCH))
}
