//! Settings → 村（社区）: the office's villages and communities. Retired, never deleted.

use super::form_screen::{FormScreen, Saving};
use super::list_screen::ListSource;
use crate::domain::office::validate_name;
use crate::store::{self, Cursor, Store, villages};
use crate::strings as s;
use crate::ui::layer::{Ctx, Layer, LayerResult};
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::table::{Column, TableRow};

pub struct Villages;

fn status(active: bool) -> &'static str {
    if active {
        s::SET_ACTIVE
    } else {
        s::SET_RETIRED
    }
}

pub fn status_labels() -> Vec<String> {
    vec![s::SET_ACTIVE.to_string(), s::SET_RETIRED.to_string()]
}

fn kinds() -> Vec<String> {
    s::SET_VILLAGE_KINDS.iter().map(|k| k.to_string()).collect()
}

impl ListSource for Villages {
    fn title(&self) -> String {
        s::SETTINGS_SECTIONS[1].to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::SET_VILLAGE_NAME, 20),
            Column::new(s::SET_VILLAGE_KIND, 6),
            Column::new(s::SET_STATUS, 0),
        ]
    }

    fn load(&self, store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        Ok(villages::list(store, false)?
            .into_iter()
            .map(|v| TableRow {
                id: v.id,
                cells: vec![v.name, v.kind, status(v.active).to_string()],
                dim: !v.active,
            })
            .collect())
    }

    fn new_record(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(form(None))))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        let village = villages::list(ctx.store, false)?
            .into_iter()
            .find(|v| v.id == id)
            .ok_or(store::StoreError::NotFound)?;
        Ok(Some(Box::new(form(Some(village)))))
    }
}

fn form(village: Option<villages::Village>) -> FormScreen {
    let title = if village.is_some() {
        s::SET_EDIT_VILLAGE
    } else {
        s::SET_NEW_VILLAGE
    };
    let mut fields = vec![
        Field::text("name", s::SET_VILLAGE_NAME, 30)
            .required()
            .value(village.as_ref().map_or("", |v| &v.name)),
        Field::choice("kind", s::SET_VILLAGE_KIND, kinds(), false).selected(Some(
            village
                .as_ref()
                .map_or(0, |v| usize::from(v.kind == s::SET_VILLAGE_KINDS[1])),
        )),
    ];
    if let Some(v) = &village {
        fields.push(
            Field::choice("active", s::SET_STATUS, status_labels(), false)
                .selected(Some(usize::from(!v.active))),
        );
    }
    let id = village.map(|v| v.id);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let name = match validate_name(form.text("name"), 30) {
            Ok(n) => n,
            Err(e) => {
                form.set_errors(&[e]);
                return Saving::Invalid;
            }
        };
        let kind = form.choice_label("kind").to_string();
        let saved = match id {
            None => villages::add(ctx.store, &name, &kind).map(|added| added.is_some()),
            Some(id) => {
                let active = form.choice("active") != Some(1);
                villages::update(ctx.store, id, &name, &kind, active)
            }
        };
        match saved {
            Ok(true) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Ok(false) => {
                form.set_error("name", s::SET_VILLAGE_TAKEN);
                Saving::Invalid
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    FormScreen::new(Form::new(title, fields), Box::new(save))
}
