//! When more than one operator is active, the program starts by asking who is at the desk.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::store::operators::Operator;
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::table::{Column, Table, TableRow};
use crate::ui::widgets::{clear_popup, popup_area};

pub struct OperatorSelect {
    operators: Vec<Operator>,
    table: Table,
}

impl OperatorSelect {
    pub fn new(operators: Vec<Operator>) -> Self {
        let mut table = Table::default().without_count();
        table.set_rows(
            operators
                .iter()
                .map(|o| TableRow {
                    id: o.id,
                    cells: vec![o.name.clone()],
                    dim: false,
                })
                .collect(),
            false,
        );
        OperatorSelect { operators, table }
    }
}

impl Layer for OperatorSelect {
    fn mode(&self) -> Mode {
        Mode::Menu
    }

    /// Someone must be chosen: Esc does nothing here.
    fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(Action::Open, s::ACT_CHOOSE),
            Command::disabled(Action::Back),
        ]
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        match input {
            Input::Action(Action::Open) => {
                let chosen = self.table.selected_id();
                match self.operators.iter().find(|o| Some(o.id) == chosen) {
                    Some(op) => {
                        ctx.session.start(ctx.store, &op.name);
                        ctx.say(s::welcome(&op.name));
                        Outcome::Close(Some(LayerResult::Saved))
                    }
                    None => Outcome::Ignored,
                }
            }
            Input::Action(a) if self.table.navigate(a) => Outcome::Changed,
            _ => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let h = (self.operators.len() as u16 + 3).min(area.height);
        let area = popup_area(area, 60, h);
        clear_popup(frame, area);
        let block = theme.block(s::WHO_TITLE);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let columns = [Column::new(s::SET_OPERATOR_NAME, 0)];
        self.table
            .render(frame, inner, theme, &columns, s::LIST_EMPTY);
        None
    }
}
