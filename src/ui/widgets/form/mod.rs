//! The form every screen uses: labelled fields, one per line, scrolled to keep the focused one
//! visible. Text fields keep a caret in characters and the real terminal cursor on it (the
//! input method's candidate window follows it). Each kind of field checks what was typed when
//! the caret leaves it, and the message stays at the field until it is put right.
//!
//! ```text
//! ┌ 新建人员 ─────────────────────────────┐
//! │      * 姓名  张三                      │
//! │    身份证号  36072619900101001        │
//! │              身份证号应为18位，现为17位 │   <- error line, only when there is one
//! │    出生日期  1990-01-01   36 岁        │   <- note after the value
//! └──────────────────────────── ↓ 还有 3 项 ┘
//! ```

use chrono::NaiveDate;

mod field;
mod render;
#[cfg(test)]
mod tests;

pub use field::{Field, Key, Kind};

use crate::domain::parse_date;
use crate::domain::validation::FieldError;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::text::{caret_at, caret_in_lines, width, wrap_chars};

/// Lines a note field shows at most (it scrolls inside them beyond that).
pub const NOTE_LINES: usize = 6;

/// What an input did to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormEvent {
    Ignored,
    Changed,
    /// The focus left the field with this key (after its own check).
    Left(Key),
    /// F10 / Ctrl+S and every field passed its own check.
    Save,
    /// F10 / Ctrl+S but some field has an error.
    Invalid,
    /// Esc: the owner asks first if [`Form::is_dirty`].
    Cancel,
    /// Enter with a typed name, or F2, in this person field: the owner opens the picker.
    PickPerson(Key),
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    fields: Vec<Field>,
    focus: usize,
    dirty: bool,
    /// An error from validation that names no field of this form: shown at the top, never
    /// lost (and a test fails: see [`Form::set_errors`]).
    general_error: Option<String>,
    /// The width the form is drawn at, for moving between the lines of a note (the owner
    /// sets it from the screen's size before each key).
    width: u16,
    /// The focused field holds what it held when the focus came to it: in a date field the
    /// first character typed replaces the prefilled value (no row of Backspaces).
    fresh: bool,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Self {
        let mut form = Form {
            title: title.into(),
            fields,
            focus: 0,
            dirty: false,
            general_error: None,
            width: 80,
            fresh: true,
        };
        form.focus = form.fields.iter().position(Field::editable).unwrap_or(0);
        form
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The keys of the person fields, in order.
    pub fn person_keys(&self) -> Vec<Key> {
        self.fields
            .iter()
            .filter(|f| matches!(f.kind, Kind::Person))
            .map(|f| f.key.clone())
            .collect()
    }

    /// What kinds of field the form holds: (a choice, a multi-choice, a person field).
    pub fn field_kinds(&self) -> (bool, bool, bool) {
        let any = |f: fn(&Kind) -> bool| self.fields.iter().any(|field| f(&field.kind));
        (
            any(|k| matches!(k, Kind::Choice { .. })),
            any(|k| matches!(k, Kind::Multi { .. })),
            any(|k| matches!(k, Kind::Person)),
        )
    }

    pub fn has_field(&self, key: &str) -> bool {
        self.field(key).is_some()
    }

    /// Adds a field after the one with `key` (a party more …); the focus stays where it is.
    pub fn insert_after(&mut self, key: &str, field: Field) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields.insert(i + 1, field);
            if self.focus > i {
                self.focus += 1;
            }
        }
    }

    /// After filling a form from a stored record: nothing is changed yet.
    pub fn mark_clean(&mut self) {
        self.dirty = false;
    }

    pub fn focused_key(&self) -> Option<&str> {
        self.fields.get(self.focus).map(|f| f.key.as_ref())
    }

    /// The width the form is drawn at (the screen's width): notes wrap at it.
    pub fn set_width(&mut self, width: u16) {
        self.width = width;
    }

    /// The error shown at the top of the form, if validation named no field of it.
    pub fn general_error(&self) -> Option<&str> {
        self.general_error.as_deref()
    }

    fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    fn field_mut(&mut self, key: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.key == key)
    }

    /// The trimmed text of a field ("" for none).
    pub fn text(&self, key: &str) -> &str {
        self.field(key).map_or("", |f| f.input.text().trim())
    }

    /// The index of the chosen label of a choice field.
    pub fn choice(&self, key: &str) -> Option<usize> {
        self.field(key).and_then(|f| f.choice)
    }

    /// The chosen label of a choice field ("" for none).
    pub fn choice_label(&self, key: &str) -> &str {
        self.field(key)
            .and_then(|f| f.choice.and_then(|i| f.labels().get(i)))
            .map_or("", String::as_str)
    }

    /// A person field: the chosen person, and the name shown (typed or the person's).
    pub fn person(&self, key: &str) -> (Option<i64>, &str) {
        self.field(key)
            .map_or((None, ""), |f| (f.person, f.input.text().trim()))
    }

    /// Sets a person field to a person of the registry; `note` says who (masked ID …).
    pub fn set_person(&mut self, key: &str, id: i64, name: &str, note: &str) {
        if let Some(f) = self.field_mut(key) {
            f.person = Some(id);
            f.input.set(name);
            f.note = note.to_string();
            f.error = None;
            self.dirty = true;
        }
    }

    /// The ticked labels of a multi field, by index.
    pub fn picked(&self, key: &str) -> Vec<usize> {
        self.field(key).map_or_else(Vec::new, |f| {
            f.picked
                .iter()
                .enumerate()
                .filter(|(_, p)| **p)
                .map(|(i, _)| i)
                .collect()
        })
    }

    pub fn set_picked(&mut self, key: &str, indices: &[usize]) {
        if let Some(f) = self.field_mut(key) {
            for (i, p) in f.picked.iter_mut().enumerate() {
                *p = indices.contains(&i);
            }
        }
    }

    /// Moves the focus to the next editable field (after a person was picked …).
    pub fn focus_next(&mut self) {
        self.move_focus(true);
    }

    /// A date field's value, when it holds a valid date.
    pub fn date(&self, key: &str) -> Option<NaiveDate> {
        parse_date(self.text(key)).ok()
    }

    pub fn set_text(&mut self, key: &str, text: &str) {
        if let Some(f) = self.field_mut(key) {
            f.input.set(text);
            f.error = None;
        }
    }

    pub fn set_choice(&mut self, key: &str, index: Option<usize>) {
        if let Some(f) = self.field_mut(key) {
            f.choice = index;
            f.error = None;
        }
    }

    pub fn note(&self, key: &str) -> &str {
        self.field(key).map_or("", |f| f.note.as_str())
    }

    pub fn set_note(&mut self, key: &str, note: &str) {
        if let Some(f) = self.field_mut(key) {
            f.note = note.to_string();
        }
    }

    pub fn error(&self, key: &str) -> Option<&str> {
        self.field(key).and_then(|f| f.error.as_deref())
    }

    pub fn set_error(&mut self, key: &str, message: &str) {
        if let Some(f) = self.field_mut(key) {
            f.error = Some(message.to_string());
        }
    }

    /// Shows errors from validation at their fields and focuses the first. An error whose key
    /// matches no field is shown at the top of the form — and fails the test that made it, so
    /// a renamed field cannot silently swallow its message.
    pub fn set_errors(&mut self, errors: &[FieldError]) {
        self.general_error = None;
        for e in errors {
            if self.has_field(e.field) {
                self.set_error(e.field, &e.message);
            } else {
                debug_assert!(false, "error for a field not in the form: {}", e.field);
                self.general_error = Some(e.message.clone());
            }
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }

    /// The width of the value column when the form is drawn `area_width` wide.
    fn value_width(&self, area_width: u16) -> usize {
        let label_w = self.label_width();
        (area_width as usize).saturating_sub(2 + label_w + 1).max(4)
    }

    fn label_width(&self) -> usize {
        self.fields
            .iter()
            .map(|f| width(&f.label) + 2)
            .max()
            .unwrap_or(4)
    }

    /// ↑/↓ inside a note: the caret goes to the line above or below; false at the first or
    /// last line (the focus moves to the field above or below instead).
    fn note_line(&mut self, down: bool) -> bool {
        let value_w = self.value_width(self.width);
        let Some(f) = self.fields.get_mut(self.focus) else {
            return false;
        };
        if !matches!(f.kind, Kind::Note { .. }) {
            return false;
        }
        let lines = wrap_chars(f.input.text(), value_w);
        let (line, col) = caret_in_lines(&lines, f.input.caret(), value_w);
        let target = if down {
            line + 1
        } else if line == 0 {
            return false;
        } else {
            line - 1
        };
        if target >= lines.len() {
            return false;
        }
        f.input.set_caret(caret_at(&lines, target, col));
        true
    }

    fn move_focus(&mut self, forward: bool) -> FormEvent {
        let n = self.fields.len();
        let left = self.focus;
        let mut next = self.focus;
        for _ in 0..n {
            next = if forward {
                (next + 1) % n
            } else {
                (next + n - 1) % n
            };
            if self.fields[next].editable() {
                break;
            }
        }
        let Some(field) = self.fields.get_mut(left) else {
            return FormEvent::Ignored;
        };
        field.check();
        field.jump.clear();
        let key = field.key.clone();
        self.focus = next;
        self.fresh = true;
        FormEvent::Left(key)
    }

    pub fn handle(&mut self, input: &Input) -> FormEvent {
        match input {
            Input::Action(Action::Down) if self.note_line(true) => return FormEvent::Changed,
            Input::Action(Action::Up) if self.note_line(false) => return FormEvent::Changed,
            Input::Action(Action::NextField | Action::Down) => return self.move_focus(true),
            Input::Action(Action::PrevField | Action::Up) => return self.move_focus(false),
            Input::Action(Action::Save) => {
                for f in &mut self.fields {
                    f.check();
                }
                return if self.has_errors() {
                    self.set_errors(&[]);
                    FormEvent::Invalid
                } else {
                    FormEvent::Save
                };
            }
            Input::Action(Action::Back) => return FormEvent::Cancel,
            _ => {}
        }
        let Some(field) = self.fields.get_mut(self.focus) else {
            return FormEvent::Ignored;
        };
        if field.kind == Kind::Person {
            let typed = !field.input.text().trim().is_empty();
            match input {
                Input::Action(Action::NewPerson) => {
                    return FormEvent::PickPerson(field.key.clone());
                }
                Input::Action(Action::EnterField) if typed && field.person.is_none() => {
                    return FormEvent::PickPerson(field.key.clone());
                }
                _ => {}
            }
        }
        if let Input::Action(Action::EnterField) = input {
            return self.move_focus(true);
        }
        let field = &mut self.fields[self.focus];
        let fresh = std::mem::take(&mut self.fresh);
        if fresh && matches!(input, Input::Char(_)) && field.is_date() {
            field.input.set("");
        }
        if field.is_choice() {
            // Moving the highlight of a multi-choice changes nothing worth asking about on Esc.
            let before = (field.choice, field.picked.clone());
            let changed = field.choose(input);
            self.dirty |= match field.kind {
                Kind::Multi { .. } => field.picked != before.1,
                _ => field.choice != before.0,
            };
            return moved(changed);
        }
        if !field.editable() {
            return FormEvent::Ignored;
        }
        match input {
            Input::Action(Action::Left) => moved(field.input.left()),
            Input::Action(Action::Right) => moved(field.input.right()),
            Input::Action(Action::LineStart) => {
                field.input.home();
                FormEvent::Changed
            }
            Input::Action(Action::LineEnd) => {
                field.input.end();
                FormEvent::Changed
            }
            _ => {
                let changed = field.edit(input);
                self.dirty |= changed;
                moved(changed)
            }
        }
    }
}

fn moved(changed: bool) -> FormEvent {
    if changed {
        FormEvent::Changed
    } else {
        FormEvent::Ignored
    }
}
