//! A yes/no question. Enter answers the highlighted button; Esc is always no.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{clear_popup, popup_area};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::theme::Theme;

pub struct Confirm {
    message: String,
    /// Handed back in [`LayerResult::Confirmed`] so the asker knows which question it was.
    tag: &'static str,
    yes: bool,
}

impl Confirm {
    pub fn new(message: impl Into<String>, tag: &'static str) -> Self {
        Confirm {
            message: message.into(),
            tag,
            yes: true,
        }
    }
}

impl Layer for Confirm {
    fn mode(&self) -> Mode {
        Mode::Confirm
    }

    fn handle(&mut self, input: Input, _ctx: &mut Ctx<'_>) -> Outcome {
        match input {
            Input::Action(Action::Switch) => {
                self.yes = !self.yes;
                Outcome::Changed
            }
            Input::Action(Action::Confirm) if self.yes => {
                Outcome::Close(Some(LayerResult::Confirmed(self.tag)))
            }
            Input::Action(Action::Confirm | Action::Back) => Outcome::Close(None),
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let area = popup_area(area, 50, 7);
        clear_popup(frame, area);
        let block = theme.block(s::CONFIRM_TITLE);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let button = |label: &str, on: bool| {
            let text = format!("[ {label} ]");
            if on {
                Span::styled(text, theme.selected())
            } else {
                Span::raw(text)
            }
        };
        let lines = vec![
            Line::from(self.message.clone()),
            Line::from(""),
            Line::from(vec![
                button(s::CONFIRM_YES, self.yes),
                Span::raw("    "),
                button(s::CONFIRM_NO, !self.yes),
            ])
            .centered(),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        None
    }
}
