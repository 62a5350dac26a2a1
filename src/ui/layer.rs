//! A layer is one screen or popup on the stack above the tab shell. The App sends each input to
//! the top layer, which answers with an [`Outcome`]; a layer that closes may hand a
//! [`LayerResult`] to the one beneath it.

use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

use chrono::{Local, NaiveDate, NaiveDateTime, TimeDelta};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use super::action::Action;
pub use super::action::Input;
pub use super::jobs::JobData;
use super::jobs::{JobOutput, Jobs};
use super::keymap::{Mode, is_screen_command};
use super::session::Session;
use super::theme::Theme;
use crate::store::Store;

/// Where the app gets the time: the system clock, or an instant that tests set and move
/// forward. Clones share the instant, so a tab holding a clone sees the test's clock move.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    fixed: Option<Rc<Cell<NaiveDateTime>>>,
}

impl Clock {
    /// The computer's local time.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock standing at `at` until moved (tests).
    pub fn fixed(at: NaiveDateTime) -> Clock {
        Clock {
            fixed: Some(Rc::new(Cell::new(at))),
        }
    }

    pub fn now(&self) -> NaiveDateTime {
        match &self.fixed {
            None => Local::now().naive_local(),
            Some(at) => at.get(),
        }
    }

    /// Moves a fixed clock forward (a system clock moves by itself).
    pub fn advance(&self, by: TimeDelta) {
        if let Some(at) = &self.fixed {
            at.set(at.get() + by);
        }
    }
}

/// One command a screen offers: the action (its key comes from the keymap) and what it does
/// here. The bottom key line and the F1 help are both made from a screen's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub action: Action,
    pub label: Cow<'static, str>,
    /// False: the key does nothing here now (shown dimmed in the help, not on the key line).
    pub enabled: bool,
}

impl Command {
    pub fn new(action: Action, label: impl Into<Cow<'static, str>>) -> Self {
        Command {
            action,
            label: label.into(),
            enabled: true,
        }
    }

    /// A key that does nothing on this screen now (Esc where someone must be chosen …).
    pub fn disabled(action: Action) -> Self {
        Command {
            action,
            label: Cow::Borrowed(action.description()),
            enabled: false,
        }
    }

    /// The command on the key line or in the help: the screen's own label where it lists the
    /// action, the action's description where the key means the same everywhere, else none.
    pub fn resolve(commands: &[Command], mode: Mode, action: Action) -> Option<Command> {
        match commands.iter().find(|c| c.action == action) {
            Some(c) => Some(c.clone()),
            None if !is_screen_command(mode, action) => {
                Some(Command::new(action, action.description()))
            }
            None => None,
        }
    }
}

/// What a layer hands back when it closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayerResult {
    /// A person was saved (created, or found by ID number, or changed) in the person form.
    Person(i64),
    /// A person already in the registry was taken in the picker.
    Picked(i64),
    /// The confirm popup with this tag was answered yes.
    Confirmed(&'static str),
    /// A form saved.
    Saved,
    /// A new record was saved with this id (the list shows it at once).
    Created(i64),
    /// The menu with this tag was answered with the item at this index.
    Chosen(&'static str, usize),
}

/// What the top layer wants after an input.
pub enum Outcome {
    /// Nothing visible changed.
    Ignored,
    /// Redraw.
    Changed,
    Push(Box<dyn Layer>),
    /// Close this layer, maybe handing a result to the one beneath.
    Close(Option<LayerResult>),
    /// Close this layer and open another in its place.
    Replace(Box<dyn Layer>),
    /// Open the person picker over this layer with what was typed; the person taken comes
    /// back as [`LayerResult::Picked`] or [`LayerResult::Person`].
    PickPerson(String),
    /// A name was typed that people in the registry already have: the picker opens on them to
    /// take one, make a new person (F2), or keep the name only (Esc).
    PickSameName(String),
    /// Leave the program (already confirmed).
    Quit,
}

/// What layers may use while handling input.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    /// Who is at the desk.
    pub session: &'a mut Session,
    /// The current local time (fixed in tests).
    pub now: NaiveDateTime,
    /// The terminal's width in columns (forms wrap their notes at it).
    pub width: u16,
    /// The terminal's height in rows.
    pub height: u16,
    pub theme: &'a mut Theme,
    /// The status line's message.
    pub status: &'a mut String,
    /// Where slow work is sent.
    pub jobs: &'a Jobs,
}

impl Ctx<'_> {
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    pub fn say(&mut self, message: impl Into<String>) {
        *self.status = message.into();
    }

    /// Runs slow work off the UI thread; the status line says so until it reports back.
    pub fn spawn(
        &mut self,
        working: &str,
        job: impl FnOnce() -> Result<JobOutput, String> + Send + 'static,
    ) {
        self.say(working);
        self.jobs.spawn(job);
    }
}

pub trait Layer {
    fn mode(&self) -> Mode;

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome;

    /// A layer beneath this one closed with a result.
    fn on_result(&mut self, _result: LayerResult, _ctx: &mut Ctx<'_>) -> Outcome {
        Outcome::Changed
    }

    /// Draws itself over `area` (the body between the tab bar and the status line) and returns
    /// where the terminal cursor belongs, if anywhere.
    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position>;

    /// The screen's own commands with what they do here (F2 登记纠纷, F4 办理 …). Keys of the
    /// mode that are not screen commands (moving, typing, help, quit) are always shown; the
    /// screen commands (Enter, F2, F3, F4, F8, F9 …) only when listed here. The bottom key
    /// line and the F1 help are both made from this list.
    fn commands(&self) -> Vec<Command> {
        Vec::new()
    }

    /// Lines F1 adds after the keys: how this screen is typed into (choosing by digit or
    /// pinyin …), as (what to press, what it does).
    fn help_notes(&self) -> Vec<(String, String)> {
        Vec::new()
    }

    /// Figures from a background job this layer started ([`JobOutput::Data`] with its tag);
    /// true when this layer took them.
    fn on_job(&mut self, _tag: &'static str, _data: &mut Option<JobData>) -> bool {
        false
    }

    /// The date changed (midnight, or the clock was set): today's lists read themselves
    /// again. Nothing to do by default.
    fn on_new_day(&mut self, _ctx: &mut Ctx<'_>) {}

    /// Unsaved changes that quitting would lose.
    fn is_dirty(&self) -> bool {
        false
    }
}
