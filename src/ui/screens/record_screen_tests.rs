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

#[test]
fn a_section_pages_and_f4_offers_what_the_state_allows() {
    let mut desk = Desk::new();
    let mut screen = RecordScreen::new(Subject {
        checkins: 25,
        closed: false,
        opens: false,
        opened: None,
    });
    let shown = text(&screen);
    assert!(shown.contains("矫正类别：缓刑") && shown.contains("月度报到（25）"));
    assert!(
        shown.contains("第10月") && !shown.contains("第11月"),
        "{shown}"
    );
    assert!(shown.contains("第 1–10 条，共 25 条"));
    desk.with(|ctx| screen.handle(Input::Action(Action::PageDown), ctx));
    desk.with(|ctx| screen.handle(Input::Action(Action::PageDown), ctx));
    let shown = text(&screen);
    assert!(
        shown.contains("第25月") && !shown.contains("第20月"),
        "{shown}"
    );
    // ↓ stops when the last line is at the bottom; one ↑ then moves at once.
    for _ in 0..100 {
        desk.with(|ctx| screen.handle(Input::Action(Action::Down), ctx));
    }
    assert!(screen.scroll < 20, "scrolled {} lines", screen.scroll);
    let up = desk.with(|ctx| screen.handle(Input::Action(Action::Up), ctx));
    assert!(matches!(up, Outcome::Changed));
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
    assert!(
        shown.contains("第 11–20 条"),
        "the page follows the selection: {shown}"
    );
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
