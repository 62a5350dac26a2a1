//! App unit tests: background jobs reaching the right place.

use std::cell::Cell;
use std::rc::Rc;

use super::*;
use crate::ui::layer::JobData;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};

/// A dashboard that computes its figures in the background (or, in `Mode::Form`, a form
/// being typed).
struct Dashboard(Rc<Cell<u32>>, Mode);

impl Layer for Dashboard {
    fn mode(&self) -> Mode {
        self.1
    }
    fn handle(&mut self, _: Input, _: &mut Ctx<'_>) -> Outcome {
        Outcome::Ignored
    }
    fn render(&self, _: &mut Frame<'_>, _: Rect, _: Theme) -> Option<Position> {
        None
    }
    fn on_job(&mut self, tag: &'static str, data: &mut Option<JobData>) -> bool {
        if tag != "dashboard" {
            return false;
        }
        if let Some(n) = data.take().and_then(|d| d.downcast::<u32>().ok()) {
            self.0.set(*n);
        }
        true
    }
}

#[test]
fn a_jobs_figures_go_to_the_layer_that_asked_not_to_a_popup() {
    let store = Store::open_in_memory().expect("a store");
    let mut app = App::new(store, Clock::system()).expect("an app");
    let seen = Rc::new(Cell::new(0));
    app.layers
        .push(Box::new(Dashboard(Rc::clone(&seen), Mode::Browse)));
    let depth = app.depth();
    app.job_done(Ok(JobOutput::Data("dashboard", Box::new(42u32))));
    assert_eq!(seen.get(), 42);
    assert_eq!(app.depth(), depth, "no popup");
    app.job_done(Ok(JobOutput::Message("已生成".into())));
    assert_eq!(app.depth(), depth + 1, "a message is a popup");
}

#[test]
fn a_finished_printout_does_not_interrupt_a_form_being_typed() {
    let store = Store::open_in_memory().expect("a store");
    let mut app = App::new(store, Clock::system()).expect("an app");
    app.layers
        .push(Box::new(Dashboard(Rc::new(Cell::new(0)), Mode::Form)));
    let depth = app.depth();
    app.job_done(Ok(JobOutput::Message("已生成：台账.pdf".into())));
    assert_eq!(app.depth(), depth, "no popup over the form");
    assert_eq!(app.status(), "已生成：台账.pdf");
}
