//! The keymap of each mode: the one table that the event loop, the help popup and the bottom
//! key line all read. Staff type Chinese through an input method that swallows plain letters,
//! so every action has a function-key, Ctrl, Enter, Esc, Tab, arrow or digit binding.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Input};

/// What kind of thing has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A list or a screen of records.
    Browse,
    /// A form: printable characters are text.
    Form,
    /// The person picker: printable characters are the search.
    Picker,
    /// A message or the help: read and close.
    Popup,
    /// A yes/no question.
    Confirm,
    /// A short list to choose from (who is at the desk, the settings menu).
    Menu,
    /// A grid of rows entered in one sitting: Space ticks, other printable characters are
    /// typed into the focused cell.
    Grid,
}

pub const MODES: [Mode; 7] = [
    Mode::Browse,
    Mode::Form,
    Mode::Picker,
    Mode::Popup,
    Mode::Confirm,
    Mode::Menu,
    Mode::Grid,
];

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub code: KeyCode,
    pub ctrl: bool,
    /// How the key is written in the help and the bottom line.
    pub label: &'static str,
    pub action: Action,
    /// Shown on the bottom line.
    pub hint: bool,
}

const fn key(code: KeyCode, label: &'static str, action: Action, hint: bool) -> Binding {
    Binding {
        code,
        ctrl: false,
        label,
        action,
        hint,
    }
}

const fn ctrl(c: char, label: &'static str, action: Action) -> Binding {
    Binding {
        code: KeyCode::Char(c),
        ctrl: true,
        label,
        action,
        hint: false,
    }
}

use Action as A;
use KeyCode as K;

const BROWSE: &[Binding] = &[
    key(K::F(1), "F1", A::Help, true),
    key(K::Char('1'), "1", A::Tab(0), false),
    key(K::Char('2'), "2", A::Tab(1), false),
    key(K::Char('3'), "3", A::Tab(2), false),
    key(K::Char('4'), "4", A::Tab(3), false),
    key(K::Char('5'), "5", A::Tab(4), false),
    key(K::Left, "←", A::PrevTab, false),
    key(K::Right, "→", A::NextTab, false),
    key(K::Up, "↑", A::Up, false),
    key(K::Down, "↓", A::Down, false),
    key(K::PageUp, "PgUp", A::PageUp, false),
    key(K::PageDown, "PgDn", A::PageDown, false),
    key(K::Home, "Home", A::First, false),
    key(K::End, "End", A::Last, false),
    key(K::Enter, "Enter", A::Open, true),
    key(K::Tab, "Tab", A::NextField, false),
    key(K::F(2), "F2", A::New, true),
    key(K::F(3), "F3", A::Search, true),
    ctrl('f', "Ctrl+F", A::Search),
    key(K::F(4), "F4", A::Actions, true),
    key(K::F(8), "F8", A::Void, true),
    key(K::F(9), "F9", A::Print, true),
    key(K::F(12), "F12", A::Settings, true),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const FORM: &[Binding] = &[
    key(K::F(1), "F1", A::Help, true),
    key(K::F(10), "F10", A::Save, true),
    ctrl('s', "Ctrl+S", A::Save),
    key(K::Tab, "Tab", A::NextField, true),
    key(K::BackTab, "Shift+Tab", A::PrevField, false),
    key(K::Enter, "Enter", A::EnterField, false),
    key(K::Down, "↓", A::Down, false),
    key(K::Up, "↑", A::Up, false),
    key(K::Left, "←", A::Left, false),
    key(K::Right, "→", A::Right, false),
    key(K::Home, "Home", A::LineStart, false),
    key(K::End, "End", A::LineEnd, false),
    key(K::Backspace, "Backspace", A::Backspace, false),
    key(K::Delete, "Del", A::Delete, false),
    key(K::F(2), "F2", A::NewPerson, false),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const PICKER: &[Binding] = &[
    key(K::F(1), "F1", A::Help, true),
    key(K::Up, "↑", A::Up, false),
    key(K::Down, "↓", A::Down, false),
    key(K::Enter, "Enter", A::Take, true),
    key(K::F(2), "F2", A::NewPerson, true),
    key(K::Left, "←", A::Left, false),
    key(K::Right, "→", A::Right, false),
    key(K::Backspace, "Backspace", A::Backspace, false),
    key(K::Delete, "Del", A::Delete, false),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const POPUP: &[Binding] = &[
    key(K::F(1), "F1", A::Help, false),
    key(K::Up, "↑", A::Up, false),
    key(K::Down, "↓", A::Down, false),
    key(K::PageUp, "PgUp", A::PageUp, false),
    key(K::PageDown, "PgDn", A::PageDown, false),
    key(K::Enter, "Enter", A::Back, true),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const CONFIRM: &[Binding] = &[
    key(K::F(1), "F1", A::Help, false),
    key(K::Enter, "Enter", A::Confirm, true),
    key(K::Left, "←", A::Switch, false),
    key(K::Right, "→", A::Switch, false),
    key(K::Tab, "Tab", A::Switch, false),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const MENU: &[Binding] = &[
    key(K::F(1), "F1", A::Help, true),
    key(K::Up, "↑", A::Up, false),
    key(K::Down, "↓", A::Down, false),
    key(K::PageUp, "PgUp", A::PageUp, false),
    key(K::PageDown, "PgDn", A::PageDown, false),
    key(K::Home, "Home", A::First, false),
    key(K::End, "End", A::Last, false),
    key(K::Enter, "Enter", A::Open, true),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

const GRID: &[Binding] = &[
    key(K::F(1), "F1", A::Help, true),
    key(K::Char(' '), "Space", A::Tick, true),
    key(K::F(5), "F5", A::FillColumn, true),
    key(K::F(3), "F3", A::Filter, true),
    ctrl('f', "Ctrl+F", A::Filter),
    key(K::F(10), "F10", A::Save, true),
    ctrl('s', "Ctrl+S", A::Save),
    key(K::Enter, "Enter", A::NextRow, false),
    key(K::Tab, "Tab", A::NextField, false),
    key(K::BackTab, "Shift+Tab", A::PrevField, false),
    key(K::Up, "↑", A::Up, false),
    key(K::Down, "↓", A::Down, false),
    key(K::Left, "←", A::Left, false),
    key(K::Right, "→", A::Right, false),
    key(K::PageUp, "PgUp", A::PageUp, false),
    key(K::PageDown, "PgDn", A::PageDown, false),
    key(K::Home, "Home", A::First, false),
    key(K::End, "End", A::Last, false),
    key(K::Backspace, "Backspace", A::Backspace, false),
    key(K::Delete, "Del", A::Delete, false),
    key(K::Esc, "Esc", A::Back, true),
    ctrl('q', "Ctrl+Q", A::Quit),
];

pub fn bindings(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::Browse => BROWSE,
        Mode::Form => FORM,
        Mode::Picker => PICKER,
        Mode::Popup => POPUP,
        Mode::Confirm => CONFIRM,
        Mode::Menu => MENU,
        Mode::Grid => GRID,
    }
}

/// The key written as (code, ctrl), with letters folded to lower case and Shift ignored
/// (terminals differ in how they report Shift+Tab and capital letters with Ctrl).
fn normalise(key: &KeyEvent) -> (KeyCode, bool) {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let code = match key.code {
        KeyCode::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    (code, ctrl)
}

/// Keys whose meaning belongs to the screen (Enter opens what, F2 makes what, Tab in a list
/// moves to which part …): shown only where the screen lists them as commands. The others
/// (moving, typing, help, quit, back) mean the same everywhere and are always shown.
pub fn is_screen_command(mode: Mode, action: Action) -> bool {
    match action {
        Action::Open
        | Action::New
        | Action::Search
        | Action::Actions
        | Action::Void
        | Action::Print
        | Action::Settings
        | Action::FillColumn
        | Action::Tick
        | Action::Filter => true,
        Action::NextField | Action::PrevField => mode == Mode::Browse,
        // In a form, F2 only where the form has a person field.
        Action::NewPerson => mode == Mode::Form,
        // Over the bare tabs only: the app lists them when nothing is open over a tab.
        Action::Tab(_) | Action::PrevTab | Action::NextTab => true,
        _ => false,
    }
}

/// The action bound to this key in this mode.
pub fn lookup(mode: Mode, key: &KeyEvent) -> Option<Action> {
    let (code, ctrl) = normalise(key);
    bindings(mode)
        .iter()
        .find(|b| b.code == code && b.ctrl == ctrl)
        .map(|b| b.action)
}

/// A printable character typed without Ctrl or Alt: text in a form or the picker.
pub fn typed_char(key: &KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                && !c.is_control() =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// What a key means in `mode`: an action, a character typed as text, or nothing.
///
/// In a form, the picker and a grid a printable character is text, never a command; the one
/// exception is Space in a grid, bound to tick the row. A menu takes a digit for its line.
pub fn input_for(mode: Mode, key: &KeyEvent) -> Option<Input> {
    let text_mode = matches!(mode, Mode::Form | Mode::Picker | Mode::Grid);
    match (text_mode, typed_char(key), lookup(mode, key)) {
        (true, Some(_), Some(action)) if mode == Mode::Grid => Some(Input::Action(action)),
        (true, Some(c), _) => Some(Input::Char(c)),
        (false, Some(c), None) if mode == Mode::Menu && c.is_ascii_digit() => Some(Input::Char(c)),
        (_, _, Some(action)) => Some(Input::Action(action)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_key_in_one_mode() {
        for mode in MODES {
            let list = bindings(mode);
            for (i, a) in list.iter().enumerate() {
                for b in &list[i + 1..] {
                    assert!(
                        !(a.code == b.code && a.ctrl == b.ctrl),
                        "{mode:?}: {} bound twice",
                        a.label
                    );
                }
            }
        }
    }

    #[test]
    fn every_mode_has_help_and_quit() {
        for mode in MODES {
            let actions: Vec<_> = bindings(mode).iter().map(|b| b.action).collect();
            assert!(actions.contains(&Action::Help), "{mode:?}");
            assert!(actions.contains(&Action::Quit), "{mode:?}");
        }
    }

    #[test]
    fn ctrl_keys_match_regardless_of_caps_lock() {
        let k = KeyEvent::new(
            KeyCode::Char('Q'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(lookup(Mode::Form, &k), Some(Action::Quit));
        let s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Mode::Form, &s), Some(Action::Save));
    }

    #[test]
    fn digits_are_text_in_a_form_but_tabs_in_a_list() {
        let k = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
        assert_eq!(lookup(Mode::Browse, &k), Some(Action::Tab(2)));
        assert_eq!(lookup(Mode::Form, &k), None);
        assert_eq!(typed_char(&k), Some('3'));
    }

    #[test]
    fn in_a_grid_digits_and_letters_are_text_and_space_ticks() {
        let press = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(input_for(Mode::Grid, &press('7')), Some(Input::Char('7')));
        assert_eq!(input_for(Mode::Grid, &press('q')), Some(Input::Char('q')));
        assert_eq!(input_for(Mode::Grid, &press('张')), Some(Input::Char('张')));
        assert_eq!(
            input_for(Mode::Grid, &press(' ')),
            Some(Input::Action(Action::Tick))
        );
        assert_eq!(
            input_for(Mode::Form, &press(' ')),
            Some(Input::Char(' ')),
            "a form still types the space"
        );
        let f5 = KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE);
        assert_eq!(
            input_for(Mode::Grid, &f5),
            Some(Input::Action(Action::FillColumn))
        );
        let save = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(
            input_for(Mode::Grid, &save),
            Some(Input::Action(Action::Save))
        );
    }

    #[test]
    fn grid_commands_are_never_plain_letters() {
        // Staff type through a Chinese input method, which swallows letters.
        for b in bindings(Mode::Grid) {
            if let KeyCode::Char(c) = b.code {
                assert!(
                    b.ctrl || !c.is_alphanumeric(),
                    "{} is a plain letter",
                    b.label
                );
            }
        }
    }
}
