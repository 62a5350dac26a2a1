//! One case whole (Enter on the register): what was registered, the parties, the deadlines and
//! every step. F4 offers exactly the steps the state machine allows in the case's status.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::forms::{police_form, step_form};
use super::{flag_text, parties};
use crate::domain::dispute::{ActionKind, allowed, deadlines, event_label};
use crate::domain::{format_date, format_fen, mask_id};
use crate::store::disputes::{self, Detail};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::text::safe;
use crate::ui::theme::Theme;
use crate::ui::widgets::menu::Menu;
use crate::ui::widgets::message::Message;

const STEP: &str = "dispute-step";

pub struct CaseScreen {
    id: i64,
    today: NaiveDate,
    detail: Detail,
    /// The steps offered by the open F4 menu, in its order.
    offered: Vec<ActionKind>,
    scroll: u16,
}

impl CaseScreen {
    pub fn new(store: &Store, id: i64, today: NaiveDate) -> store::Result<Self> {
        Ok(CaseScreen {
            id,
            today,
            detail: disputes::detail(store, id)?,
            offered: Vec::new(),
            scroll: 0,
        })
    }

    fn lines(&self) -> Vec<Line<'static>> {
        let d = &self.detail;
        let st = &d.row.state;
        let mut out = Vec::new();
        let pair = |label: &str, value: String| {
            Line::from(vec![
                Span::raw(format!("{label}：")),
                Span::raw(safe(&value).into_owned()),
            ])
        };
        out.push(pair(
            s::DISPUTE_COL_CASE_NO,
            d.row
                .case_no
                .clone()
                .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
        ));
        out.push(pair(
            s::DISPUTE_COL_STATUS,
            format!("{}  {}", st.status.label(), flag_text(&d.row, self.today)),
        ));
        out.push(pair(s::DISPUTE_F_REGISTERED, format_date(st.registered_on)));
        let dl = deadlines(st);
        for (label, date) in [
            (s::DISPUTE_ACCEPTED_ON, st.accepted_on),
            (s::DISPUTE_MEDIATION_DUE, dl.mediation_due),
            (s::DISPUTE_AGREED_ON, st.agreed_on),
            (s::DISPUTE_FOLLOW_UP_DUE, dl.follow_up_due),
            (s::DISPUTE_CONFIRMATION_CLOSES, dl.confirmation_closes),
        ] {
            if let Some(date) = date {
                out.push(pair(label, format_date(date)));
            }
        }
        out.push(pair(s::DISPUTE_COL_KIND, d.row.kind.clone()));
        let source = if d.referrer.is_empty() {
            d.source.clone()
        } else {
            format!("{}（{}）", d.source, d.referrer)
        };
        out.push(pair(s::DISPUTE_F_SOURCE, source));
        out.push(pair(
            s::DISPUTE_COL_MEDIATOR,
            d.row.mediators.replace(',', "、"),
        ));
        out.push(pair(
            s::DISPUTE_F_PEOPLE,
            format!(
                "{}    {}：{}",
                d.people_involved,
                s::DISPUTE_F_AMOUNT,
                format_fen(d.amount_fen)
            ),
        ));
        if d.difficult || d.escalation_risk {
            let mut flags = Vec::new();
            if d.difficult {
                flags.push(s::DISPUTE_F_DIFFICULT.to_string());
            }
            if d.escalation_risk {
                flags.push(match &d.police_notified_at {
                    Some(at) => s::dispute_police_told(at),
                    None => s::DISPUTE_RISK_NOTE.to_string(),
                });
            }
            out.push(pair(s::DISPUTE_FLAGS, flags.join("；")));
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
            out.push(pair(side, who));
        }
        out.push(pair(s::DISPUTE_F_FACTS, d.facts.clone()));
        out.push(Line::from(s::DISPUTE_STEPS));
        for (code, on, details) in &d.events {
            let label = event_label(code);
            let notes: Vec<String> = serde_json::from_str::<serde_json::Map<_, _>>(details)
                .map(|m| {
                    m.values()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            out.push(Line::from(
                safe(&format!("  {on}  {label}  {}", notes.join("；"))).into_owned(),
            ));
        }
        out
    }
}

impl Layer for CaseScreen {
    fn mode(&self) -> Mode {
        Mode::Browse
    }

    fn handle(&mut self, input: Input, _ctx: &mut Ctx<'_>) -> Outcome {
        match input {
            Input::Action(Action::Back) => Outcome::Close(Some(LayerResult::Saved)),
            Input::Action(Action::Actions) => {
                self.offered = allowed(&self.detail.row.state);
                let police_pending =
                    self.detail.escalation_risk && self.detail.police_notified_at.is_none();
                if self.offered.is_empty() && !police_pending {
                    return Outcome::Push(Box::new(Message::info(s::DISPUTE_NO_STEPS)));
                }
                let mut labels: Vec<&str> = self.offered.iter().map(|k| k.label()).collect();
                if police_pending {
                    // Not a step of the lifecycle: the record that the police were told.
                    labels.push(s::DISPUTE_POLICE_STEP);
                }
                Outcome::Push(Box::new(Menu::new(s::DISPUTE_STEP_MENU, STEP, &labels)))
            }
            Input::Action(Action::Down) => {
                self.scroll = self.scroll.saturating_add(1);
                Outcome::Changed
            }
            Input::Action(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Changed
            }
            _ => Outcome::Ignored,
        }
    }

    fn offers(&self, action: Action) -> bool {
        !matches!(
            action,
            Action::New | Action::Open | Action::Search | Action::Void | Action::Print
        )
    }

    fn on_result(&mut self, result: LayerResult, ctx: &mut Ctx<'_>) -> Outcome {
        if let LayerResult::Chosen(STEP, i) = result {
            return match self.offered.get(i).copied() {
                Some(kind) => Outcome::Push(Box::new(step_form(ctx, self.id, kind))),
                None => Outcome::Push(Box::new(police_form(ctx, self.id))),
            };
        }
        match disputes::detail(ctx.store, self.id) {
            Ok(d) => self.detail = d,
            Err(e) => ctx.say(e.to_string()),
        }
        Outcome::Changed
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        let title = s::dispute_case_title(&parties(&self.detail.row));
        frame.render_widget(
            Paragraph::new(self.lines())
                .wrap(Wrap { trim: false })
                .scroll((self.scroll, 0))
                .block(theme.block(&title)),
            area,
        );
        None
    }
}
