//! The step forms F4 opens on a subject's record: a level proposal and its approval, an
//! incident (and the suggestion the rules make of it), leave, an electronic tag, a medical
//! report, the end-of-term papers, the end. Each checks what was typed at its field and
//! saves in one transaction; a refusal of the rules is shown at the field it concerns.

use chrono::NaiveDate;

use crate::domain::corrections::{
    ApprovalKind, Category, EndReason, Incident, IncidentKind, Level, Measure, MedicalKind,
    Settings,
};
use crate::domain::{format_date, parse_date};
use crate::store::corrections::{self, CorrError, Detail, IncidentRow};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};

/// What a save did, as the form shows it.
fn finish<T>(result: Result<T, CorrError>, form: &mut Form, ctx: &mut Ctx<'_>) -> Saving {
    match result {
        Ok(_) => {
            ctx.say(s::MSG_SAVED);
            Saving::Done(Some(LayerResult::Saved))
        }
        Err(CorrError::Refused { field, message }) => {
            form.set_error(field, &message);
            Saving::Invalid
        }
        Err(CorrError::Store(e)) => Saving::Failed(e.to_string()),
    }
}

/// A date field read for saving: required, not after today. None when it has an error.
fn past_date(form: &mut Form, key: &str, ctx: &Ctx<'_>) -> Option<NaiveDate> {
    match parse_date(form.text(key)) {
        Ok(d) if d > ctx.today() => {
            form.set_error(key, s::CORR_FUTURE_DATE);
            None
        }
        Ok(d) => Some(d),
        Err(e) => {
            form.set_error(key, &e.to_string());
            None
        }
    }
}

/// An optional date field: None when blank; Err when typed wrong (the error is set).
fn optional_date(form: &mut Form, key: &str) -> Result<Option<NaiveDate>, ()> {
    if form.text(key).trim().is_empty() {
        return Ok(None);
    }
    parse_date(form.text(key)).map(Some).map_err(|e| {
        form.set_error(key, &e.to_string());
    })
}

fn today_field(ctx: &Ctx<'_>, key: &'static str, label: &'static str) -> Field {
    Field::date(key, label)
        .required()
        .value(&format_date(ctx.today()))
}

fn yes_no() -> Vec<String> {
    vec![s::FORM_BOOL_NO.to_string(), s::FORM_BOOL_YES.to_string()]
}

/// 提请调整管理等级: the office's proposal (date, the level, reason, reviewer).
pub fn propose_level_form(ctx: &mut Ctx<'_>, id: i64, now: Level) -> FormScreen {
    let others: Vec<Level> = Level::ALL.iter().copied().filter(|l| *l != now).collect();
    let labels = others.iter().map(|l| l.label().to_string()).collect();
    let form = Form::new(
        s::CORR_ACT_PROPOSE_LEVEL,
        vec![
            today_field(ctx, "on", s::CORR_F_PROPOSED_ON),
            Field::choice("to", s::CORR_F_TO_LEVEL, labels, false).required(),
            Field::note("reason", s::CORR_COL_REASON, 500).required(),
            Field::text("reviewer", s::CORR_F_REVIEWER, 20).value(ctx.session.operator()),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let Some(to) = form.choice("to").and_then(|i| others.get(i).copied()) else {
            form.set_error("to", s::REQUIRED);
            return Saving::Invalid;
        };
        let (reason, reviewer) = (
            form.text("reason").to_string(),
            form.text("reviewer").to_string(),
        );
        let saved = corrections::propose_level(ctx.store, id, to, on, &reason, &reviewer);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// The county's decision on the pending level proposal.
pub fn decide_level_form(ctx: &mut Ctx<'_>, id: i64) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_DECIDE_LEVEL,
        vec![
            today_field(ctx, "on", s::CORR_F_DECIDED_ON),
            Field::choice("approved", s::CORR_F_APPROVED, yes_no(), false).selected(Some(1)),
            Field::text("approver", s::CORR_F_APPROVER, 20).required(),
            Field::text("doc_no", s::CORR_F_DOC_NO, 40),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let approved = form.choice("approved") == Some(1);
        let (approver, doc) = (
            form.text("approver").to_string(),
            form.text("doc_no").to_string(),
        );
        let saved = corrections::decide_level(ctx.store, id, approved, on, &approver, &doc);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// An incident: what happened, for how many days, whether it was not corrected after being
/// told; saving says what the rules suggest (a proposal to confirm or dismiss).
pub fn incident_form(ctx: &mut Ctx<'_>, id: i64) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_INCIDENT,
        vec![
            today_field(ctx, "on", s::CORR_COL_DATE),
            Field::choice("kind", s::CORR_COL_INCIDENT, IncidentKind::labels(), false).required(),
            Field::number("days", s::CORR_F_DAYS),
            Field::choice("told", s::CORR_F_TOLD, yes_no(), false),
            Field::note("facts", s::CORR_F_FACTS, 1000).required(),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let Some(kind) = form
            .choice("kind")
            .and_then(|i| IncidentKind::ALL.get(i).copied())
        else {
            form.set_error("kind", s::REQUIRED);
            return Saving::Invalid;
        };
        let days = match crate::domain::parse_count(form.text("days")) {
            Ok(n) => n,
            Err(_) if form.text("days").trim().is_empty() => 0,
            Err(e) => {
                form.set_error("days", &e.to_string());
                return Saving::Invalid;
            }
        };
        let incident = Incident {
            kind,
            days,
            not_corrected_after_told: form.choice("told") == Some(1),
        };
        let facts = form.text("facts").to_string();
        match corrections::record_incident(ctx.store, id, on, &incident, &facts) {
            Ok((_, suggestion)) => {
                ctx.say(match suggestion {
                    Some(m) => s::corr_suggested(m.label()),
                    None => s::CORR_NOTHING_SUGGESTED_SAID.to_string(),
                });
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => finish::<()>(Err(e), form, ctx),
        }
    };
    FormScreen::new(form, Box::new(save))
}

/// Enter on a suggested incident: 提请 (the measure, possibly another one) or 不予提请 with a
/// reason.
pub fn proposal_form(ctx: &mut Ctx<'_>, incident: &IncidentRow, category: Category) -> FormScreen {
    let measures: Vec<Measure> = Measure::ALL
        .iter()
        .copied()
        .filter(|m| match m {
            Measure::RevokeProbation => category == Category::Probation,
            Measure::RevokeParole => category == Category::Parole,
            Measure::Recommit => category == Category::Outside,
            _ => true,
        })
        .collect();
    let labels = measures.iter().map(|m| m.label().to_string()).collect();
    let suggested = incident
        .measure
        .and_then(|m| measures.iter().position(|x| *x == m));
    let form = Form::new(
        s::corr_proposal_title(&incident.on),
        vec![
            Field::choice(
                "go",
                s::CORR_F_GO,
                vec![
                    s::CORR_GO_PROPOSE.to_string(),
                    s::CORR_GO_DISMISS.to_string(),
                ],
                false,
            )
            .selected(Some(0)),
            Field::choice("measure", s::CORR_COL_MEASURE, labels, false).selected(suggested),
            today_field(ctx, "on", s::CORR_F_PROPOSED_ON),
            Field::note("reason", s::CORR_F_DISMISS_REASON, 500),
        ],
    );
    let id = incident.id;
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        if form.choice("go") == Some(1) {
            let reason = form.text("reason").to_string();
            let saved = corrections::dismiss(ctx.store, id, &reason);
            return finish(saved, form, ctx);
        }
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let Some(measure) = form
            .choice("measure")
            .and_then(|i| measures.get(i).copied())
        else {
            form.set_error("measure", s::REQUIRED);
            return Saving::Invalid;
        };
        let saved = corrections::propose(ctx.store, id, measure, on);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// The county's decision on a proposal: date, 文号, result.
pub fn decision_form(ctx: &mut Ctx<'_>, incident: i64) -> FormScreen {
    let form = Form::new(
        s::CORR_DECISION_TITLE,
        vec![
            today_field(ctx, "on", s::CORR_F_DECIDED_ON),
            Field::text("doc_no", s::CORR_F_DOC_NO, 40),
            Field::choice("upheld", s::CORR_F_UPHELD, yes_no(), false).selected(Some(1)),
            Field::text("decision", s::CORR_F_DECISION, 200).required(),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let (doc, decision) = (
            form.text("doc_no").to_string(),
            form.text("decision").to_string(),
        );
        let upheld = form.choice("upheld") == Some(1);
        let saved = corrections::decide(ctx.store, incident, on, &doc, upheld, &decision);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// 请假审批: 外出, 会客, 变更居住地, 进入特定场所.
pub fn approval_form(ctx: &mut Ctx<'_>, id: i64) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_APPROVAL,
        vec![
            today_field(ctx, "on", s::CORR_F_ASKED_ON),
            Field::choice("kind", s::CORR_COL_KIND, ApprovalKind::labels(), false).required(),
            Field::date("from", s::CORR_F_FROM),
            Field::date("to", s::CORR_F_TO),
            Field::choice("granted", s::CORR_F_GRANTED, yes_no(), false).selected(Some(1)),
            Field::text("note", s::CORR_COL_NOTE, 200),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let (Ok(from), Ok(to)) = (optional_date(form, "from"), optional_date(form, "to")) else {
            return Saving::Invalid;
        };
        let Some(kind) = form
            .choice("kind")
            .and_then(|i| ApprovalKind::ALL.get(i).copied())
        else {
            form.set_error("kind", s::REQUIRED);
            return Saving::Invalid;
        };
        let granted = form.choice("granted") == Some(1);
        let note = form.text("note").to_string();
        let saved =
            corrections::record_approval(ctx.store, id, kind, on, (from, to), granted, &note);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// 电子定位: an approval or extension, at most the setting's months.
pub fn tag_form(ctx: &mut Ctx<'_>, id: i64, settings: Settings) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_TAG,
        vec![
            today_field(ctx, "approved_on", s::CORR_COL_APPROVED),
            today_field(ctx, "starts", s::CORR_F_FROM),
            Field::date("ends", s::CORR_F_TO).required(),
            Field::note("reason", s::CORR_COL_REASON, 500).required(),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(approved) = past_date(form, "approved_on", ctx) else {
            return Saving::Invalid;
        };
        let (Ok(Some(starts)), Ok(Some(ends))) =
            (optional_date(form, "starts"), optional_date(form, "ends"))
        else {
            return Saving::Invalid;
        };
        let reason = form.text("reason").to_string();
        let saved = corrections::add_tag(ctx.store, id, &reason, approved, starts, ends, &settings);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// 保外就医: a monthly health report or a re-check at a designated hospital.
pub fn medical_form(ctx: &mut Ctx<'_>, id: i64) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_MEDICAL,
        vec![
            today_field(ctx, "on", s::CORR_COL_DATE),
            Field::choice("kind", s::CORR_COL_KIND, MedicalKind::labels(), false).selected(Some(0)),
            Field::text("hospital", s::CORR_COL_HOSPITAL, 50),
            Field::note("result", s::CORR_COL_RESULT, 500),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let kind = form
            .choice("kind")
            .and_then(|i| MedicalKind::ALL.get(i).copied())
            .unwrap_or(MedicalKind::Report);
        let (hospital, result) = (
            form.text("hospital").to_string(),
            form.text("result").to_string(),
        );
        let saved = corrections::add_medical(ctx.store, id, kind, on, &hospital, &result);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// 期满材料: the summary's date, the assessment and the 安置帮教 suggestion (carried to tab 4).
pub fn end_papers_form(ctx: &mut Ctx<'_>, id: i64, d: &Detail) -> FormScreen {
    let form = Form::new(
        s::CORR_ACT_END_PAPERS,
        vec![
            today_field(ctx, "on", s::CORR_F_SUMMARY_ON),
            Field::note("assessment", s::CORR_F_ASSESSMENT, 2000)
                .required()
                .value(&d.assessment),
            Field::note("handover", s::CORR_F_HANDOVER, 1000)
                .required()
                .value(&d.handover),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let (a, h) = (
            form.text("assessment").to_string(),
            form.text("handover").to_string(),
        );
        let saved = corrections::record_end_papers(ctx.store, id, on, &a, &h);
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}

/// 解矫 or 终止: the reasons this category can end for.
pub fn end_form(ctx: &mut Ctx<'_>, id: i64, category: Category) -> FormScreen {
    let reasons: Vec<EndReason> = EndReason::ALL
        .iter()
        .copied()
        .filter(|r| match r {
            EndReason::RevokeProbation => category == Category::Probation,
            EndReason::RevokeParole => category == Category::Parole,
            EndReason::Recommit => category == Category::Outside,
            _ => true,
        })
        .collect();
    let labels = reasons.iter().map(|r| r.label().to_string()).collect();
    let form = Form::new(
        s::CORR_ACT_END,
        vec![
            Field::choice("reason", s::CORR_F_END_REASON, labels, false).selected(Some(0)),
            today_field(ctx, "on", s::CORR_F_ENDED_ON),
        ],
    );
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(on) = past_date(form, "on", ctx) else {
            return Saving::Invalid;
        };
        let Some(reason) = form.choice("reason").and_then(|i| reasons.get(i).copied()) else {
            form.set_error("reason", s::REQUIRED);
            return Saving::Invalid;
        };
        let saved = corrections::end(ctx.store, id, reason, on);
        if saved.is_ok() && reason == EndReason::Expired {
            ctx.say(s::CORR_RELEASED_HANDOVER);
            return Saving::Done(Some(LayerResult::Saved));
        }
        finish(saved, form, ctx)
    };
    FormScreen::new(form, Box::new(save))
}
