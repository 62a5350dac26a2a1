//! Work slower than a keystroke (a PDF, a month's statistics, a backup) runs on its own thread
//! and reports back here; the event loop hands the report to the app, which shows it or gives
//! it to the layer that asked for it.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

/// The figures a background job hands back (a dashboard's counts …), taken by the layer
/// that knows their type.
pub type JobData = Box<dyn std::any::Any + Send>;

/// What a finished job hands back.
pub enum JobOutput {
    /// Something to tell the person (a file was written …): a popup and the status line.
    Message(String),
    /// Figures for the layer that started the job (a dashboard's counts …), by its tag.
    Data(&'static str, JobData),
}

/// A finished job: its output, or an error for a popup.
pub type JobDone = Result<JobOutput, String>;

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
