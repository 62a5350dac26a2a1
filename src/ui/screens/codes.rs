//! Settings → 代码表: the code lists. Offices add local entries; an entry is retired (and can be
//! brought back), never deleted, so the records that use it keep their meaning.

use super::form_screen::{FormScreen, Saving};
use super::list_screen::menu_rows;
use super::list_screen::{ListScreen, ListSource};
use crate::domain::module::CodeList;
use crate::domain::office::validate_name;
use crate::store::{self, Cursor, Store, codes};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Layer, LayerResult};
use crate::ui::widgets::confirm::Confirm;
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::table::{Column, TableRow};

/// The menu of code lists.
pub struct CodeLists;

impl ListSource for CodeLists {
    fn mode(&self) -> Mode {
        Mode::Menu
    }

    fn title(&self) -> String {
        s::SETTINGS_SECTIONS[3].to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![Column::new(s::SETTINGS_SECTIONS[3], 0)]
    }

    fn load(&self, _store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        let titles: Vec<&str> = CodeList::all().iter().map(|l| l.label()).collect();
        Ok(menu_rows(&titles))
    }

    fn new_record(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(usize::try_from(id)
            .ok()
            .and_then(|i| CodeList::all().get(i).copied())
            .map(|list| {
                let source = Entries {
                    list,
                    pending: None,
                };
                Box::new(ListScreen::new(source, ctx.store)) as Box<dyn Layer>
            }))
    }
}

/// The entries of one list.
pub struct Entries {
    list: CodeList,
    /// The entry whose retire/restore question is open, and whether it is to be retired.
    pending: Option<(i64, bool)>,
}

const TOGGLE: &str = "toggle-code";

impl Entries {
    fn entry(&self, store: &Store, id: i64) -> store::Result<codes::Code> {
        codes::list(store, self.list, false)?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(store::StoreError::NotFound)
    }
}

impl ListSource for Entries {
    fn title(&self) -> String {
        self.list.label().to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::SET_CODE_LABEL, 20),
            Column::new(s::SET_CODE_SOURCE, 6),
            Column::new(s::SET_STATUS, 0),
        ]
    }

    fn load(&self, store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        Ok(codes::list(store, self.list, false)?
            .into_iter()
            .map(|c| TableRow {
                id: c.id,
                cells: vec![
                    c.label,
                    if c.local {
                        s::SET_CODE_LOCAL
                    } else {
                        s::SET_CODE_SEEDED
                    }
                    .to_string(),
                    if c.retired {
                        s::SET_RETIRED
                    } else {
                        s::SET_ACTIVE
                    }
                    .to_string(),
                ],
                dim: c.retired,
            })
            .collect())
    }

    fn new_record(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        let list = self.list;
        let form = Form::new(
            format!("{}：{}", list.label(), s::SET_NEW_CODE),
            vec![Field::text("name", s::SET_CODE_LABEL, 20).required()],
        );
        let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
            let label = match validate_name(form.text("name"), 20) {
                Ok(l) => l,
                Err(e) => {
                    form.set_errors(&[e]);
                    return Saving::Invalid;
                }
            };
            match codes::add_local(ctx.store, list, &label) {
                Ok(Some(_)) => {
                    ctx.say(s::MSG_SAVED);
                    Saving::Done(Some(LayerResult::Saved))
                }
                Ok(None) => {
                    form.set_error("name", s::SET_CODE_TAKEN);
                    Saving::Invalid
                }
                Err(e) => Saving::Failed(e.to_string()),
            }
        };
        Ok(Some(Box::new(FormScreen::new(form, Box::new(save)))))
    }

    fn commands(&self) -> Vec<Command> {
        vec![
            Command::new(Action::Open, s::SET_CODE_OPEN),
            Command::new(Action::New, s::SET_NEW_CODE),
            Command::new(Action::Actions, s::SET_CODE_TOGGLE),
        ]
    }

    /// Enter: the entry itself — a local one can be renamed; a national one is shown as is.
    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        let entry = self.entry(ctx.store, id)?;
        let list = self.list;
        let title = format!("{}：{}", list.label(), entry.label);
        let mut fields = vec![if entry.local {
            Field::text("name", s::SET_CODE_LABEL, 20)
                .required()
                .value(&entry.label)
        } else {
            Field::fixed("name", s::SET_CODE_LABEL, &entry.label)
        }];
        fields.push(Field::fixed(
            "source",
            s::SET_CODE_SOURCE,
            if entry.local {
                s::SET_CODE_LOCAL
            } else {
                s::SET_CODE_SEEDED_FIXED
            },
        ));
        let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
            if !entry.local {
                return Saving::Done(None);
            }
            let label = match validate_name(form.text("name"), 20) {
                Ok(l) => l,
                Err(e) => {
                    form.set_errors(&[e]);
                    return Saving::Invalid;
                }
            };
            match codes::rename_local(ctx.store, list, id, &label) {
                Ok(Ok(())) => {
                    ctx.say(s::MSG_SAVED);
                    Saving::Done(Some(LayerResult::Saved))
                }
                Ok(Err(_)) => {
                    form.set_error("name", s::SET_CODE_TAKEN);
                    Saving::Invalid
                }
                Err(e) => Saving::Failed(e.to_string()),
            }
        };
        Ok(Some(Box::new(FormScreen::new(
            Form::new(title, fields),
            Box::new(save),
        ))))
    }

    /// F4: retire the entry, or bring a retired one back (asks first).
    fn actions(
        &mut self,
        selected: Option<i64>,
        ctx: &mut Ctx<'_>,
    ) -> store::Result<Option<Box<dyn Layer>>> {
        let Some(id) = selected else {
            return Ok(None);
        };
        let entry = self.entry(ctx.store, id)?;
        let question = if entry.retired {
            s::set_restore_code(&entry.label)
        } else {
            s::set_retire_code(&entry.label)
        };
        self.pending = Some((id, !entry.retired));
        Ok(Some(Box::new(Confirm::new(question, TOGGLE))))
    }

    fn on_result(&mut self, result: &LayerResult, ctx: &mut Ctx<'_>) -> Option<Box<dyn Layer>> {
        if let (LayerResult::Confirmed(TOGGLE), Some((id, retire))) = (result, self.pending.take())
        {
            match codes::set_retired(ctx.store, id, retire) {
                Ok(()) => ctx.say(s::MSG_SAVED),
                Err(e) => ctx.say(e.to_string()),
            }
        }
        None
    }
}
