//! A layer is one screen or popup on the stack above the tab shell. The App sends each input to
//! the top layer, which answers with an [`Outcome`]; a layer that closes may hand a
//! [`LayerResult`] to the one beneath it.

use chrono::{Local, NaiveDate, NaiveDateTime};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::jobs::{JobDone, Jobs};
use super::keymap::Mode;
use super::theme::Theme;
use crate::store::Store;

/// Where the app gets the time: the system clock, or a fixed instant in tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(NaiveDateTime),
}

impl Clock {
    pub fn now(self) -> NaiveDateTime {
        match self {
            Clock::System => Local::now().naive_local(),
            Clock::Fixed(at) => at,
        }
    }
}

/// One key, after the keymap: an action, or a character typed as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    Char(char),
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
    /// Leave the program (already confirmed).
    Quit,
}

/// What layers may use while handling input.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    /// The current local time (fixed in tests).
    pub now: NaiveDateTime,
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
    pub fn spawn(&mut self, working: &str, job: impl FnOnce() -> JobDone + Send + 'static) {
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

    /// Whether this screen does something with `action` (the bottom key line shows only
    /// those; the help still lists the whole keymap of the mode).
    fn offers(&self, _action: Action) -> bool {
        true
    }

    /// Unsaved changes that quitting would lose.
    fn is_dirty(&self) -> bool {
        false
    }
}
