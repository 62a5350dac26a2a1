//! Settings → 人员库: the shared person registry, newest first, a page at a time. F2 and F3
//! open the person picker first, so a person already registered is found, not entered twice.

use super::list_screen::{ListSource, Voider};
use super::person_record::PersonScreen;
use crate::domain::mask_id;
use crate::store::{self, Cursor, Store, persons};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::layer::{Command, Ctx, Layer, LayerResult};
use crate::ui::screens::person_picker::{PERSON_COLUMNS, PersonPicker, person_rows};
use crate::ui::widgets::message::Message;
use crate::ui::widgets::table::{Column, TableRow};

pub struct Persons;

impl ListSource for Persons {
    fn title(&self) -> String {
        s::PERSONS_TITLE.to_string()
    }

    fn paged(&self) -> bool {
        true
    }

    fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(Action::Open, s::PERSONS_OPEN),
            Command::new(Action::New, s::PERSONS_NEW),
            Command::new(Action::Search, s::ACT_SEARCH),
        ]
    }

    fn columns(&self) -> Vec<Column> {
        PERSON_COLUMNS.to_vec()
    }

    fn load(&self, store: &Store, cursor: Cursor, limit: usize) -> store::Result<Vec<TableRow>> {
        person_rows(store, persons::page(store, cursor, limit)?)
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(PersonPicker::new("", ctx))))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(PersonScreen::open(ctx.store, id)?)))
    }

    fn search(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(PersonPicker::new("", ctx))))
    }

    /// A person taken in the picker (F2 or F3) opens at once: they may be far down the list.
    fn on_result(&mut self, result: &LayerResult, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        match result {
            LayerResult::Picked(id) => match PersonScreen::open(ctx.store, *id) {
                Ok(screen) => Some(Box::new(screen)),
                Err(e) => Some(Box::new(Message::error(e.to_string()))),
            },
            _ => None,
        }
    }

    fn voider(&self) -> Option<Voider> {
        Some(Voider::new(persons::void, |store, id| {
            let p = persons::get(store, id)?;
            let mut lines = vec![(s::PERSON_NAME, p.name)];
            if let Some(number) = p.id_number.as_deref() {
                lines.push((s::PERSON_ID, mask_id(number)));
            }
            if !p.address.is_empty() {
                lines.push((s::PERSON_ADDRESS, p.address));
            }
            Ok(lines)
        }))
    }
}
