//! The columns of a grid, what a cell holds, and how a cell takes a key: typing replaces the
//! value and is checked when the caret leaves; a choice or a tick changes at once.

use crate::domain::text::fold_fullwidth;
use crate::domain::{
    check_text_len, format_fen, format_tenths, name_keys, parse_count, parse_tenths, parse_yuan,
};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::Input;
use crate::ui::text::width;

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Read-only text of the row (name, village, group …); the caret skips it.
    Label,
    /// Hours with at most one decimal (1.5), kept as whole tenths, at most `max_tenths`.
    Hours { max_tenths: u32 },
    /// A whole number, at most `max`.
    Count { max: u32 },
    /// Yuan with at most two decimals, kept as fen, at most `max_fen`.
    Money { max_fen: i64 },
    /// One of the labels: ←/→ step, a digit picks the Nth, pinyin letters jump.
    Choice { labels: Vec<String> },
    /// Yes or no: Space ticks (1 / 0 set it too).
    Tick,
    /// A short text of at most `max_chars` characters (Space ticks, so no ASCII spaces).
    Note { max_chars: usize },
}

/// A cell's value. Numbers are integers: hours in tenths, money in fen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Value {
    #[default]
    Empty,
    Tenths(u32),
    Count(u32),
    Fen(i64),
    /// The index of the chosen label.
    Choice(usize),
    Tick(bool),
    Text(String),
}

/// One column of a grid, declared by the tab.
#[derive(Debug, Clone)]
pub struct Column {
    pub key: &'static str,
    pub title: &'static str,
    pub(super) kind: Kind,
    /// Label columns: the width wanted, in display columns (narrowed first when short of room).
    pub(super) width: usize,
    /// What F5 fills into the shown rows.
    pub(super) default: Option<Value>,
}

impl Column {
    fn new(key: &'static str, title: &'static str, kind: Kind) -> Self {
        Column {
            key,
            title,
            kind,
            width: 0,
            default: None,
        }
    }

    /// Read-only text from the row; `width` in display columns (a Chinese character is 2).
    pub fn label(key: &'static str, title: &'static str, width: usize) -> Self {
        let mut c = Self::new(key, title, Kind::Label);
        c.width = width;
        c
    }

    pub fn hours(key: &'static str, title: &'static str, max_tenths: u32) -> Self {
        Self::new(key, title, Kind::Hours { max_tenths })
    }

    pub fn count(key: &'static str, title: &'static str, max: u32) -> Self {
        Self::new(key, title, Kind::Count { max })
    }

    pub fn money(key: &'static str, title: &'static str, max_fen: i64) -> Self {
        Self::new(key, title, Kind::Money { max_fen })
    }

    pub fn choice(key: &'static str, title: &'static str, labels: Vec<String>) -> Self {
        Self::new(key, title, Kind::Choice { labels })
    }

    /// A yes/no column; F5 ticks every shown row unless another default is given.
    pub fn tick(key: &'static str, title: &'static str) -> Self {
        Self::new(key, title, Kind::Tick).default(Value::Tick(true))
    }

    pub fn note(key: &'static str, title: &'static str, max_chars: usize) -> Self {
        Self::new(key, title, Kind::Note { max_chars })
    }

    /// The value F5 fills in. It must suit the column (hours take `Value::Tenths` …).
    pub fn default(mut self, value: Value) -> Self {
        debug_assert!(self.fits(&value), "{}: default {value:?}", self.key);
        self.default = Some(value);
        self
    }

    pub fn kind(&self) -> &Kind {
        &self.kind
    }

    pub(super) fn editable(&self) -> bool {
        self.kind != Kind::Label
    }

    pub(super) fn is_tick(&self) -> bool {
        self.kind == Kind::Tick
    }

    /// Whether `value` is one this column can hold.
    pub(super) fn fits(&self, value: &Value) -> bool {
        match (&self.kind, value) {
            (_, Value::Empty) => true,
            (Kind::Label | Kind::Note { .. }, Value::Text(_)) => true,
            (Kind::Hours { max_tenths }, Value::Tenths(t)) => t <= max_tenths,
            (Kind::Count { max }, Value::Count(n)) => n <= max,
            (Kind::Money { max_fen }, Value::Fen(f)) => (0..=*max_fen).contains(f),
            (Kind::Choice { labels }, Value::Choice(i)) => *i < labels.len(),
            (Kind::Tick, Value::Tick(_)) => true,
            _ => false,
        }
    }

    /// The value as shown in its cell.
    pub(super) fn show(&self, value: &Value) -> String {
        match (&self.kind, value) {
            (Kind::Tick, Value::Tick(true)) => s::GRID_TICK_YES.to_string(),
            (Kind::Tick, _) => s::GRID_TICK_NO.to_string(),
            (_, Value::Empty) => String::new(),
            (_, Value::Tenths(t)) => format_tenths(*t),
            (_, Value::Count(n)) => n.to_string(),
            (_, Value::Fen(f)) => format_fen(*f),
            (Kind::Choice { labels }, Value::Choice(i)) => {
                labels.get(*i).cloned().unwrap_or_default()
            }
            (_, Value::Text(t)) => t.clone(),
            _ => String::new(),
        }
    }

    /// The text typed into a cell as a value, or the message why not.
    pub(super) fn parse(&self, typed: &str) -> Result<Value, String> {
        let text = typed.trim();
        if text.is_empty() {
            return Ok(Value::Empty);
        }
        match &self.kind {
            Kind::Hours { max_tenths } => parse_tenths(text, *max_tenths)
                .map(Value::Tenths)
                .map_err(|e| e.to_string()),
            Kind::Count { max } => match parse_count(text) {
                Ok(n) if n > *max => Err(s::grid_count_over_max(*max)),
                Ok(n) => Ok(Value::Count(n)),
                Err(e) => Err(e.to_string()),
            },
            Kind::Money { max_fen } => match parse_yuan(text) {
                Ok(f) if f > *max_fen => Err(s::grid_money_over_max(&format_fen(*max_fen))),
                Ok(f) => Ok(Value::Fen(f)),
                Err(e) => Err(e.to_string()),
            },
            Kind::Note { max_chars } => match check_text_len(self.key, text, *max_chars) {
                Some(e) => Err(e.message),
                None => Ok(Value::Text(text.to_string())),
            },
            // Choices and ticks change at once; labels are not typed into.
            Kind::Label | Kind::Choice { .. } | Kind::Tick => Ok(Value::Empty),
        }
    }

    /// Hours, counts and money: drawn right-aligned.
    pub(super) fn is_number(&self) -> bool {
        matches!(
            self.kind,
            Kind::Hours { .. } | Kind::Count { .. } | Kind::Money { .. }
        )
    }

    /// Whether what is typed goes into an edit buffer (checked when the caret leaves).
    pub(super) fn is_typed(&self) -> bool {
        matches!(
            self.kind,
            Kind::Hours { .. } | Kind::Count { .. } | Kind::Money { .. } | Kind::Note { .. }
        )
    }

    /// The narrowest the column may get, and the width it would like, in display columns.
    pub(super) fn widths(&self) -> (usize, usize) {
        let title = width(self.title);
        let content = match &self.kind {
            Kind::Label => return (self.width.min(6), self.width.max(1)),
            Kind::Hours { max_tenths } => format_tenths(*max_tenths).len(),
            Kind::Count { max } => max.to_string().len(),
            Kind::Money { max_fen } => format_fen(*max_fen).len(),
            Kind::Choice { labels } => labels.iter().map(|l| width(l)).max().unwrap_or(2),
            Kind::Tick => width(s::GRID_TICK_YES),
            Kind::Note { max_chars } => return (6, (max_chars * 2).clamp(6, 24).max(title)),
        };
        (content.max(2), content.max(title))
    }
}

/// One cell of one row.
#[derive(Debug, Clone, Default)]
pub(super) struct Cell {
    pub value: Value,
    /// The value the row came with, to tell changed rows from untouched ones.
    pub initial: Value,
    /// What is being typed, or what was typed and refused; None shows the value.
    pub typed: Option<String>,
    pub error: Option<String>,
}

impl Cell {
    pub fn new(value: Value) -> Self {
        Cell {
            initial: value.clone(),
            value,
            typed: None,
            error: None,
        }
    }

    /// Checks what was typed: a good value replaces the old one, a bad one stays with its
    /// message.
    pub fn commit(&mut self, column: &Column) {
        if let Some(typed) = &self.typed {
            match column.parse(typed) {
                Ok(value) => {
                    self.value = value;
                    self.typed = None;
                    self.error = None;
                }
                Err(message) => self.error = Some(message),
            }
        }
    }

    /// A key in this cell. `fresh`: the caret just came here, so a typed character replaces
    /// the value. `jump`: letters typed so far in a choice cell. False when the key does
    /// nothing here.
    pub fn take(&mut self, column: &Column, input: &Input, fresh: bool, jump: &mut String) -> bool {
        match &column.kind {
            Kind::Label => false,
            Kind::Tick => self.take_tick(input),
            Kind::Choice { labels } => self.take_choice(labels, input, jump),
            _ => self.take_typed(column, input, fresh),
        }
    }

    fn set(&mut self, value: Value) {
        self.value = value;
        self.typed = None;
        self.error = None;
    }

    fn take_typed(&mut self, column: &Column, input: &Input, fresh: bool) -> bool {
        match input {
            Input::Char(c) => {
                let mut text = if fresh {
                    String::new()
                } else {
                    self.shown(column)
                };
                text.push(*c);
                self.typed = Some(text);
            }
            // A paste goes in whole, one line (a cell holds a count, hours or a short note).
            Input::Paste(pasted) => {
                let pasted = crate::domain::text::paste_text(pasted);
                let mut text = if fresh {
                    String::new()
                } else {
                    self.shown(column)
                };
                text.push_str(pasted.trim());
                self.typed = Some(text);
            }
            Input::Action(Action::Backspace) => {
                let mut text = self.shown(column);
                if text.pop().is_none() {
                    return false;
                }
                self.typed = Some(text);
            }
            Input::Action(Action::Delete) => {
                if self.value == Value::Empty && self.typed.is_none() {
                    return false;
                }
                self.set(Value::Empty);
                return true;
            }
            _ => return false,
        }
        self.error = None;
        true
    }

    fn take_tick(&mut self, input: &Input) -> bool {
        let ticked = self.value == Value::Tick(true);
        let next = match input {
            Input::Action(Action::Tick) => !ticked,
            Input::Char(c) => match fold_fullwidth(&c.to_string()).as_str() {
                "1" => true,
                "0" => false,
                _ => return false,
            },
            Input::Action(Action::Backspace | Action::Delete) => false,
            _ => return false,
        };
        self.set(Value::Tick(next));
        true
    }

    fn take_choice(&mut self, labels: &[String], input: &Input, jump: &mut String) -> bool {
        let count = labels.len();
        if count == 0 {
            return false;
        }
        let at = match self.value {
            Value::Choice(i) if i < count => Some(i),
            _ => None,
        };
        let chosen = match input {
            Input::Action(Action::Right) => {
                jump.clear();
                at.map_or(0, |i| (i + 1) % count)
            }
            Input::Action(Action::Left) => {
                jump.clear();
                at.map_or(count - 1, |i| (i + count - 1) % count)
            }
            Input::Action(Action::Backspace | Action::Delete) => {
                jump.clear();
                if at.is_none() {
                    return false;
                }
                self.set(Value::Empty);
                return true;
            }
            Input::Char(c) => {
                let c = fold_fullwidth(&c.to_string()).chars().next().unwrap_or(*c);
                if let Some(d) = c.to_digit(10) {
                    let n = if d == 0 { 10 } else { d as usize };
                    if n > count {
                        return false;
                    }
                    n - 1
                } else if c.is_ascii_alphabetic() {
                    let c = c.to_ascii_lowercase();
                    jump.push(c);
                    let found = find_by_pinyin(labels, jump).or_else(|| {
                        *jump = c.to_string();
                        find_by_pinyin(labels, jump)
                    });
                    match found {
                        Some(i) => i,
                        None => return false,
                    }
                } else {
                    match labels.iter().position(|l| l.contains(c)) {
                        Some(i) => i,
                        None => return false,
                    }
                }
            }
            _ => return false,
        };
        self.set(Value::Choice(chosen));
        true
    }

    /// The text shown in the cell: what is typed, else the value.
    pub fn shown(&self, column: &Column) -> String {
        match &self.typed {
            Some(t) => t.clone(),
            None => column.show(&self.value),
        }
    }
}

/// The first label whose pinyin initials or full pinyin start with `prefix` (`hg` → 合格,
/// `liang` → 良好), as the form's choice field does.
fn find_by_pinyin(labels: &[String], prefix: &str) -> Option<usize> {
    labels.iter().position(|l| {
        let keys = name_keys(l);
        keys.initials.starts_with(prefix) || keys.full.starts_with(prefix)
    })
}
