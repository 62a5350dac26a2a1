//! One field of a form: its kind, what was typed or chosen, its error and note, and how it
//! takes a key.

use std::borrow::Cow;

use crate::domain::text::{is_hidden_format, paste_text};
use crate::domain::{
    name_keys, parse_count, parse_date, parse_datetime_minute, parse_month, parse_yuan,
};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::theme::Theme;
use crate::ui::widgets::digit_jump;
use crate::ui::widgets::text_input::TextInput;

/// A field's key or label: a literal, or built at run time (a field per database row).
pub type Key = Cow<'static, str>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text {
        max_chars: usize,
    },
    /// Long text (facts, a summary, a record of mediation, a reason): wrapped over several
    /// lines in the form; ↑/↓ move between its lines, Enter still goes to the next field.
    Note {
        max_chars: usize,
    },
    Date,
    /// A date and a time to the minute: 2026-11-29 09:30.
    DateTime,
    /// A whole number of people, households …
    Number,
    /// Yuan with up to two decimals (stored as fen by the caller).
    Money,
    Choice {
        labels: Vec<String>,
        allow_none: bool,
    },
    /// None, one or several of the labels: a digit or Space toggles, ←/→ move.
    Multi {
        labels: Vec<String>,
    },
    /// A person of the registry (Enter or F2 opens the picker), or only a typed name.
    Person,
    /// Shown, not editable; focus skips it.
    Fixed,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: Key,
    pub label: Key,
    pub(super) kind: Kind,
    pub(super) required: bool,
    /// Marked `*` though the owner's validation, not the form, checks it (with its own
    /// message, beside the other fields' errors).
    pub(super) marked: bool,
    pub(super) input: TextInput,
    /// The chosen label (Choice), or the highlighted one (Multi).
    pub(super) choice: Option<usize>,
    /// Multi: which labels are ticked.
    pub(super) picked: Vec<bool>,
    /// Person: the chosen person's id; None while only a name is typed.
    pub(super) person: Option<i64>,
    pub(super) error: Option<String>,
    pub(super) note: String,
    /// Letters typed in a choice field, to jump by pinyin.
    pub(super) jump: String,
    /// A date field that also takes a month (`202611`: the whole month, in a filter).
    pub(super) month_ok: bool,
}

impl Field {
    fn new(key: impl Into<Key>, label: impl Into<Key>, kind: Kind) -> Self {
        Field {
            key: key.into(),
            label: label.into(),
            kind,
            required: false,
            marked: false,
            input: TextInput::default(),
            choice: None,
            picked: Vec::new(),
            person: None,
            error: None,
            note: String::new(),
            jump: String::new(),
            month_ok: false,
        }
    }

    pub fn text(key: impl Into<Key>, label: impl Into<Key>, max_chars: usize) -> Self {
        Self::new(key, label, Kind::Text { max_chars })
    }

    /// Long text shown wrapped over several lines.
    pub fn note(key: impl Into<Key>, label: impl Into<Key>, max_chars: usize) -> Self {
        Self::new(key, label, Kind::Note { max_chars })
    }

    pub fn date(key: impl Into<Key>, label: impl Into<Key>) -> Self {
        Self::new(key, label, Kind::Date)
    }

    pub fn datetime(key: impl Into<Key>, label: impl Into<Key>) -> Self {
        Self::new(key, label, Kind::DateTime)
    }

    pub fn number(key: impl Into<Key>, label: impl Into<Key>) -> Self {
        Self::new(key, label, Kind::Number)
    }

    pub fn money(key: impl Into<Key>, label: impl Into<Key>) -> Self {
        Self::new(key, label, Kind::Money)
    }

    /// A choice over labels; without `allow_none` the first is chosen until changed.
    pub fn choice(
        key: impl Into<Key>,
        label: impl Into<Key>,
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

    pub fn multi(key: impl Into<Key>, label: impl Into<Key>, labels: Vec<String>) -> Self {
        let mut f = Self::new(key, label, Kind::Multi { labels });
        f.picked = vec![false; f.labels().len()];
        f.choice = Some(0);
        f
    }

    pub fn person(key: impl Into<Key>, label: impl Into<Key>) -> Self {
        Self::new(key, label, Kind::Person)
    }

    pub fn fixed(key: impl Into<Key>, label: impl Into<Key>, value: &str) -> Self {
        let mut f = Self::new(key, label, Kind::Fixed);
        f.input.set(value);
        f
    }

    /// A date field that also takes a month (`202611`, `2026-11`).
    pub fn or_month(mut self) -> Self {
        self.month_ok = true;
        self
    }

    pub(super) fn is_date(&self) -> bool {
        matches!(self.kind, Kind::Date | Kind::DateTime)
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Marked required (`*`), checked by the owner's save (a visitor: a person, a name or 匿名).
    pub fn required_by_owner(mut self) -> Self {
        self.marked = true;
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

    pub(super) fn editable(&self) -> bool {
        self.kind != Kind::Fixed
    }

    pub(super) fn is_choice(&self) -> bool {
        matches!(self.kind, Kind::Choice { .. } | Kind::Multi { .. })
    }

    pub(super) fn labels(&self) -> &[String] {
        match &self.kind {
            Kind::Choice { labels, .. } | Kind::Multi { labels } => labels,
            _ => &[],
        }
    }

    /// The value as shown, and the caret's place in it (in characters).
    pub(super) fn shown(&self, focused: bool, theme: Theme) -> (String, usize) {
        match &self.kind {
            Kind::Choice { labels, .. } => {
                let label = self
                    .choice
                    .and_then(|i| labels.get(i))
                    .map_or(s::FORM_NONE_CHOICE, String::as_str);
                let text = match (focused, theme.ascii) {
                    (true, true) => format!("< {label} >"),
                    (true, false) => format!("◀ {label} ▶"),
                    (false, _) => label.to_string(),
                };
                (text, 0)
            }
            Kind::Multi { .. } => {
                let (items, at) = self.items();
                let caret = items[..at].iter().map(|i| i.chars().count() + 1).sum();
                (items.join(" "), caret)
            }
            _ => (self.input.text().to_string(), self.input.caret()),
        }
    }

    /// Checks what was typed; the message goes to the field.
    pub(super) fn check(&mut self) {
        let text = self.input.text().trim();
        self.error = if self.required && self.is_blank() {
            Some(s::REQUIRED.to_string())
        } else if text.is_empty() {
            None
        } else {
            match &self.kind {
                Kind::Text { max_chars } | Kind::Note { max_chars } => {
                    crate::domain::check_text_len("", text, *max_chars).map(|e| e.message)
                }
                Kind::Date if self.month_ok && parse_month(text).is_ok() => None,
                Kind::Date => parse_date(text).err().map(|e| e.to_string()),
                Kind::DateTime => parse_datetime_minute(text).err().map(|e| e.to_string()),
                Kind::Number => parse_count(text).err().map(|e| e.to_string()),
                Kind::Money => parse_yuan(text).err().map(|e| e.to_string()),
                Kind::Choice { .. } | Kind::Multi { .. } | Kind::Person | Kind::Fixed => None,
            }
        };
    }

    fn is_blank(&self) -> bool {
        match self.kind {
            Kind::Choice { .. } => self.choice.is_none(),
            Kind::Multi { .. } => !self.picked.contains(&true),
            _ => self.input.text().trim().is_empty(),
        }
    }

    /// An edit of a text-like field; false when the key does nothing here. A bidirectional
    /// override or a zero-width character is refused; a paste goes in whole, its line breaks
    /// and tabs folded to spaces (a note too: it is wrapped, never broken).
    pub(super) fn edit(&mut self, input: &Input) -> bool {
        let changed = match input {
            Input::Char(c) if is_hidden_format(*c) => false,
            Input::Char(c) => {
                self.input.insert(*c);
                true
            }
            Input::Paste(text) => {
                let text = paste_text(text);
                self.input.insert_str(&text);
                !text.is_empty()
            }
            Input::Action(Action::Backspace) => self.input.backspace(),
            Input::Action(Action::Delete) => self.input.delete(),
            _ => false,
        };
        if changed {
            self.error = None;
            if self.kind == Kind::Person {
                // Typing makes it a name only, no longer the chosen person.
                self.person = None;
                self.note.clear();
            }
        }
        changed
    }

    /// A key in a choice field: ←/→ cycle, a digit picks the Nth, letters jump by pinyin, a
    /// Chinese character jumps to the first label containing it. In a multi field ←/→ move,
    /// a digit or Space ticks. False when the key does nothing here.
    pub(super) fn choose(&mut self, input: &Input) -> bool {
        let count = self.labels().len();
        if count == 0 {
            return false;
        }
        if let Kind::Multi { .. } = self.kind {
            return self.tick(input, count);
        }
        let allow_none = matches!(
            self.kind,
            Kind::Choice {
                allow_none: true,
                ..
            }
        );
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
                if let Some(i) = self.pinyin_jump(*c) {
                    self.choice = Some(i);
                }
            }
            Input::Char(c) => {
                if let Some(i) = self.labels().iter().position(|l| l.contains(*c)) {
                    self.choice = Some(i);
                }
            }
            _ => return false,
        }
        self.error = None;
        true
    }

    /// A key in a multi field: ←/→ move, digits jump to the Nth (two digits reach the 10th
    /// and later: `1` `2` → 12), letters jump by pinyin, Space ticks, Backspace unticks.
    fn tick(&mut self, input: &Input, count: usize) -> bool {
        let at = self.choice.unwrap_or(0).min(count - 1);
        // Digits add up to a number only while typed one after another: `1` Space `2` is the
        // first and the second, not the twelfth.
        if !matches!(input, Input::Char(c) if c.is_ascii_digit()) {
            self.jump.retain(|c| !c.is_ascii_digit());
        }
        match input {
            Input::Action(Action::Right) => self.choice = Some((at + 1) % count),
            Input::Action(Action::Left) => self.choice = Some((at + count - 1) % count),
            Input::Char(' ') => self.toggle(at),
            Input::Char(c) if c.is_ascii_digit() => match digit_jump(&mut self.jump, *c, count) {
                Some(n) => self.choice = Some(n - 1),
                None => return false,
            },
            Input::Char(c) if c.is_ascii_alphabetic() => match self.pinyin_jump(*c) {
                Some(i) => self.choice = Some(i),
                None => return false,
            },
            Input::Char(c) => match self.labels().iter().position(|l| l.contains(*c)) {
                Some(i) => self.choice = Some(i),
                None => return false,
            },
            // Backspace unticks the highlighted entry (one key never wipes every tick).
            Input::Action(Action::Backspace | Action::Delete) => match self.picked.get_mut(at) {
                Some(p) if *p => *p = false,
                _ => return false,
            },
            _ => return false,
        }
        self.error = None;
        true
    }

    /// A multi field's entries as shown ("[x]1汉族"), and the highlighted one.
    pub(super) fn items(&self) -> (Vec<String>, usize) {
        let labels = self.labels();
        let items = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let mark = if self.picked.get(i).copied().unwrap_or(false) {
                    "[x]"
                } else {
                    "[ ]"
                };
                format!("{mark}{}{label}", i + 1)
            })
            .collect();
        (
            items,
            self.choice.unwrap_or(0).min(labels.len().saturating_sub(1)),
        )
    }

    /// A letter typed in a choice: letters typed one after another are matched against the
    /// labels' pinyin ("hu" → 回族); when they match none, this letter alone is tried.
    fn pinyin_jump(&mut self, c: char) -> Option<usize> {
        if self.jump.chars().any(|j| j.is_ascii_digit()) {
            self.jump.clear();
        }
        let c = c.to_ascii_lowercase();
        self.jump.push(c);
        let found = find_by_pinyin(self.labels(), &self.jump);
        if found.is_some() {
            return found;
        }
        self.jump = c.to_string();
        find_by_pinyin(self.labels(), &self.jump)
    }

    fn toggle(&mut self, i: usize) {
        if let Some(p) = self.picked.get_mut(i) {
            *p = !*p;
        }
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
