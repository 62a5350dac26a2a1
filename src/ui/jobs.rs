//! Work slower than a keystroke (a PDF, a month's statistics, a backup) runs on its own thread
//! and reports back here; the event loop hands the report to the app, which shows it.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

/// What a finished job says: a message for the status line, or an error for a popup.
pub type JobDone = Result<String, String>;

#[derive(Clone)]
pub struct Jobs {
    tx: Sender<JobDone>,
}

impl Jobs {
    pub fn channel() -> (Jobs, Receiver<JobDone>) {
        let (tx, rx) = mpsc::channel();
        (Jobs { tx }, rx)
    }

    /// Runs `job` off the UI thread.
    pub fn spawn(&self, job: impl FnOnce() -> JobDone + Send + 'static) {
        let tx = self.tx.clone();
        thread::spawn(move || {
            // The receiver is gone only when the program is ending.
            let _ = tx.send(job());
        });
    }
}
