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

use super::text_input::TextInput;
use crate::domain::validation::FieldError;
use crate::domain::{name_keys, parse_count, parse_date, parse_yuan};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::text::{safe, width, window};
use crate::ui::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text {
        max_chars: usize,
    },
    Date,
    /// A whole number of people, households …
    Number,
    /// Yuan with up to two decimals (stored as fen by the caller).
    Money,
    Choice {
        labels: Vec<String>,
        allow_none: bool,
    },
    /// Shown, not editable; focus skips it.
    Fixed,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    kind: Kind,
    required: bool,
    input: TextInput,
    choice: Option<usize>,
    error: Option<String>,
    note: String,
    /// Letters typed in a choice field, to jump by pinyin initials.
    jump: String,
}

impl Field {
    fn new(key: &'static str, label: &'static str, kind: Kind) -> Self {
        Field {
            key,
            label,
            kind,
            required: false,
            input: TextInput::default(),
            choice: None,
            error: None,
            note: String::new(),
            jump: String::new(),
        }
    }

    pub fn text(key: &'static str, label: &'static str, max_chars: usize) -> Self {
        Self::new(key, label, Kind::Text { max_chars })
    }

    pub fn date(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Date)
    }

    pub fn number(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Number)
    }

    pub fn money(key: &'static str, label: &'static str) -> Self {
        Self::new(key, label, Kind::Money)
    }

    /// A choice over labels; without `allow_none` the first is chosen until changed.
    pub fn choice(
        key: &'static str,
        label: &'static str,
        labels: Vec<String>,
        allow_none: bool,
    ) -> Self {
        let first = if allow_none || labels.is_empty() {
            None
        } else {
            Some(0)
        };
        let mut f = Self::new(key, label, Kind::Choice { labels, allow_none });
        f.choice = first;
        f
    }

    pub fn fixed(key: &'static str, label: &'static str, value: &str) -> Self {
        let mut f = Self::new(key, label, Kind::Fixed);
        f.input.set(value);
        f
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn value(mut self, text: &str) -> Self {
        self.input.set(text);
        self
    }

    pub fn selected(mut self, index: Option<usize>) -> Self {
        self.choice = index;
        self
    }

    fn editable(&self) -> bool {
        self.kind != Kind::Fixed
    }

    fn labels(&self) -> &[String] {
        match &self.kind {
            Kind::Choice { labels, .. } => labels,
            _ => &[],
        }
    }

    /// The text as shown in the value column.
    fn shown(&self, focused: bool, theme: Theme) -> String {
        match &self.kind {
            Kind::Choice { labels, .. } => {
                let label = self
                    .choice
                    .and_then(|i| labels.get(i))
                    .map_or(s::FORM_NONE_CHOICE, String::as_str);
                match (focused, theme.ascii) {
                    (true, true) => format!("< {label} >"),
                    (true, false) => format!("◀ {label} ▶"),
                    (false, _) => label.to_string(),
                }
            }
            _ => self.input.text().to_string(),
        }
    }

    /// Checks what was typed; the message goes to the field.
    fn check(&mut self) {
        let text = self.input.text().trim();
        self.error = if self.required && self.is_blank() {
            Some(s::REQUIRED.to_string())
        } else if text.is_empty() {
            None
        } else {
            match &self.kind {
                Kind::Text { max_chars } => {
                    crate::domain::check_text_len(self.key, text, *max_chars).map(|e| e.message)
                }
                Kind::Date => parse_date(text).err().map(|e| e.to_string()),
                Kind::Number => parse_count(text).err().map(|e| e.to_string()),
                Kind::Money => parse_yuan(text).err().map(|e| e.to_string()),
                Kind::Choice { .. } | Kind::Fixed => None,
            }
        };
    }

    fn is_blank(&self) -> bool {
        match self.kind {
            Kind::Choice { .. } => self.choice.is_none(),
            _ => self.input.text().trim().is_empty(),
        }
    }

    /// A key in a choice field: ←/→ cycle, a digit picks the Nth, letters jump by pinyin
    /// initials, a Chinese character jumps to the first label containing it.
    fn choose(&mut self, input: &Input) -> bool {
        let (count, allow_none) = match &self.kind {
            Kind::Choice { labels, allow_none } => (labels.len(), *allow_none),
            _ => return false,
        };
        if count == 0 {
            return false;
        }
        let before = self.choice;
        match input {
            Input::Action(Action::Right) => {
                self.jump.clear();
                self.choice = match self.choice {
                    None => Some(0),
                    Some(i) if i + 1 < count => Some(i + 1),
                    Some(_) if allow_none => None,
                    Some(_) => Some(0),
                };
            }
            Input::Action(Action::Left) => {
                self.jump.clear();
                self.choice = match self.choice {
                    None => Some(count - 1),
                    Some(0) if allow_none => None,
                    Some(0) => Some(count - 1),
                    Some(i) => Some(i - 1),
                };
            }
            Input::Action(Action::Backspace | Action::Delete) if allow_none => {
                self.jump.clear();
                self.choice = None;
            }
            Input::Char(c) if c.is_ascii_digit() => {
                let n = c
                    .to_digit(10)
                    .map_or(0, |d| if d == 0 { 10 } else { d as usize });
                if n <= count {
                    self.choice = Some(n - 1);
                }
            }
            Input::Char(c) if c.is_ascii_alphabetic() => {
                let c = c.to_ascii_lowercase();
                self.jump.push(c);
                let mut found = find_by_pinyin(self.labels(), &self.jump);
                if found.is_none() {
                    self.jump = c.to_string();
                    found = find_by_pinyin(self.labels(), &self.jump);
                }
                if found.is_some() {
                    self.choice = found;
                }
            }
            Input::Char(c) => {
                if let Some(i) = self.labels().iter().position(|l| l.contains(*c)) {
                    self.choice = Some(i);
                }
            }
            _ => return false,
        }
        if self.choice != before {
            self.error = None;
        }
        true
    }
}

/// What an input did to the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    Ignored,
    Changed,
    /// The focus left the field with this key (after its own check).
    Left(&'static str),
    /// F10 / Ctrl+S and every field passed its own check.
    Save,
    /// F10 / Ctrl+S but some field has an error.
    Invalid,
    /// Esc: the owner asks first if [`Form::is_dirty`].
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    fields: Vec<Field>,
    focus: usize,
    dirty: bool,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Self {
        let mut form = Form {
            title: title.into(),
            fields,
            focus: 0,
            dirty: false,
        };
        form.focus = form.fields.iter().position(Field::editable).unwrap_or(0);
        form
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn focused_key(&self) -> Option<&'static str> {
        self.fields.get(self.focus).map(|f| f.key)
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

    /// Shows errors from validation at their fields and focuses the first.
    pub fn set_errors(&mut self, errors: &[FieldError]) {
        for e in errors {
            self.set_error(e.field, &e.message);
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
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
        let key = field.key;
        self.focus = next;
        FormEvent::Left(key)
    }

    pub fn handle(&mut self, input: &Input) -> FormEvent {
        match input {
            Input::Action(Action::NextField) => return self.move_focus(true),
            Input::Action(Action::PrevField) => return self.move_focus(false),
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
        let changed = if matches!(field.kind, Kind::Choice { .. }) {
            let before = field.choice;
            let handled = field.choose(input);
            if field.choice != before {
                self.dirty = true;
            }
            handled
        } else if field.editable() {
            let edit = match input {
                Input::Char(c) => {
                    field.input.insert(*c);
                    true
                }
                Input::Action(Action::Backspace) => field.input.backspace(),
                Input::Action(Action::Delete) => field.input.delete(),
                Input::Action(Action::Left) => return moved(field.input.left()),
                Input::Action(Action::Right) => return moved(field.input.right()),
                Input::Action(Action::LineStart) => {
                    field.input.home();
                    return FormEvent::Changed;
                }
                Input::Action(Action::LineEnd) => {
                    field.input.end();
                    return FormEvent::Changed;
                }
                _ => false,
            };
            if edit {
                self.dirty = true;
                field.error = None;
            }
            edit
        } else {
            false
        };
        moved(changed)
    }

    /// Draws the form in `area` and returns the terminal cursor's place.
    pub fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        let label_w = self
            .fields
            .iter()
            .map(|f| width(f.label) + 2)
            .max()
            .unwrap_or(4);
        // Rows: (field index, is_error_row)
        let mut rows: Vec<(usize, bool)> = Vec::new();
        for (i, f) in self.fields.iter().enumerate() {
            rows.push((i, false));
            if f.error.is_some() {
                rows.push((i, true));
            }
        }
        let inner_h = area.height.saturating_sub(2) as usize;
        let focus_end = rows
            .iter()
            .rposition(|(i, _)| *i == self.focus)
            .unwrap_or(0);
        let offset = (focus_end + 1).saturating_sub(inner_h);
        let below: usize = {
            let last_visible = offset + inner_h;
            let mut seen = std::collections::BTreeSet::new();
            for (i, err) in rows.iter().skip(last_visible) {
                if !err {
                    seen.insert(*i);
                }
            }
            seen.len()
        };
        let mut block = theme.block(&self.title);
        if below > 0 {
            block = block.title_bottom(Line::from(s::form_more_below(below)).right_aligned());
        }
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let value_w = (inner.width as usize).saturating_sub(label_w + 1);
        let mut lines = Vec::new();
        let mut cursor = None;
        for (row, (i, is_error)) in rows.iter().enumerate().skip(offset).take(inner_h) {
            let f = &self.fields[*i];
            let focused = *i == self.focus;
            if *is_error {
                let msg = safe(f.error.as_deref().unwrap_or_default()).into_owned();
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w + 1)),
                    Span::styled(msg, theme.error()),
                ]));
                continue;
            }
            let mark = if f.required {
                s::FORM_REQUIRED_MARK
            } else {
                " "
            };
            let label = format!("{mark}{}", f.label);
            let pad = " ".repeat(label_w.saturating_sub(width(&label)));
            let label_style = if focused {
                theme.focus()
            } else {
                theme.label()
            };
            let shown = f.shown(focused, theme);
            let caret = if matches!(f.kind, Kind::Choice { .. }) {
                0
            } else {
                f.input.caret()
            };
            let (visible, caret_col) = window(&safe(&shown), caret, value_w.max(1));
            let mut spans = vec![
                Span::raw(pad),
                Span::styled(label, label_style),
                Span::raw(" "),
                Span::styled(
                    visible.clone(),
                    if f.editable() {
                        theme.value(focused)
                    } else {
                        theme.dim()
                    },
                ),
            ];
            if !f.note.is_empty() {
                spans.push(Span::styled(format!("  {}", f.note), theme.dim()));
            }
            lines.push(Line::from(spans));
            if focused && f.editable() {
                let x = inner.x as usize + label_w + 1 + caret_col;
                let y = inner.y as usize + row - offset;
                cursor = Some(Position::new(x as u16, y as u16));
            }
        }
        frame.render_widget(Paragraph::new(lines), inner);
        cursor
    }
}

/// The first label whose pinyin initials or full pinyin start with `prefix`
/// (`hz` → 汉族, `hui` → 回族).
fn find_by_pinyin(labels: &[String], prefix: &str) -> Option<usize> {
    labels.iter().position(|l| {
        let keys = name_keys(l);
        keys.initials.starts_with(prefix) || keys.full.starts_with(prefix)
    })
}

fn moved(changed: bool) -> FormEvent {
    if changed {
        FormEvent::Changed
    } else {
        FormEvent::Ignored
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn type_text(form: &mut Form, text: &str) {
        for c in text.chars() {
            form.handle(&Input::Char(c));
        }
    }

    fn next(form: &mut Form) -> FormEvent {
        form.handle(&Input::Action(Action::NextField))
    }

    #[test]
    fn money_and_number_fields_check_what_was_typed() {
        let mut form = Form::new(
            "t",
            vec![
                Field::money("amount", "金额"),
                Field::number("people", "人数"),
            ],
        );
        for (typed, ok) in [
            ("1200.50", true),
            ("-3", false),
            ("1.234", false),
            ("abc", false),
        ] {
            form.set_text("amount", typed);
            form.handle(&Input::Action(Action::Save));
            assert_eq!(form.error("amount").is_none(), ok, "{typed}");
        }
        form.set_text("amount", "12");
        next(&mut form);
        type_text(&mut form, "3人");
        assert_eq!(next(&mut form), FormEvent::Left("people"));
        assert!(form.error("people").is_some());
    }

    #[test]
    fn a_choice_jumps_by_digit_initials_and_character() {
        let labels = ["汉族", "回族", "畲族", "其他"].map(String::from).to_vec();
        let mut form = Form::new("t", vec![Field::choice("e", "民族", labels, false)]);
        assert_eq!(form.choice_label("e"), "汉族");
        form.handle(&Input::Char('3'));
        assert_eq!(form.choice_label("e"), "畲族");
        form.handle(&Input::Char('h'));
        form.handle(&Input::Char('u'));
        assert_eq!(
            form.choice_label("e"),
            "回族",
            "h → 汉族 (hz), hu → 回族 (huizu)"
        );
        form.handle(&Input::Char('其'));
        assert_eq!(form.choice_label("e"), "其他");
        form.handle(&Input::Action(Action::Right));
        assert_eq!(form.choice_label("e"), "汉族", "wraps around");
        assert!(form.is_dirty());
    }

    #[test]
    fn a_long_form_scrolls_to_keep_the_focus_visible() {
        let fields: Vec<Field> = (0..30)
            .map(|i| Field::text(["a", "b", "c"][i % 3], "字段", 10).value(&i.to_string()))
            .collect();
        let mut form = Form::new("长表单", fields);
        for _ in 0..25 {
            next(&mut form);
        }
        let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
        terminal
            .draw(|f| {
                let area = f.area();
                form.render(f, area, Theme::default());
            })
            .unwrap();
        let text: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect::<String>()
            .replace(' ', "");
        assert!(text.contains("字段25"), "the focused field is on screen");
        assert!(!text.contains("字段0"), "the first field scrolled away");
        assert!(text.contains("还有4项"), "{text}");
    }
}
