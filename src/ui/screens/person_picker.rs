//! The person picker: typing filters the registry by name, pinyin initials or full pinyin, or
//! digits of an ID number; ↑/↓ move, Enter takes the highlighted person. F2 (or Enter when
//! nothing matches) opens the new-person form prefilled with what was typed. Closing hands
//! [`LayerResult::Picked`] (or, from the form, [`LayerResult::Person`]) to the layer beneath.
//!
//! ```text
//! ┌ 查找人员（姓名、拼音首字母、身份证号） ────────────┐
//! │ 输入：zs                                            │
//! │   姓名    性别 身份证号            村（社区） 其他模块 │
//! │ ▶ 张三    男   3607**********1234  石桥村             │
//! └─────────────────────────────────────────────────────┘
//! ```

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::{Query, classify_query, mask_id, mask_phone};
use crate::store::persons::{self, PersonRow, Roles};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::screens::person_form;
use crate::ui::text::{safe, window};
use crate::ui::theme::Theme;
use crate::ui::widgets::table::{Column, Table, TableRow};
use crate::ui::widgets::text_input::TextInput;
use crate::ui::widgets::{clear_popup, popup_area};

/// Matches shown at most; a longer list means the query is too short to be useful anyway.
const MATCHES: usize = 50;

/// The columns of a person in any list: masked ID and phone, never the whole numbers.
pub const PERSON_COLUMNS: [Column; 6] = [
    Column::new(s::PERSON_NAME, 10),
    Column::new(s::PERSON_GENDER, 4),
    Column::new(s::PERSON_ID, 18),
    Column::new(s::PERSON_PHONE, 13),
    Column::new(s::PERSON_VILLAGE, 12),
    Column::new(s::PERSON_ROLES, 0),
];

pub struct PersonPicker {
    input: TextInput,
    table: Table,
    error: Option<String>,
    title: &'static str,
}

/// Persons as rows of [`PERSON_COLUMNS`]. The roles column shows each one's records in the
/// modules that are open (visits in the service ledger, disputes), counted for these persons
/// only.
pub fn person_rows(store: &Store, people: Vec<PersonRow>) -> store::Result<Vec<TableRow>> {
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let roles = persons::roles(store, &ids)?;
    Ok(people
        .into_iter()
        .map(|p| {
            let r = roles.get(&p.id).cloned().unwrap_or_default();
            person_row(p, r)
        })
        .collect())
}

/// A person as a row of [`PERSON_COLUMNS`], with their records in the modules.
pub fn person_row(p: PersonRow, roles: Roles) -> TableRow {
    TableRow {
        id: p.id,
        cells: vec![
            p.name,
            p.gender.unwrap_or_default(),
            p.id_number.as_deref().map(mask_id).unwrap_or_default(),
            p.phone.as_deref().map(mask_phone).unwrap_or_default(),
            p.village.unwrap_or_default(),
            roles
                .0
                .iter()
                .map(|(module, n)| module.role(*n))
                .collect::<Vec<_>>()
                .join(" "),
        ],
        dim: false,
    }
}

impl PersonPicker {
    pub fn new(initial: &str, ctx: &mut Ctx<'_>) -> Self {
        let mut picker = PersonPicker {
            input: TextInput::new(initial),
            table: Table::default(),
            error: None,
            title: s::PICKER_TITLE,
        };
        picker.refresh(ctx);
        picker
    }

    /// The picker on the people who already have the name typed into a person field: take
    /// one (Enter), make a new person (F2), or keep the name only (Esc).
    pub fn same_name(name: &str, ctx: &mut Ctx<'_>) -> Self {
        let mut picker = PersonPicker::new(name, ctx);
        picker.title = s::PICKER_SAME_NAME_TITLE;
        picker
    }

    fn refresh(&mut self, ctx: &mut Ctx<'_>) {
        match persons::search(ctx.store, self.input.text(), MATCHES)
            .and_then(|found| person_rows(ctx.store, found))
        {
            Ok(rows) => {
                self.table.set_rows(rows, false);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The new-person form, prefilled with what was typed: digits as the ID number, anything
    /// else as the name.
    fn new_person(&self, ctx: &mut Ctx<'_>) -> Outcome {
        let typed = self.input.text().trim();
        let (name, id) = match classify_query(typed) {
            Query::Digits(d) => ("", d),
            _ => (typed, String::new()),
        };
        match person_form::new_person(ctx, name, &id) {
            Ok(form) => Outcome::Replace(Box::new(form)),
            Err(e) => {
                ctx.say(e.to_string());
                Outcome::Changed
            }
        }
    }

    /// The matches, for tests.
    pub fn matches(&self) -> &[TableRow] {
        self.table.rows()
    }
}

impl Layer for PersonPicker {
    fn mode(&self) -> Mode {
        Mode::Picker
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        let edited = match input {
            Input::Char(c) if crate::domain::text::is_hidden_format(c) => false,
            Input::Char(c) => {
                self.input.insert(c);
                true
            }
            Input::Paste(text) => {
                let text = crate::domain::text::paste_text(&text);
                self.input.insert_str(&text);
                !text.is_empty()
            }
            Input::Action(Action::Backspace) => self.input.backspace(),
            Input::Action(Action::Delete) => self.input.delete(),
            Input::Action(Action::Left) => return changed(self.input.left()),
            Input::Action(Action::Right) => return changed(self.input.right()),
            Input::Action(a @ (Action::Up | Action::Down)) => {
                return changed(self.table.navigate(a));
            }
            Input::Action(Action::Take) => {
                return match self.table.selected_id() {
                    Some(id) => Outcome::Close(Some(LayerResult::Picked(id))),
                    None if !self.input.text().trim().is_empty() => self.new_person(ctx),
                    None => Outcome::Ignored,
                };
            }
            Input::Action(Action::NewPerson) => return self.new_person(ctx),
            Input::Action(Action::Back) => return Outcome::Close(None),
            Input::Action(_) => return Outcome::Ignored,
        };
        if edited {
            self.refresh(ctx);
        }
        changed(edited)
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let area = popup_area(area, 100, area.height);
        clear_popup(frame, area);
        let block = theme.block(self.title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if inner.height < 3 {
            return None;
        }
        let prompt_w = crate::ui::text::width(s::PICKER_PROMPT) as u16;
        let avail = inner.width.saturating_sub(prompt_w + 1) as usize;
        let (shown, caret) = window(&safe(self.input.text()), self.input.caret(), avail.max(1));
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(s::PICKER_PROMPT, theme.label()),
                Span::styled(shown, theme.value(true)),
            ])),
            Rect::new(inner.x, inner.y, inner.width, 1),
        );
        let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
        let empty = match (&self.error, self.input.text().trim().is_empty()) {
            (Some(e), _) => e.as_str(),
            (None, true) => s::PICKER_TYPE_TO_SEARCH,
            (None, false) => s::PICKER_NO_MATCH,
        };
        self.table
            .render(frame, list, theme, &PERSON_COLUMNS, empty);
        Some(Position::new(inner.x + prompt_w + caret as u16, inner.y))
    }
}

fn changed(yes: bool) -> Outcome {
    if yes {
        Outcome::Changed
    } else {
        Outcome::Ignored
    }
}
