//! Everything a key can ask for. Each action has a description, which feeds the help popup and
//! the bottom key line, so both always agree with the keymap.

use crate::strings as s;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Help,
    Quit,
    Tab(u8),
    PrevTab,
    NextTab,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    New,
    Search,
    Actions,
    Void,
    Print,
    Settings,
    Back,
    Save,
    NextField,
    /// Enter in a form: the next field, or the person picker in a person field.
    EnterField,
    PrevField,
    Left,
    Right,
    LineStart,
    LineEnd,
    Backspace,
    Delete,
    Take,
    NewPerson,
    Confirm,
    Switch,
    /// Enter in a grid: the next row, same column.
    NextRow,
    /// Space in a grid: tick the row's tick cell, wherever the caret is.
    Tick,
    /// A grid: fill the focused column of every shown row with the column's default.
    FillColumn,
    /// A grid: show only the rows of one village or group.
    Filter,
}

/// One key, after the keymap: an action, or a character typed as text; or a paste, whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    Char(char),
    /// Text pasted in one piece (bracketed paste), as the terminal sent it.
    Paste(String),
}

impl Action {
    pub fn description(self) -> &'static str {
        match self {
            Action::Help => s::ACT_HELP,
            Action::Quit => s::ACT_QUIT,
            Action::Tab(_) => s::ACT_TAB,
            Action::PrevTab => s::ACT_PREV_TAB,
            Action::NextTab => s::ACT_NEXT_TAB,
            Action::Up => s::ACT_UP,
            Action::Down => s::ACT_DOWN,
            Action::PageUp => s::ACT_PAGE_UP,
            Action::PageDown => s::ACT_PAGE_DOWN,
            Action::First => s::ACT_FIRST,
            Action::Last => s::ACT_LAST,
            Action::Open => s::ACT_OPEN,
            Action::New => s::ACT_NEW,
            Action::Search => s::ACT_SEARCH,
            Action::Actions => s::ACT_ACTIONS,
            Action::Void => s::ACT_VOID,
            Action::Print => s::ACT_PRINT,
            Action::Settings => s::ACT_SETTINGS,
            Action::Back => s::ACT_BACK,
            Action::Save => s::ACT_SAVE,
            Action::NextField => s::ACT_NEXT_FIELD,
            Action::EnterField => s::ACT_ENTER_FIELD,
            Action::PrevField => s::ACT_PREV_FIELD,
            Action::Left => s::ACT_LEFT,
            Action::Right => s::ACT_RIGHT,
            Action::LineStart => s::ACT_LINE_START,
            Action::LineEnd => s::ACT_LINE_END,
            Action::Backspace => s::ACT_BACKSPACE,
            Action::Delete => s::ACT_DELETE,
            Action::Take => s::ACT_TAKE,
            Action::NewPerson => s::ACT_NEW_PERSON,
            Action::Confirm => s::ACT_CONFIRM,
            Action::Switch => s::ACT_SWITCH,
            Action::NextRow => s::ACT_NEXT_ROW,
            Action::Tick => s::ACT_TICK,
            Action::FillColumn => s::ACT_FILL_COLUMN,
            Action::Filter => s::ACT_GRID_FILTER,
        }
    }
}
