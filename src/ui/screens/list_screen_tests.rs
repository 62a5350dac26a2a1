//! List screen unit tests: F4 on the selected row.

use super::*;
use crate::ui::testing::Desk;
use crate::ui::widgets::message::Message;

/// Rows 1..=n; F4 answers with a message naming the row it was given.
struct Numbers(i64);

impl ListSource for Numbers {
    fn title(&self) -> String {
        "数字".into()
    }
    fn columns(&self) -> Vec<Column> {
        vec![Column::new("号", 0)]
    }
    fn load(&self, _: &Store, _: Cursor, _: usize) -> store::Result<Vec<TableRow>> {
        Ok((1..=self.0)
            .map(|id| TableRow {
                id,
                cells: vec![id.to_string()],
                dim: false,
            })
            .collect())
    }
    fn commands(&self) -> Vec<Command> {
        vec![Command::new(Action::Actions, "记录报到")]
    }
    fn open(&mut self, _: i64, _: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }
    fn actions(
        &mut self,
        selected: Option<i64>,
        ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        ctx.say(format!("row {selected:?}"));
        Ok(Some(Box::new(Message::info("ok"))))
    }
}

#[test]
fn f4_acts_on_the_selected_row_and_is_offered_only_with_one() {
    let mut desk = Desk::new();
    let mut list = ListScreen::tab(Numbers(5), &desk.store);
    desk.with(|ctx| {
        list.handle(Input::Action(Action::Down), ctx);
        list.handle(Input::Action(Action::Down), ctx);
        let outcome = list.handle(Input::Action(Action::Actions), ctx);
        assert!(matches!(outcome, Outcome::Push(_)));
    });
    assert_eq!(desk.status, "row Some(3)");
    let f4 = |l: &ListScreen<Numbers>| {
        l.commands()
            .into_iter()
            .find(|c| c.action == Action::Actions)
            .map(|c| (c.label.into_owned(), c.enabled))
    };
    assert_eq!(f4(&list), Some(("记录报到".to_string(), true)));
    let empty = ListScreen::tab(Numbers(0), &desk.store);
    assert_eq!(f4(&empty), Some(("记录报到".to_string(), false)));
}
