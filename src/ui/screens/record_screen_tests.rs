//! Record screen tests: sections, paging, rows that open, F4 by state, scrolling.

use super::*;
use crate::ui::testing::Desk;

/// A record with `n` check-ins and actions by a rule of its state; with `opens`, its
/// check-ins open (the row opened is kept).
struct Subject {
    checkins: usize,
    closed: bool,
    opens: bool,
    opened: Option<i64>,
}

impl Record for Subject {
    type Action = ();
    fn title(&self) -> String {
        "王五".into()
    }
    fn pinned_fields(&self) -> usize {
        1
    }
    fn fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![("矫正类别".to_string(), "缓刑".to_string())];
        fields.extend((1..=20).map(|i| (format!("栏目{i}"), "内容".to_string())));
        fields
    }
    fn sections(&self) -> Vec<Section> {
        vec![Section {
            title: "月度报到".into(),
            columns: vec![Column::new("月份", 8), Column::new("考核", 0)],
            rows: (1..=self.checkins)
                .map(|i| TableRow {
                    id: i as i64,
                    cells: vec![format!("第{i}月"), "合格".into()],
                    dim: false,
                })
                .collect(),
        }]
    }
    fn actions_label(&self) -> &'static str {
        "记录报到"
    }
    fn actions(&self) -> Vec<((), String)> {
        if self.closed {
            Vec::new()
        } else {
            vec![((), "月度报到".into())]
        }
    }
    fn action(&mut self, _: (), _: &mut Ctx<'_>) -> store::Result<Box<dyn Layer>> {
        self.checkins += 1;
        Ok(Box::new(Message::info("ok")))
    }
    fn reload(&mut self, _: &Store) -> store::Result<()> {
        Ok(())
    }
    fn opens_rows(&self, _: usize) -> bool {
        self.opens
    }
    fn open_row(
        &mut self,
        _: usize,
        row: i64,
        _: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        self.opened = Some(row);
        Ok(Some(Box::new(Message::info("ok"))))
    }
}

fn text(screen: &RecordScreen<Subject>) -> String {
    screen
        .lines(60, Theme::default())
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen drawn at `w`×`h` (the record screen fills the whole area).
fn drawn(screen: &RecordScreen<Subject>, w: u16, h: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("a test terminal");
    terminal
        .draw(|f| {
            screen.render(f, f.area(), Theme::default());
        })
        .expect("drawn");
    let buffer = terminal.backend().buffer().clone();
    (0..h)
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..w {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buffer[(x, y)].symbol();
                line.push_str(symbol);
                skip = crate::ui::text::width(symbol).saturating_sub(1);
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_row_is_there_and_the_screen_scrolls_under_its_pinned_header() {
    let mut desk = Desk::new();
    let mut screen = RecordScreen::new(Subject {
        checkins: 25,
        closed: false,
        opens: false,
        opened: None,
    });
    let shown = text(&screen);
    assert!(shown.contains("矫正类别：缓刑") && shown.contains("月度报到（25）"));
    assert!(shown.contains("第25月"), "no row hidden: {shown}");
    // The desk is 80×24: the record's inner area is 78×19, as drawn at 80×21.
    let top = drawn(&screen, 80, 21);
    assert!(top.contains("矫正类别：缓刑"), "{top}");
    assert!(top.contains("↓ 还有"), "{top}");
    // PgDn pages to the end; the pinned field stays; the last line is at the bottom.
    let mut pages = 0;
    while matches!(
        desk.with(|ctx| screen.handle(Input::Action(Action::PageDown), ctx)),
        Outcome::Changed
    ) {
        pages += 1;
        assert!(drawn(&screen, 80, 21).contains("矫正类别：缓刑"));
    }
    assert!(pages >= 2, "{pages}");
    let end = drawn(&screen, 80, 21);
    assert!(end.contains("第25月") && !end.contains("↓ 还有"), "{end}");
    assert!(!end.contains("栏目1："), "{end}");
    // ↓ stops at the end; one ↑ then moves at once; Home and End.
    let down = desk.with(|ctx| screen.handle(Input::Action(Action::Down), ctx));
    assert!(matches!(down, Outcome::Ignored));
    let up = desk.with(|ctx| screen.handle(Input::Action(Action::Up), ctx));
    assert!(matches!(up, Outcome::Changed));
    desk.with(|ctx| screen.handle(Input::Action(Action::First), ctx));
    assert_eq!(screen.scroll, 0);
    desk.with(|ctx| screen.handle(Input::Action(Action::Last), ctx));
    assert_eq!(drawn(&screen, 80, 21), end);
    // A taller screen after a resize: everything fits, nothing is said to be below.
    let tall = drawn(&screen, 80, 60);
    assert!(
        tall.contains("矫正类别：缓刑") && tall.contains("栏目1：") && !tall.contains("↓ 还有")
    );
    // F4: the action label on the key line, and its form from the menu.
    let f4 = screen
        .commands()
        .into_iter()
        .find(|c| c.action == Action::Actions);
    assert_eq!(
        f4.map(|c| (c.label.into_owned(), c.enabled)),
        Some(("记录报到".into(), true))
    );
    desk.with(|ctx| {
        assert!(matches!(
            screen.handle(Input::Action(Action::Actions), ctx),
            Outcome::Push(_)
        ));
        screen.on_result(LayerResult::Chosen(ACTIONS, 0), ctx);
    });
    assert_eq!(screen.record().checkins, 26);
    // A closed record offers nothing: F4 is off the key line and says why.
    let closed = RecordScreen::new(Subject {
        checkins: 0,
        closed: true,
        opens: false,
        opened: None,
    });
    assert!(text(&closed).contains("（无）"));
    let f4 = closed
        .commands()
        .into_iter()
        .find(|c| c.action == Action::Actions);
    assert_eq!(f4.map(|c| c.enabled), Some(false));
}

#[test]
fn rows_that_open_are_selected_with_the_arrows_and_opened_with_enter() {
    let mut desk = Desk::new();
    let mut screen = RecordScreen::new(Subject {
        checkins: 25,
        closed: false,
        opens: true,
        opened: None,
    });
    let has_open = |s: &RecordScreen<Subject>| {
        s.commands()
            .iter()
            .any(|c| c.action == Action::Open && c.enabled)
    };
    assert!(has_open(&screen));
    for _ in 0..12 {
        desk.with(|ctx| screen.handle(Input::Action(Action::Down), ctx));
    }
    let shown = text(&screen);
    let selected = shown
        .lines()
        .find(|l| l.starts_with(Theme::default().marker()));
    assert!(selected.is_some_and(|l| l.contains("第13月")), "{shown}");
    // The screen follows the selection.
    assert!(drawn(&screen, 80, 21).contains("第13月"));
    desk.with(|ctx| screen.handle(Input::Action(Action::Open), ctx));
    assert_eq!(screen.record().opened, Some(13));
    // Records whose rows do not open keep ↑/↓ for scrolling and offer no Enter.
    let plain = RecordScreen::new(Subject {
        checkins: 3,
        closed: false,
        opens: false,
        opened: None,
    });
    assert!(!has_open(&plain));
}
