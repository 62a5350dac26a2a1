//! One subject's record (Enter on the register): who, the judgment, the report, the term, the
//! level, the state and alerts; sections for the level history, the monthly check-ins,
//! incidents and proposals, leave, electronic tags and medical reports. F4 offers what the
//! state allows; Enter on an incident takes its suggestion further (提请, 不予提请, 决定).
//!
//! The name and ID number are shown whole here (the subject's own record), minors too.

use crate::domain::corrections::{
    ProposalState, Settings, Status, alerts as alerts_of, report_type,
};
use crate::domain::format_date;
use crate::store::corrections::{self, Detail};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::layer::{Clock, Ctx, Layer};
use crate::ui::screens::record_screen::{Record, RecordScreen, Section};

use super::forms::subject_form;
use super::sections::{INCIDENTS, sections};
use super::{month, steps};

pub type SubjectScreen = RecordScreen<Subject>;

pub struct Subject {
    id: i64,
    clock: Clock,
    settings: Settings,
    detail: Detail,
}

impl SubjectScreen {
    pub fn open(store: &Store, id: i64, clock: Clock) -> store::Result<Self> {
        let today = clock.now().date();
        Ok(RecordScreen::new(Subject {
            id,
            settings: corrections::settings(store)?,
            detail: corrections::detail(store, id, today)?,
            clock,
        }))
    }
}

/// What F4 offers on a subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectAction {
    Edit,
    Checkin,
    ProposeLevel,
    DecideLevel,
    Incident,
    Approval,
    Tag,
    Medical,
    EndPapers,
    End,
}

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(format_date).unwrap_or_default()
}

impl Subject {
    fn pending_level(&self) -> bool {
        self.detail.levels.iter().any(|l| l.decision == "pending")
    }
}

impl Record for Subject {
    type Action = SubjectAction;

    fn title(&self) -> String {
        s::corr_record_title(&self.detail.row.name)
    }

    fn fields(&self) -> Vec<(String, String)> {
        let today = self.clock.now().date();
        let d = &self.detail;
        let f = &d.row.facts;
        let mut out: Vec<(String, String)> = Vec::new();
        let mut pair = |label: &str, value: String| {
            if !value.is_empty() {
                out.push((label.to_string(), value));
            }
        };
        let mut who = d.row.name.clone();
        if let Some(id) = &d.row.id_number {
            who = format!("{who}  {id}");
        }
        if !d.gender.is_empty() {
            who = format!("{who}  {}", d.gender);
        }
        pair(s::CORR_F_PERSON, who);
        pair(s::PERSON_PHONE, d.phone.clone().unwrap_or_default());
        pair(s::CORR_F_DOMICILE, d.domicile.clone());
        pair(s::CORR_F_RESIDENCE, d.residence.clone());
        pair(
            s::CORR_F_CATEGORY,
            format!(
                "{}    {}：{}",
                f.category.label(),
                s::CORR_F_LEVEL,
                f.level.label()
            ),
        );
        pair(s::CORR_F_CRIME, d.crime.clone());
        pair(s::CORR_F_SENTENCE, d.sentence.clone());
        pair(s::CORR_F_DECIDED_BY, d.decided_by.clone());
        pair(s::CORR_F_CRIME_FACTS, d.crime_facts.clone());
        pair(s::CORR_F_PRIORS, d.priors.clone());
        pair(s::CORR_F_RUNS_FROM, date_text(f.runs_from));
        pair(s::CORR_F_PAPERS_ON, date_text(d.papers_on));
        let report = report_type(f.category, f.runs_from, f.reported_on, &self.settings).label();
        pair(
            s::CORR_F_REPORTED_ON,
            match f.reported_on {
                Some(on) => format!("{}  {report}", format_date(on)),
                None => report,
            },
        );
        let left = (f.term_end - today).num_days();
        pair(
            s::CORR_COL_TERM,
            s::corr_term(&format_date(f.term_start), &format_date(f.term_end), left),
        );
        if !d.ban_content.is_empty() {
            pair(
                s::CORR_F_BAN,
                format!(
                    "{}（{} 至 {}）",
                    d.ban_content,
                    date_text(d.ban_from),
                    date_text(d.ban_to)
                ),
            );
        }
        pair(s::CORR_F_TEAM, d.team.clone());
        let mut marks = Vec::new();
        if d.row.minor {
            marks.push(s::CORR_MINOR_FLAG);
        }
        if f.unable_to_work {
            marks.push(s::CORR_F_UNABLE);
        }
        if f.medical {
            marks.push(s::CORR_F_MEDICAL);
        }
        pair(s::CORR_MARKS, marks.join("、"));
        pair(
            s::CORR_F_ANNOUNCED,
            d.announced_on
                .map_or(s::CORR_NOT_ANNOUNCED.to_string(), format_date),
        );
        let status = match (f.status, d.end_reason, d.ended_on) {
            (Status::Active, ..) => f.status.label().to_string(),
            (st, reason, on) => format!(
                "{}  {}  {}",
                st.label(),
                reason.map_or("", |r| r.label()),
                date_text(on)
            ),
        };
        pair(s::CORR_F_STATUS, status);
        if let Some(on) = d.end_papers_on {
            pair(s::CORR_END_PAPERS, format_date(on));
            pair(s::CORR_F_ASSESSMENT, d.assessment.clone());
            pair(s::CORR_F_HANDOVER, d.handover.clone());
        }
        let alerts: Vec<String> = alerts_of(f, today, &self.settings)
            .iter()
            .map(|a| a.kind.label())
            .collect();
        pair(s::CORR_COL_ALERTS, alerts.join("；"));
        out
    }

    fn sections(&self) -> Vec<Section> {
        sections(&self.detail, &self.settings)
    }

    fn actions_label(&self) -> &'static str {
        s::CORR_RECORD_ACTIONS
    }

    fn actions(&self) -> Vec<(SubjectAction, String)> {
        use SubjectAction::*;
        let f = &self.detail.row.facts;
        let mut out = vec![(Edit, s::CORR_ACT_EDIT)];
        if f.status == Status::Active {
            out.push((Checkin, s::CORR_ACT_CHECKIN));
            if self.pending_level() {
                out.push((DecideLevel, s::CORR_ACT_DECIDE_LEVEL));
            } else {
                out.push((ProposeLevel, s::CORR_ACT_PROPOSE_LEVEL));
            }
            out.push((Incident, s::CORR_ACT_INCIDENT));
            out.push((Approval, s::CORR_ACT_APPROVAL));
            out.push((Tag, s::CORR_ACT_TAG));
            if f.medical {
                out.push((Medical, s::CORR_ACT_MEDICAL));
            }
            out.push((EndPapers, s::CORR_ACT_END_PAPERS));
            out.push((End, s::CORR_ACT_END));
        }
        out.into_iter().map(|(a, l)| (a, l.to_string())).collect()
    }

    fn action(
        &mut self,
        action: SubjectAction,
        ctx: &mut Ctx<'_>,
    ) -> store::Result<Box<dyn Layer>> {
        let id = self.id;
        let category = self.detail.row.facts.category;
        Ok(match action {
            SubjectAction::Edit => Box::new(subject_form(ctx, Some(&self.detail))?),
            SubjectAction::Checkin => Box::new(month::month_form(ctx, Some(id))),
            SubjectAction::ProposeLevel => Box::new(steps::propose_level_form(
                ctx,
                id,
                self.detail.row.facts.level,
            )),
            SubjectAction::DecideLevel => Box::new(steps::decide_level_form(ctx, id)),
            SubjectAction::Incident => Box::new(steps::incident_form(ctx, id)),
            SubjectAction::Approval => Box::new(steps::approval_form(ctx, id)),
            SubjectAction::Tag => Box::new(steps::tag_form(ctx, id, self.settings.clone())),
            SubjectAction::Medical => Box::new(steps::medical_form(ctx, id)),
            SubjectAction::EndPapers => Box::new(steps::end_papers_form(ctx, id, &self.detail)),
            SubjectAction::End => Box::new(steps::end_form(ctx, id, category)),
        })
    }

    fn opens_rows(&self, section: usize) -> bool {
        section == INCIDENTS
    }

    fn open_row(
        &mut self,
        section: usize,
        row: i64,
        ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        if section != INCIDENTS {
            return Ok(None);
        }
        let Some(incident) = self.detail.incidents.iter().find(|i| i.id == row) else {
            return Ok(None);
        };
        if self.detail.row.facts.status != Status::Active {
            ctx.say(s::CORR_ALREADY_ENDED);
            return Ok(None);
        }
        Ok(match incident.state {
            ProposalState::Suggested => Some(Box::new(steps::proposal_form(
                ctx,
                incident,
                self.detail.row.facts.category,
            ))),
            ProposalState::Proposed => Some(Box::new(steps::decision_form(ctx, incident.id))),
            ProposalState::Dismissed | ProposalState::Decided => {
                ctx.say(s::CORR_INCIDENT_CLOSED);
                None
            }
        })
    }

    fn reload(&mut self, store: &Store) -> store::Result<()> {
        self.settings = corrections::settings(store)?;
        self.detail = corrections::detail(store, self.id, self.clock.now().date())?;
        Ok(())
    }
}
