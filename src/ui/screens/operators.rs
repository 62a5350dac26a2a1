//! Settings → 操作员: the staff at the desk. Retired, never deleted; one must stay active.

use super::form_screen::{FormScreen, Saving};
use super::list_screen::ListSource;
use super::villages::status_labels;
use crate::domain::module::CodeList;
use crate::domain::office::validate_name;
use crate::store::{self, Cursor, Store, codes, operators};
use crate::strings as s;
use crate::ui::layer::{Ctx, Layer, LayerResult};
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::table::{Column, TableRow};

pub struct Operators;

impl ListSource for Operators {
    fn title(&self) -> String {
        s::SETTINGS_SECTIONS[2].to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![
            Column::new(s::SET_OPERATOR_NAME, 12),
            Column::new(s::SET_OPERATOR_ROLE, 10),
            Column::new(s::SET_STATUS, 0),
        ]
    }

    fn load(&self, store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        let roles = codes::list(store, CodeList::OperatorRole, false)?;
        Ok(operators::list(store, false)?
            .into_iter()
            .map(|o| {
                let role = roles
                    .iter()
                    .find(|r| r.code == o.role)
                    .map_or(o.role.clone(), |r| r.label.clone());
                let status = if o.active {
                    s::SET_ACTIVE
                } else {
                    s::SET_RETIRED
                };
                TableRow {
                    id: o.id,
                    cells: vec![o.name, role, status.to_string()],
                    dim: !o.active,
                }
            })
            .collect())
    }

    fn new_record(&mut self, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(Some(Box::new(form(ctx.store, None)?)))
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        let op = operators::list(ctx.store, false)?
            .into_iter()
            .find(|o| o.id == id)
            .ok_or(store::StoreError::NotFound)?;
        Ok(Some(Box::new(form(ctx.store, Some(op))?)))
    }
}

fn form(store: &Store, op: Option<operators::Operator>) -> store::Result<FormScreen> {
    let roles = codes::list(store, CodeList::OperatorRole, true)?;
    let role_codes: Vec<String> = roles.iter().map(|r| r.code.clone()).collect();
    let role_labels: Vec<String> = roles.into_iter().map(|r| r.label).collect();
    let current_role = op.as_ref().map_or("staff", |o| o.role.as_str());
    let title = if op.is_some() {
        s::SET_EDIT_OPERATOR
    } else {
        s::SET_NEW_OPERATOR
    };
    let mut fields = vec![
        Field::text("name", s::SET_OPERATOR_NAME, 20)
            .required()
            .value(op.as_ref().map_or("", |o| &o.name)),
        Field::choice("role", s::SET_OPERATOR_ROLE, role_labels, false).selected(
            role_codes
                .iter()
                .position(|c| c == current_role)
                .or(Some(0)),
        ),
    ];
    if let Some(o) = &op {
        fields.push(
            Field::choice("active", s::SET_STATUS, status_labels(), false)
                .selected(Some(usize::from(!o.active))),
        );
    }
    let id = op.map(|o| o.id);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let name = match validate_name(form.text("name"), 20) {
            Ok(n) => n,
            Err(e) => {
                form.set_errors(&[e]);
                return Saving::Invalid;
            }
        };
        let role = form
            .choice("role")
            .and_then(|i| role_codes.get(i))
            .cloned()
            .unwrap_or_else(|| "staff".to_string());
        let saved = match id {
            None => operators::add(ctx.store, &name, &role).map(|_| ()),
            Some(id) => {
                let active = form.choice("active") != Some(1);
                let others_active = match operators::list(ctx.store, true) {
                    Ok(list) => list.iter().any(|o| o.id != id),
                    Err(e) => return Saving::Failed(e.to_string()),
                };
                if !active && !others_active {
                    form.set_error("active", s::SET_LAST_ADMIN);
                    return Saving::Invalid;
                }
                operators::update(ctx.store, id, &name, &role, active)
            }
        };
        match saved {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(Form::new(title, fields), Box::new(save)))
}
