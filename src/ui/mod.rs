//! The terminal: one event loop, event → action → update → render.
//!
//! An input thread forwards terminal events over a channel; the loop blocks on it (idle means
//! zero CPU: there is no tick) and draws only when an update says the screen changed. Before
//! drawing, every event already waiting is handled (a burst of keys, a paste and the F10
//! after it are all taken before one frame). A paste arrives whole (bracketed paste) as one
//! insertion. The terminal is restored on every exit, bracketed paste included: a drop guard
//! for returns and errors, a panic hook for panics.

pub mod action;
pub mod app;
pub mod jobs;
pub mod keymap;
pub mod layer;
pub mod print;
pub mod screens;
pub mod session;
pub mod tabs;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod theme;
pub mod widgets;

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;

use crate::store::{self, Store};
pub use app::App;
pub use layer::Clock;

/// Set in the environment, the program quits right after its first complete frame: the
/// start-up benchmark (scripts/bench.sh) times the whole process this way.
pub const EXIT_AFTER_FIRST_FRAME: &str = "SIFA_DESK_EXIT_AFTER_FIRST_FRAME";

/// Messages to the loop. Background jobs (printouts, backups) will report here too.
enum Msg {
    Term(Event),
    InputClosed(String),
    Job(jobs::JobDone),
}

/// Restores the terminal however `run` ends.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Bracketed paste on, and off again on a panic (before ratatui's own hook restores the rest).
fn enable_paste() -> std::io::Result<()> {
    execute!(std::io::stdout(), EnableBracketedPaste)?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        previous(info);
    }));
    Ok(())
}

/// What one message did: whether the screen changed, whether the loop must stop.
fn process(app: &mut App, msg: Msg) -> (bool, bool) {
    let changed = match msg {
        Msg::Term(Event::Key(key)) => app.handle_key(key),
        Msg::Term(Event::Paste(text)) => app.handle_paste(&text),
        Msg::Term(Event::Resize(w, h)) => {
            app.resize(w, h);
            true
        }
        Msg::Term(_) => false,
        Msg::Job(done) => {
            app.job_done(done);
            true
        }
        Msg::InputClosed(e) => {
            tracing::error!("terminal input closed: {e}");
            return (false, true);
        }
    };
    (changed, app.should_quit())
}

#[derive(Debug)]
pub enum UiError {
    Store(store::StoreError),
    Terminal(std::io::Error),
}

impl std::fmt::Display for UiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UiError::Store(e) => e.fmt(f),
            UiError::Terminal(e) => write!(f, "{}：{e}", crate::strings::ERR_TERMINAL),
        }
    }
}

impl std::error::Error for UiError {}

/// Runs the TUI until the user quits.
pub fn run(store: Store) -> Result<(), UiError> {
    let clock = Clock::system();
    let mut app = App::new(store, clock.clone()).map_err(UiError::Store)?;
    let mut terminal = ratatui::try_init().map_err(UiError::Terminal)?;
    let _restore = Restore;
    enable_paste().map_err(UiError::Terminal)?;
    let (tx, rx) = mpsc::channel();
    if let Some(results) = app.take_job_results() {
        let tx = tx.clone();
        thread::spawn(move || {
            for done in results {
                if tx.send(Msg::Job(done)).is_err() {
                    break;
                }
            }
        });
    }
    thread::spawn(move || {
        loop {
            let msg = match event::read() {
                Ok(ev) => Msg::Term(ev),
                Err(e) => Msg::InputClosed(e.to_string()),
            };
            let closed = matches!(msg, Msg::InputClosed(_));
            if tx.send(msg).is_err() || closed {
                break;
            }
        }
    });
    if let Ok(size) = terminal.size() {
        app.resize(size.width, size.height);
    }
    terminal
        .draw(|f| app.render(f))
        .map_err(UiError::Terminal)?;
    tracing::info!("first frame drawn");
    if std::env::var_os(EXIT_AFTER_FIRST_FRAME).is_some() {
        return Ok(());
    }
    loop {
        // No beat: the loop sleeps until a key, a finished job or the app's next timer.
        let wait = (app.next_timer() - clock.now())
            .to_std()
            .unwrap_or(Duration::ZERO)
            .max(Duration::from_millis(50));
        let received = rx.recv_timeout(wait);
        // The date is checked on every wake-up, not only at the timeout: a key just after
        // midnight, a machine woken from sleep or a clock set back all move "today".
        let new_day = app.on_timer();
        let msg = match received {
            Ok(msg) => msg,
            Err(RecvTimeoutError::Timeout) => {
                if new_day {
                    terminal
                        .draw(|f| app.render(f))
                        .map_err(UiError::Terminal)?;
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let (mut changed, mut stop) = process(&mut app, msg);
        changed |= new_day;
        // Everything already waiting is handled before the next frame: no key of a burst
        // waits for another key to be seen.
        while !stop {
            let Ok(msg) = rx.try_recv() else { break };
            let (c, s) = process(&mut app, msg);
            changed |= c;
            stop = s;
        }
        if stop {
            break;
        }
        if changed {
            terminal
                .draw(|f| app.render(f))
                .map_err(UiError::Terminal)?;
        }
    }
    Ok(())
}
