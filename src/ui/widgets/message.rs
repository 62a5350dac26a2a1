//! A message to read and close (Enter or Esc). Errors that stop a save are shown here, whole.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use super::{clear_popup, popup_area};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Input, Layer, Outcome};
use crate::ui::text::safe;
use crate::ui::theme::Theme;

pub struct Message {
    title: &'static str,
    text: String,
    error: bool,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Message {
            title: s::MESSAGE_TITLE,
            text: text.into(),
            error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Message {
            title: s::ERROR_TITLE,
            text: text.into(),
            error: true,
        }
    }
}

impl Layer for Message {
    fn mode(&self) -> Mode {
        Mode::Popup
    }

    fn handle(&mut self, input: Input, _ctx: &mut Ctx<'_>) -> Outcome {
        match input {
            Input::Action(Action::Back) => Outcome::Close(None),
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let area = popup_area(area, 60, 9);
        clear_popup(frame, area);
        let block = theme.block(self.title);
        let style = if self.error {
            theme.error()
        } else {
            Default::default()
        };
        frame.render_widget(
            Paragraph::new(safe(&self.text).into_owned())
                .style(style)
                .wrap(Wrap { trim: false })
                .block(block),
            area,
        );
        None
    }
}
