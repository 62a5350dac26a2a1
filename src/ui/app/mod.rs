//! The application state and the one place where keys become changes.
//!
//! ```text
//! ┌──────────────────────────────────────────────┐
//! │ 1 纠纷受理  2 法律明白人  3 社区矫正 …  [只读] │  tab bar
//! │                                              │
//! │  the tab's body; layers (settings, forms,    │  body
//! │  popups) are drawn over it, bottom to top    │
//! │                                              │
//! │ 版石镇司法所 | 张敏 | 2026-11-29 | 已保存      │  status line
//! │ F1 帮助  F2 新建  F3 查找 …                   │  key hints (from the keymap)
//! └──────────────────────────────────────────────┘
//! ```

use std::sync::mpsc::Receiver;

use chrono::{NaiveDateTime, TimeDelta};
use crossterm::event::{KeyEvent, KeyEventKind};

use super::action::Action;
use super::jobs::{JobDone, JobOutput, Jobs};
use super::keymap::{Mode, input_for};
use super::layer::{Clock, Command, Ctx, Input, Layer, LayerResult, Outcome};
use super::screens::person_picker::PersonPicker;
use super::screens::{operator_select::OperatorSelect, settings, setup};
use super::session::Session;
use super::tabs;
use super::theme::Theme;
use super::widgets::confirm::Confirm;
use super::widgets::help::Help;
use super::widgets::message::Message;
use crate::store::{self, Store, offices, operators};
use crate::strings as s;

mod render;

const QUIT: &str = "quit";

pub struct App {
    store: Store,
    session: Session,
    theme: Theme,
    clock: Clock,
    tab: usize,
    /// The tabs whose module is open; None draws the 未开通 page.
    tabs: Vec<Option<Box<dyn Layer>>>,
    layers: Vec<Box<dyn Layer>>,
    status: String,
    office_name: String,
    quit: bool,
    jobs: Jobs,
    job_results: Option<Receiver<JobDone>>,
    /// The terminal's size (columns, rows), from the event loop.
    size: (u16, u16),
    /// The day the last timer saw (the lists are re-read when it changes).
    timer_day: Option<chrono::NaiveDate>,
}

impl App {
    /// The app over an open store. A file with no office starts with the setup form; with
    /// several active operators, with the question who is at the desk.
    pub fn new(store: Store, clock: Clock) -> store::Result<App> {
        let theme = Theme {
            ascii: store::settings::preferences(&store)?.ascii_theme,
        };
        let (jobs, job_results) = Jobs::channel();
        let mut app = App {
            store,
            session: Session::default(),
            theme,
            clock,
            tab: 0,
            tabs: Vec::new(),
            layers: Vec::new(),
            status: String::new(),
            office_name: String::new(),
            quit: false,
            jobs,
            job_results: Some(job_results),
            timer_day: None,
            size: (80, 24),
        };
        app.timer_day = Some(app.clock.now().date());
        if app.store.is_read_only() {
            app.status = s::STATUS_READ_ONLY.to_string();
        }
        if app.store.is_set_up() {
            app.after_setup()?;
        } else {
            app.layers.push(Box::new(setup::setup_form()));
        }
        Ok(app)
    }

    /// Reads the office name, opens the tabs and asks who is at the desk when there is a
    /// choice.
    fn after_setup(&mut self) -> store::Result<()> {
        self.office_name = offices::own(&self.store)?
            .map(|o| o.name)
            .unwrap_or_default();
        self.tabs = tabs::open(&self.store, self.clock.clone());
        let active = operators::list(&self.store, true)?;
        match active.as_slice() {
            [] => {}
            [only] => self.session.start(&mut self.store, &only.name),
            _ => self.layers.push(Box::new(OperatorSelect::new(active))),
        }
        Ok(())
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The terminal was resized (or its size is first known).
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Moves a fixed clock forward (tests); then [`App::on_timer`] as the event loop would.
    pub fn advance_clock(&mut self, by: TimeDelta) -> bool {
        self.clock.advance(by);
        self.on_timer()
    }

    /// When the loop must wake up with no key pressed: the next midnight, when the date on
    /// the status line and today's lists move on. The loop waits until then, not on a beat.
    pub fn next_timer(&self) -> NaiveDateTime {
        let now = self.clock.now();
        (now.date() + TimeDelta::days(1))
            .and_hms_opt(0, 0, 0)
            .unwrap_or(now + TimeDelta::hours(1))
    }

    /// The timer of [`App::next_timer`] went off: the lists read again (today moved on).
    /// Returns whether the screen changed.
    pub fn on_timer(&mut self) -> bool {
        let today = self.clock.now().date();
        if self.timer_day == Some(today) {
            return false;
        }
        self.timer_day = Some(today);
        let (mut ctx, layers, tabs) = self.split();
        for layer in tabs.iter_mut().flatten().chain(layers.iter_mut()) {
            layer.on_new_day(&mut ctx);
        }
        true
    }

    pub fn status(&self) -> &str {
        &self.status
    }

    pub fn tab(&self) -> usize {
        self.tab
    }

    pub fn theme(&self) -> Theme {
        self.theme
    }

    /// How many screens and popups are open over the tabs.
    pub fn depth(&self) -> usize {
        self.layers.len()
    }

    /// The mode of whatever has the keyboard.
    pub fn mode(&self) -> Mode {
        match self.layers.last() {
            Some(top) => top.mode(),
            None => self.current_tab().map_or(Mode::Browse, |t| t.mode()),
        }
    }

    fn current_tab(&self) -> Option<&dyn Layer> {
        self.tabs.get(self.tab).and_then(|t| t.as_deref())
    }

    /// The receiver of finished background jobs; the event loop takes it once.
    pub fn take_job_results(&mut self) -> Option<Receiver<JobDone>> {
        self.job_results.take()
    }

    /// A background job finished: its message goes to a popup and the status line, its
    /// figures to the layer that asked for them, an error to a popup.
    pub fn job_done(&mut self, done: JobDone) {
        match done {
            Ok(JobOutput::Message(message)) => {
                // Someone typing in a form or a grid is not interrupted: the status line says it.
                if !matches!(self.mode(), Mode::Form | Mode::Grid | Mode::Picker) {
                    self.layers.push(Box::new(Message::info(message.clone())));
                }
                self.status = message;
            }
            Ok(JobOutput::Data(tag, data)) => {
                // The "working…" of the status line is over.
                self.status.clear();
                let mut data = Some(data);
                let taken = self
                    .layers
                    .iter_mut()
                    .rev()
                    .any(|l| l.on_job(tag, &mut data))
                    || self
                        .tabs
                        .iter_mut()
                        .flatten()
                        .any(|t| t.on_job(tag, &mut data));
                if !taken {
                    tracing::warn!("job figures '{tag}' had no taker");
                }
            }
            Err(error) => {
                self.status.clear();
                self.layers.push(Box::new(Message::error(error)));
            }
        }
    }

    /// One key. Returns whether the screen changed (and so must be drawn).
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        if key.kind != KeyEventKind::Press {
            return false;
        }
        // In a form, the picker and a grid printable characters are text (Space ticks in a
        // grid); a digit chooses the numbered line of a menu.
        match input_for(self.mode(), &key) {
            Some(input) => self.handle(input),
            None => false,
        }
    }

    /// A paste (bracketed paste): one insertion into the focused field of a form, the picker
    /// or a grid; elsewhere nothing.
    pub fn handle_paste(&mut self, text: &str) -> bool {
        if !matches!(self.mode(), Mode::Form | Mode::Picker | Mode::Grid) || text.is_empty() {
            return false;
        }
        self.handle(Input::Paste(text.to_string()))
    }

    fn handle(&mut self, input: Input) -> bool {
        match input {
            Input::Action(Action::Help) => {
                if self.mode() == Mode::Popup {
                    return false;
                }
                let notes = self
                    .layers
                    .last()
                    .map(|l| l.help_notes())
                    .unwrap_or_default();
                self.layers.push(Box::new(
                    Help::new(self.mode(), &self.commands()).with_notes(notes),
                ));
                return true;
            }
            Input::Action(Action::Quit) => {
                let layers = self.layers.iter().chain(self.tabs.iter().flatten());
                if layers.into_iter().any(|l| l.is_dirty()) {
                    self.layers
                        .push(Box::new(Confirm::new(s::CONFIRM_QUIT_DIRTY, QUIT)));
                    return true;
                }
                self.quit = true;
                return true;
            }
            _ => {}
        }
        let status = self.status.clone();
        let outcome = match self.with_top(|top, ctx| top.handle(input.clone(), ctx)) {
            Some(outcome) => outcome,
            None => self.shell(input),
        };
        // A new screen or form: an old message (已保存 …) does not stand over it.
        let opens = matches!(
            outcome,
            Outcome::Push(_) | Outcome::Replace(_) | Outcome::PickPerson(_)
        );
        if opens && self.status == status && status != s::STATUS_READ_ONLY {
            self.status.clear();
        }
        self.apply(outcome)
    }

    fn switch_tab(&mut self, tab: usize) {
        if tab != self.tab {
            self.tab = tab;
            self.status.clear();
        }
    }

    /// Calls `f` with the top layer and what layers may use; None when nothing is open.
    fn with_top(
        &mut self,
        f: impl FnOnce(&mut dyn Layer, &mut Ctx<'_>) -> Outcome,
    ) -> Option<Outcome> {
        let (mut ctx, layers, _) = self.split();
        let top = layers.last_mut()?;
        Some(f(top.as_mut(), &mut ctx))
    }

    /// Like [`App::with_top`] for the current tab, when its module is open.
    fn with_tab(
        &mut self,
        f: impl FnOnce(&mut dyn Layer, &mut Ctx<'_>) -> Outcome,
    ) -> Option<Outcome> {
        let current = self.tab;
        let (mut ctx, _, tabs) = self.split();
        let tab = tabs.get_mut(current)?.as_mut()?;
        Some(f(tab.as_mut(), &mut ctx))
    }

    /// What layers may use, and the layers and tabs themselves, borrowed apart.
    #[allow(clippy::type_complexity)]
    fn split(
        &mut self,
    ) -> (
        Ctx<'_>,
        &mut Vec<Box<dyn Layer>>,
        &mut Vec<Option<Box<dyn Layer>>>,
    ) {
        let ctx = Ctx {
            store: &mut self.store,
            session: &mut self.session,
            now: self.clock.now(),
            width: self.size.0,
            height: self.size.1,
            theme: &mut self.theme,
            status: &mut self.status,
            jobs: &self.jobs,
        };
        (ctx, &mut self.layers, &mut self.tabs)
    }

    /// Keys on the tabs themselves, with nothing opened over them.
    fn shell(&mut self, input: Input) -> Outcome {
        let Input::Action(action) = input else {
            return Outcome::Ignored;
        };
        let n = tabs::COUNT;
        match action {
            Action::Tab(i) => self.switch_tab(usize::from(i).min(n - 1)),
            Action::PrevTab => self.switch_tab((self.tab + n - 1) % n),
            Action::NextTab => self.switch_tab((self.tab + 1) % n),
            Action::Settings => return Outcome::Push(Box::new(settings::open(&self.store))),
            _ => {
                return match self.with_tab(|tab, ctx| tab.handle(input, ctx)) {
                    // A tab is not closed by Esc: it stays until another is chosen.
                    Some(Outcome::Close(_)) => Outcome::Ignored,
                    Some(outcome) => outcome,
                    None if matches!(
                        action,
                        Action::New
                            | Action::Search
                            | Action::Actions
                            | Action::Void
                            | Action::Print
                    ) =>
                    {
                        self.status = s::MSG_NOTHING_HERE.to_string();
                        Outcome::Changed
                    }
                    None => Outcome::Ignored,
                };
            }
        }
        Outcome::Changed
    }

    fn apply(&mut self, outcome: Outcome) -> bool {
        match outcome {
            Outcome::Ignored => false,
            Outcome::Changed => true,
            Outcome::Push(layer) => {
                self.layers.push(layer);
                true
            }
            Outcome::Replace(layer) => {
                self.layers.pop();
                self.layers.push(layer);
                true
            }
            Outcome::Quit => {
                self.quit = true;
                true
            }
            Outcome::PickPerson(typed) => {
                let (mut ctx, layers, _) = self.split();
                let picker = PersonPicker::new(&typed, &mut ctx);
                layers.push(Box::new(picker));
                true
            }
            Outcome::PickSameName(typed) => {
                let (mut ctx, layers, _) = self.split();
                let picker = PersonPicker::same_name(&typed, &mut ctx);
                layers.push(Box::new(picker));
                true
            }
            Outcome::Close(result) => {
                self.layers.pop();
                match result {
                    Some(LayerResult::Confirmed(QUIT)) => self.quit = true,
                    Some(result) => self.hand_down(result),
                    None => self.closed_to_shell(),
                }
                true
            }
        }
    }

    /// A closing layer's result goes to the layer beneath, or to the app itself.
    fn hand_down(&mut self, result: LayerResult) {
        if self.layers.is_empty() {
            self.closed_to_shell();
            match self.with_tab(|tab, ctx| tab.on_result(result, ctx)) {
                // A tab is not closed: it stays until another is chosen.
                Some(Outcome::Close(_)) | None => {}
                Some(outcome) => {
                    self.apply(outcome);
                }
            }
            return;
        }
        if let Some(outcome) = self.with_top(|top, ctx| top.on_result(result, ctx)) {
            self.apply(outcome);
        }
    }

    /// The last layer closed: setup may just have finished (or been abandoned).
    fn closed_to_shell(&mut self) {
        if !self.layers.is_empty() {
            return;
        }
        if !self.store.is_set_up() {
            self.quit = true;
            return;
        }
        if self.office_name.is_empty() {
            if let Err(e) = self.after_setup() {
                self.layers.push(Box::new(Message::error(e.to_string())));
            }
        } else {
            // The settings may have renamed the office; a failed read is said, not hidden.
            match offices::own(&self.store) {
                Ok(Some(office)) => self.office_name = office.name,
                Ok(None) => {}
                Err(e) => self.status = s::office_reload_failed(&e.to_string()),
            }
        }
    }

    /// The commands of whatever has the keyboard; over the bare tabs, the shell's own too.
    pub fn commands(&self) -> Vec<Command> {
        match self.layers.last() {
            Some(top) => top.commands(),
            None => {
                // A tab not open yet has nothing to go back from.
                let mut commands = self
                    .current_tab()
                    .map_or_else(|| vec![Command::disabled(Action::Back)], |t| t.commands());
                // Over the bare tabs: the shell's own keys (not over a screen or a popup).
                let tabs = (0..tabs::COUNT as u8).map(Action::Tab);
                for action in tabs.chain([Action::PrevTab, Action::NextTab, Action::Settings]) {
                    commands.push(Command::new(action, action.description()));
                }
                commands
            }
        }
    }
}

#[cfg(test)]
mod tests;
