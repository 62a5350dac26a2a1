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
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

mod field;
#[cfg(test)]
mod tests;

pub use field::{Field, Key, Kind};

use crate::domain::parse_date;
use crate::domain::validation::FieldError;
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::text::{
    caret_at, caret_in_lines, cut, safe, safe_with_caret, width, window, wrap_chars,
};
use crate::ui::theme::Theme;

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
        };
        form.focus = form.fields.iter().position(Field::editable).unwrap_or(0);
        form
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
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
        if field.is_choice() {
            let changed = field.choose(input);
            self.dirty |= changed;
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

    /// The lines of a field's value at `value_w` columns (escaped, cut or wrapped) and, when
    /// focused, the caret's line and column among them.
    fn value_lines(
        &self,
        f: &Field,
        focused: bool,
        value_w: usize,
        theme: Theme,
    ) -> (Vec<String>, Option<(usize, usize)>) {
        match &f.kind {
            Kind::Note { .. } => {
                let (shown, caret) = safe_with_caret(f.input.text(), f.input.caret());
                let lines = wrap_chars(&shown, value_w);
                let (line, col) = caret_in_lines(&lines, caret, value_w);
                let mut out: Vec<String> = lines.into_iter().map(|(_, l)| l).collect();
                if focused && line >= out.len() {
                    out.push(String::new());
                }
                if out.len() < 2 {
                    out.push(String::new());
                }
                if !focused {
                    // At rest a long note shows its beginning, and says there is more.
                    if out.len() > NOTE_LINES {
                        out.truncate(NOTE_LINES);
                        if let Some(last) = out.last_mut() {
                            last.push_str(theme.ellipsis());
                        }
                    }
                    return (out, None);
                }
                // Being typed, it shows NOTE_LINES lines around the caret.
                let first = (line + 1).saturating_sub(NOTE_LINES);
                let out: Vec<String> = out.into_iter().skip(first).take(NOTE_LINES).collect();
                (out, Some((line - first, col)))
            }
            Kind::Multi { .. } => {
                let (items, at) = f.items();
                let mut out = vec![String::new()];
                let mut caret = (0, 0);
                for (i, item) in items.iter().enumerate() {
                    let last = out.len() - 1;
                    let used = width(&out[last]);
                    let need = width(item) + usize::from(used > 0);
                    if used > 0 && used + need > value_w {
                        out.push(String::new());
                    }
                    let last = out.len() - 1;
                    if !out[last].is_empty() {
                        out[last].push(' ');
                    }
                    if i == at {
                        caret = (last, width(&out[last]));
                    }
                    out[last].push_str(cut(item, value_w));
                }
                (out, focused.then_some(caret))
            }
            _ => {
                let (shown, caret) = f.shown(focused, theme);
                let (shown, caret) = safe_with_caret(&shown, caret);
                let (visible, col) = window(&shown, caret, value_w.max(1));
                (vec![visible], focused.then_some((0, col)))
            }
        }
    }

    /// Draws the form in `area` and returns the terminal cursor's place.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let label_w = self.label_width();
        let value_w = self.value_width(area.width);
        // Every line of the form: whose field it is, its text, and the caret on it.
        enum Row {
            /// A line of a field's value; the first carries the label.
            Value(usize, usize, String, Option<usize>),
            /// A piece of a field's error (an error longer than the column wraps, never cut).
            Error(usize, String),
        }
        let mut rows: Vec<Row> = Vec::new();
        // An error naming no field stays at the top, above the scrolled fields.
        let general: Vec<String> = self
            .general_error
            .as_deref()
            .map(|e| {
                wrap_chars(&safe(e), (area.width as usize).saturating_sub(4))
                    .into_iter()
                    .map(|(_, piece)| piece)
                    .collect()
            })
            .unwrap_or_default();
        for (i, f) in self.fields.iter().enumerate() {
            let focused = i == self.focus && f.editable();
            let (lines, caret) = self.value_lines(f, focused, value_w, theme);
            for (n, line) in lines.into_iter().enumerate() {
                let col = caret.filter(|(l, _)| *l == n).map(|(_, c)| c);
                rows.push(Row::Value(i, n, line, col));
            }
            if let Some(error) = &f.error {
                for (_, piece) in wrap_chars(&safe(error), value_w) {
                    rows.push(Row::Error(i, piece));
                }
            }
        }
        let field_of = |r: &Row| match r {
            Row::Value(i, ..) | Row::Error(i, _) => Some(*i),
        };
        let inner_h = (area.height.saturating_sub(2) as usize).saturating_sub(general.len());
        // Keep the caret's line (or the focused field's last line) in view.
        let caret_row = rows
            .iter()
            .position(|r| matches!(r, Row::Value(i, _, _, Some(_)) if *i == self.focus));
        let focus_end = rows
            .iter()
            .rposition(|r| field_of(r) == Some(self.focus))
            .unwrap_or(0);
        let keep = match caret_row {
            Some(c) if focus_end >= c + inner_h => c,
            _ => focus_end,
        };
        let offset = (keep + 1).saturating_sub(inner_h);
        let below: usize = {
            let mut seen = std::collections::BTreeSet::new();
            for r in rows.iter().skip(offset + inner_h) {
                if let Row::Value(i, 0, ..) = r {
                    seen.insert(*i);
                }
            }
            seen.len()
        };
        let mut block = theme.block(&self.title);
        if below > 0 {
            block = block
                .title_bottom(Line::from(s::form_more_below(below, theme.ascii)).right_aligned());
        }
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut lines: Vec<Line> = general
            .iter()
            .map(|piece| Line::from(Span::styled(format!(" {piece}"), theme.error())))
            .collect();
        let top = general.len();
        let mut cursor = None;
        for (row, r) in rows.iter().enumerate().skip(offset).take(inner_h) {
            let (i, n, text, caret) = match r {
                Row::Error(_, piece) => {
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(label_w + 1)),
                        Span::styled(piece.clone(), theme.error()),
                    ]));
                    continue;
                }
                Row::Value(i, n, text, caret) => (*i, *n, text, caret),
            };
            let f = &self.fields[i];
            let focused = i == self.focus;
            let label = if n == 0 {
                let mark = if f.required {
                    s::FORM_REQUIRED_MARK
                } else {
                    " "
                };
                format!("{mark}{}", f.label)
            } else {
                String::new()
            };
            let pad = " ".repeat(label_w.saturating_sub(width(&label)));
            let label_style = if focused {
                theme.focus()
            } else {
                theme.label()
            };
            let mut spans = vec![
                Span::raw(pad),
                Span::styled(label, label_style),
                Span::raw(" "),
                Span::styled(
                    text.clone(),
                    if f.editable() {
                        theme.value(focused)
                    } else {
                        theme.dim()
                    },
                ),
            ];
            if n == 0 && !f.note.is_empty() {
                spans.push(Span::styled(format!("  {}", safe(&f.note)), theme.dim()));
            }
            lines.push(Line::from(spans));
            if let Some(col) = caret {
                let x = inner.x as usize + label_w + 1 + col;
                let y = inner.y as usize + top + row - offset;
                cursor = Some(Position::new(x as u16, y as u16));
            }
        }
        frame.render_widget(Paragraph::new(lines), inner);
        cursor
    }
}

fn moved(changed: bool) -> FormEvent {
    if changed {
        FormEvent::Changed
    } else {
        FormEvent::Ignored
    }
}
