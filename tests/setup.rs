//! The first-run setup checks the 机构代码's form (issue 11, item 11).

mod common;

use common::{clock, count, key, screen, typed};
use crossterm::event::KeyCode;
use sifa_desk::store::Store;
use sifa_desk::ui::App;
use sifa_desk::ui::keymap::Mode;

#[test]
fn setup_refuses_a_code_that_is_not_a_division_code() {
    let mut app = App::new(Store::open_in_memory().unwrap(), clock()).unwrap();
    typed(&mut app, "凤山乡司法所");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "FS01");
    key(&mut app, KeyCode::F(10));
    assert_eq!(app.mode(), Mode::Form);
    assert!(screen(&app).contains("9位行政区划代码"), "{}", screen(&app));
    assert_eq!(count(app.store(), "SELECT count(*) FROM offices"), 0);
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "360726102");
    key(&mut app, KeyCode::F(10));
    assert_eq!(count(app.store(), "SELECT count(*) FROM offices"), 1);
}
