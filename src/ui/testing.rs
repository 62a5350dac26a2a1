//! What the UI's unit tests share: a context over an in-memory store, as the app builds it.

use chrono::NaiveDate;

use super::jobs::Jobs;
use super::layer::Ctx;
use super::session::Session;
use super::theme::Theme;
use crate::store::Store;

/// Everything a [`Ctx`] borrows, owned by the test.
pub struct Desk {
    pub store: Store,
    pub session: Session,
    pub theme: Theme,
    pub status: String,
    pub jobs: Jobs,
    /// Kept so that jobs spawned in a test can report.
    _results: std::sync::mpsc::Receiver<super::jobs::JobDone>,
}

impl Desk {
    pub fn new() -> Desk {
        let (jobs, results) = Jobs::channel();
        Desk {
            store: Store::open_in_memory().expect("an in-memory store"),
            session: Session::default(),
            theme: Theme::default(),
            status: String::new(),
            jobs,
            _results: results,
        }
    }

    /// Runs `f` with a context at 2026-11-29 10:30 on an 80-column screen.
    pub fn with<T>(&mut self, f: impl FnOnce(&mut Ctx<'_>) -> T) -> T {
        let mut ctx = Ctx {
            store: &mut self.store,
            session: &mut self.session,
            now: NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(10, 30, 0))
                .expect("a date"),
            width: 80,
            height: 24,
            theme: &mut self.theme,
            status: &mut self.status,
            jobs: &self.jobs,
        };
        f(&mut ctx)
    }
}
