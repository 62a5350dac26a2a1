//! One case whole (Enter on the register), declared as a [`Record`]: what was registered, the
//! parties, the deadlines, and every step (办理经过) as a section. F4 (办理) offers exactly the
//! steps the state machine allows in the case's status.

use crate::domain::dispute::{
    ActionKind, closing_day, deadlines, event_label, format_instant, offered, step_details,
};
use crate::domain::{format_date, format_fen, mask_id};
use crate::store::disputes::{self, Detail};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::layer::{Clock, Ctx, Layer};
use crate::ui::screens::record_screen::{Record, RecordScreen, Section};
use crate::ui::widgets::table::{Column, TableRow};

use super::forms::intake_form;
use super::step_forms::{police_form, step_correction_form, step_form};
use super::{flag_text, parties};

pub type CaseScreen = RecordScreen<Case>;

pub struct Case {
    id: i64,
    clock: Clock,
    detail: Detail,
}

impl CaseScreen {
    pub fn open(store: &Store, id: i64, clock: Clock) -> store::Result<Self> {
        Ok(RecordScreen::new(Case {
            id,
            clock,
            detail: disputes::detail(store, id)?,
        }))
    }
}

impl Case {
    /// The lifecycle steps offered today (not those whose window has closed), and whether the
    /// police report is still to record.
    fn steps(&self) -> (Vec<ActionKind>, bool) {
        let police_pending =
            self.detail.escalation_risk && self.detail.police_notified_at.is_none();
        let today = self.clock.now().date();
        (offered(&self.detail.row.state, today), police_pending)
    }

    /// The fields kept in view: 案号, 状态 and the dates that matter now.
    fn header(&self) -> Vec<(String, String)> {
        let today = self.clock.now().date();
        let d = &self.detail;
        let st = &d.row.state;
        let mut out: Vec<(String, String)> = Vec::new();
        let mut pair = |label: &str, value: String| out.push((label.to_string(), value));
        pair(
            s::DISPUTE_COL_CASE_NO,
            d.row
                .case_no
                .clone()
                .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
        );
        pair(
            s::DISPUTE_COL_STATUS,
            format!("{}  {}", st.status.label(), flag_text(&d.row, today))
                .trim_end()
                .to_string(),
        );
        pair(s::DISPUTE_F_REGISTERED, format_date(st.registered_on));
        let dl = deadlines(st);
        for (label, date) in [
            (s::DISPUTE_ACCEPTED_ON, st.accepted_on),
            (s::DISPUTE_MEDIATION_DUE, dl.mediation_due),
            (s::DISPUTE_AGREED_ON, st.agreed_on),
            (s::DISPUTE_FOLLOW_UP_DUE, dl.follow_up_due),
        ] {
            if let Some(date) = date {
                pair(label, format_date(date));
            }
        }
        if let Some(closes) = dl.confirmation_closes {
            pair(s::DISPUTE_CONFIRMATION_CLOSES, closing_day(closes, today));
        }
        out
    }
}

/// What F4 offers on a case: a step of the lifecycle, or the record that the police were told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseAction {
    Step(ActionKind),
    PoliceTold,
    /// 更正登记信息: the intake's details corrected (an entry of 办理经过 says what changed).
    Correct,
}

impl Record for Case {
    type Action = CaseAction;

    fn title(&self) -> String {
        s::dispute_case_title(&parties(&self.detail.row))
    }

    fn pinned_fields(&self) -> usize {
        self.header().len()
    }

    fn fields(&self) -> Vec<(String, String)> {
        let d = &self.detail;
        let mut out = self.header();
        let mut pair = |label: &str, value: String| out.push((label.to_string(), value));
        pair(s::DISPUTE_COL_KIND, d.row.kind.clone());
        let source = if d.referrer.is_empty() {
            d.source.clone()
        } else {
            format!("{}（{}）", d.source, d.referrer)
        };
        pair(s::DISPUTE_F_SOURCE, source);
        pair(s::DISPUTE_COL_MEDIATOR, d.row.mediators.replace(',', "、"));
        pair(
            s::DISPUTE_F_PEOPLE,
            // A blank 涉及人数 stays blank (0 means not given).
            format!(
                "{}    {}：{}",
                if d.people_involved > 0 {
                    d.people_involved.to_string()
                } else {
                    String::new()
                },
                s::DISPUTE_F_AMOUNT,
                format_fen(d.amount_fen)
            ),
        );
        if d.difficult || d.escalation_risk {
            let mut flags = Vec::new();
            if d.difficult {
                flags.push(s::DISPUTE_F_DIFFICULT.to_string());
            }
            if d.escalation_risk {
                flags.push(match &d.police_notified_at {
                    Some(at) => s::dispute_police_told(&format_instant(at)),
                    None => s::DISPUTE_RISK_NOTE.to_string(),
                });
            }
            pair(s::DISPUTE_FLAGS, flags.join("；"));
        }
        for p in &d.parties {
            let side = if p.side == "applicant" {
                s::DISPUTE_F_APPLICANT
            } else {
                s::DISPUTE_F_RESPONDENT
            };
            let who = match (&p.id_number, p.credit_code.is_empty()) {
                (Some(id), _) => format!("{}  {}", p.name, mask_id(id)),
                (None, false) => format!("{}  {}", p.name, p.credit_code),
                (None, true) => p.name.clone(),
            };
            pair(side, who);
        }
        pair(s::DISPUTE_F_FACTS, d.facts.clone());
        out
    }

    fn sections(&self) -> Vec<Section> {
        let rows = self
            .detail
            .events
            .iter()
            .enumerate()
            .map(|(i, (code, on, details))| {
                // Each thing written down on its own line, with its label.
                let notes: Vec<String> = step_details(details)
                    .into_iter()
                    .map(|(label, value)| s::dispute_step_detail(&label, &value))
                    .collect();
                TableRow {
                    id: i as i64,
                    cells: vec![on.clone(), event_label(code).to_string(), notes.join("\n")],
                    dim: false,
                }
            })
            .collect();
        vec![Section {
            title: s::DISPUTE_STEPS.to_string(),
            columns: vec![
                Column::new(s::DISPUTE_COL_STEP_DATE, 10),
                Column::new(s::DISPUTE_COL_STEP, 8),
                Column::new(s::DISPUTE_COL_STEP_NOTES, 0),
            ],
            rows,
        }]
    }

    fn actions_label(&self) -> &'static str {
        s::DISPUTE_STEP_ACTION
    }

    fn actions(&self) -> Vec<(CaseAction, String)> {
        let (steps, police_pending) = self.steps();
        let mut offered: Vec<(CaseAction, String)> = steps
            .iter()
            .map(|k| (CaseAction::Step(*k), k.label().to_string()))
            .collect();
        if police_pending {
            // Not a step of the lifecycle: the record that the police were told.
            offered.push((CaseAction::PoliceTold, s::DISPUTE_POLICE_STEP.to_string()));
        }
        // An archived case is final; until then a correction is always possible.
        if self.detail.row.state.status != crate::domain::dispute::Status::Archived {
            offered.push((CaseAction::Correct, s::DISPUTE_CORRECT_STEP.to_string()));
        }
        offered
    }

    fn no_actions(&self) -> &'static str {
        s::DISPUTE_NO_STEPS
    }

    fn action(&mut self, action: CaseAction, ctx: &mut Ctx<'_>) -> store::Result<Box<dyn Layer>> {
        Ok(match action {
            CaseAction::Step(kind) => Box::new(step_form(ctx, self.id, kind)),
            CaseAction::PoliceTold => Box::new(police_form(ctx, self.id)),
            CaseAction::Correct => {
                let old = disputes::intake(ctx.store, self.id)?;
                Box::new(intake_form(ctx, Some((self.id, old)))?)
            }
        })
    }

    /// 办理经过's rows open: a step's written record is corrected by a new entry.
    fn opens_rows(&self, section: usize) -> bool {
        section == 0
    }

    fn open_row(
        &mut self,
        _section: usize,
        row: i64,
        ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        let Some(event) = usize::try_from(row)
            .ok()
            .and_then(|i| self.detail.events.get(i))
        else {
            return Ok(None);
        };
        match step_correction_form(self.id, event) {
            Some(form) => Ok(Some(Box::new(form))),
            None => {
                ctx.say(s::DISPUTE_STEP_NOTHING_TO_CORRECT);
                Ok(None)
            }
        }
    }

    fn reload(&mut self, store: &Store) -> store::Result<()> {
        self.detail = disputes::detail(store, self.id)?;
        Ok(())
    }
}
