//! The forms of a case's steps: one per lifecycle step, and the record that the police were
//! told. What a step writes down is kept with it (`dispute_events.details`), choices as codes.

use serde_json::{Map, Value as Json};

use crate::domain::dispute::{
    Action, ActionKind, AgreementForm, Performance, Satisfaction, TEXT_KEYS, detail_label,
};
use crate::domain::{format_date, parse_date};
use crate::store::disputes::{self, StepError};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};

/// The form of one lifecycle step of case `id`.
pub fn step_form(ctx: &mut Ctx<'_>, id: i64, kind: ActionKind) -> FormScreen {
    let today = format_date(ctx.today());
    let mut fields = vec![Field::date("on", s::DISPUTE_F_ON).required().value(&today)];
    let text = |key, label, max| Field::text(key, label, max);
    match kind {
        ActionKind::Reject => {
            fields.push(Field::note("reason", s::DISPUTE_F_REASON, 200).required());
            fields.push(Field::note("advice", s::DISPUTE_F_ADVICE, 200));
        }
        ActionKind::RecordSession => {
            fields.push(text("place", s::DISPUTE_F_PLACE, 50));
            fields.push(Field::note("notes", s::DISPUTE_F_NOTES, 1000).required());
        }
        ActionKind::Extend => fields.push(Field::date("new_due", s::DISPUTE_F_NEW_DUE).required()),
        ActionKind::Agree => {
            let forms = AgreementForm::ALL
                .iter()
                .map(|f| f.label().to_string())
                .collect();
            fields.push(
                Field::choice("form", s::DISPUTE_F_AGREEMENT, forms, false).selected(Some(1)),
            );
            fields.push(text("terms", s::DISPUTE_F_TERMS, 2000).required());
            fields.push(Field::date("perform_by", s::DISPUTE_F_PERFORM_BY));
            fields.push(Field::money("amount", s::DISPUTE_F_AGREED_AMOUNT));
        }
        ActionKind::Terminate => {
            fields.push(Field::note("reason", s::DISPUTE_F_REASON, 200).required());
            fields.push(text("routes", s::DISPUTE_F_ROUTES, 200).required());
        }
        ActionKind::RecordPerformance => {
            let results = Performance::ALL
                .iter()
                .map(|p| p.label().to_string())
                .collect();
            fields.push(Field::choice("result", s::DISPUTE_F_RESULT, results, false));
        }
        ActionKind::FollowUp => {
            fields.push(text("visitor", s::DISPUTE_F_VISITOR, 20).value(ctx.session.operator()));
            fields.push(text("performance", s::DISPUTE_F_PERFORMANCE, 200).required());
            let levels = Satisfaction::ALL
                .iter()
                .map(|l| l.label().to_string())
                .collect();
            fields.push(Field::choice(
                "satisfaction",
                s::DISPUTE_F_SATISFACTION,
                levels,
                true,
            ));
            fields.push(text("risk", s::DISPUTE_F_LATENT_RISK, 200));
        }
        ActionKind::Accept | ActionKind::ApplyConfirmation | ActionKind::Archive => {}
    }
    let form = Form::new(kind.label(), fields);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Ok(on) = parse_date(form.text("on")) else {
            return Saving::Invalid;
        };
        if on > ctx.today() {
            form.set_error("on", s::DISPUTE_FUTURE_DATE);
            return Saving::Invalid;
        }
        let action = match kind {
            ActionKind::Accept => Action::Accept { on },
            ActionKind::Reject => Action::Reject { on },
            ActionKind::RecordSession => Action::RecordSession { on },
            ActionKind::Extend => match form.date("new_due") {
                Some(new_due) => Action::Extend { on, new_due },
                None => return Saving::Invalid,
            },
            ActionKind::Agree => Action::Agree {
                on,
                form: AgreementForm::ALL
                    .get(form.choice("form").unwrap_or(1))
                    .copied()
                    .unwrap_or(AgreementForm::Written),
                perform_by: form.date("perform_by"),
            },
            ActionKind::Terminate => Action::Terminate { on },
            ActionKind::RecordPerformance => Action::RecordPerformance {
                on,
                result: Performance::ALL
                    .get(form.choice("result").unwrap_or(0))
                    .copied()
                    .unwrap_or(Performance::Full),
            },
            ActionKind::FollowUp => Action::FollowUp { on },
            ActionKind::ApplyConfirmation => Action::ApplyConfirmation { on },
            ActionKind::Archive => Action::Archive { on },
        };
        let mut details = Map::new();
        for key in [
            "reason",
            "advice",
            "place",
            "notes",
            "terms",
            "amount",
            "routes",
            "visitor",
            "performance",
            "risk",
        ] {
            if !form.text(key).is_empty() {
                details.insert(key.to_string(), Json::String(form.text(key).to_string()));
            }
        }
        // What decides or describes the step, kept with it: codes for the choices.
        let mut keep = |key: &str, value: String| {
            details.insert(key.to_string(), Json::String(value));
        };
        match action {
            Action::Extend { new_due, .. } => keep("new_due", format_date(new_due)),
            Action::Agree {
                form: agreement,
                perform_by,
                ..
            } => {
                keep("form", agreement.code().to_string());
                if let Some(by) = perform_by {
                    keep("perform_by", format_date(by));
                }
            }
            Action::RecordPerformance { result, .. } => keep("result", result.code().to_string()),
            Action::FollowUp { .. } => {
                if let Some(level) = form
                    .choice("satisfaction")
                    .and_then(|i| Satisfaction::ALL.get(i))
                {
                    keep("satisfaction", level.code().to_string());
                }
            }
            _ => {}
        }
        match disputes::step(ctx.store, id, &action, &Json::Object(details)) {
            Ok(_) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(StepError::Refused(r)) => {
                form.set_error("on", &r.to_string());
                Saving::Invalid
            }
            Err(e @ (StepError::Store(_) | StepError::NoCasePrefix)) => {
                Saving::Failed(e.to_string())
            }
        }
    };
    FormScreen::new(form, Box::new(save))
}

/// 易激化: records when the police were told (人民调解法 art. 25), when it was not done at intake.
pub fn police_form(ctx: &mut Ctx<'_>, id: i64) -> FormScreen {
    let now = ctx.now.format("%Y-%m-%d %H:%M").to_string();
    let form = Form::new(
        s::DISPUTE_POLICE_STEP,
        vec![
            Field::datetime("at", s::DISPUTE_F_POLICE_AT)
                .required()
                .value(&now),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let at = match crate::domain::parse_datetime_minute(form.text("at")) {
            Ok(at) if at <= ctx.now => at,
            Ok(_) => {
                form.set_error("at", s::DISPUTE_FUTURE_DATE);
                return Saving::Invalid;
            }
            Err(e) => {
                form.set_error("at", &e.to_string());
                return Saving::Invalid;
            }
        };
        match disputes::record_police(ctx.store, id, at) {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    FormScreen::new(form, Box::new(save))
}

/// Enter on a step of 办理经过: what the step wrote down as text, to correct. Saving adds a
/// correction entry (the step, the fields changed with their new text, why); the step itself
/// stays as it was. None when the step wrote down no text (the registration is corrected by
/// 更正登记信息).
pub fn step_correction_form(
    id: i64,
    (code, on, details): &(String, String, String),
) -> Option<FormScreen> {
    let stored: Map<String, Json> = serde_json::from_str(details).unwrap_or_default();
    let kind = ActionKind::from_code(code)?;
    let keys: Vec<&'static str> = TEXT_KEYS
        .iter()
        .copied()
        .filter(|k| !text_of(&stored, k).is_empty())
        .collect();
    if keys.is_empty() {
        return None;
    }
    let mut fields: Vec<Field> = keys
        .iter()
        .map(|k| Field::note(*k, detail_label(k).to_string(), 2000).value(&text_of(&stored, k)))
        .collect();
    fields.push(Field::note("why", s::DISPUTE_F_CORRECTION_WHY, 200).required());
    let step = format!("{on} {}", kind.label());
    let form = Form::new(s::dispute_correct_step_title(kind.label(), on), fields);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let changed: Vec<&str> = keys
            .iter()
            .copied()
            .filter(|k| form.text(k).trim() != text_of(&stored, k).trim())
            .collect();
        if changed.is_empty() {
            return Saving::Failed(s::DISPUTE_NOTHING_CORRECTED.to_string());
        }
        let mut details = Map::new();
        details.insert("step".into(), Json::String(step.clone()));
        let labels: Vec<&str> = changed.iter().map(|k| detail_label(k)).collect();
        details.insert("changed".into(), Json::String(labels.join("、")));
        for k in &changed {
            details.insert(k.to_string(), Json::String(form.text(k).trim().to_string()));
        }
        details.insert(
            "why".into(),
            Json::String(form.text("why").trim().to_string()),
        );
        match disputes::correct_step(ctx.store, id, ctx.today(), &details) {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Some(FormScreen::new(form, Box::new(save)))
}

/// A stored detail's text ("" when it is not there).
fn text_of(details: &Map<String, Json>, key: &str) -> String {
    details
        .get(key)
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string()
}
