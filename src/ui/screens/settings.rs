//! F12: the office's settings. A menu of sections; each opens its own form or list.

use super::codes::CodeLists;
use super::form_screen::{FormScreen, Saving};
use super::list_screen::{ListScreen, ListSource, menu_rows};
use super::operators::Operators;
use super::persons::Persons;
use super::villages::Villages;
use crate::domain::office::{OfficeInput, validate_office};
use crate::store::{self, Cursor, Store, offices, settings};
use crate::strings as s;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Ctx, Layer, LayerResult};
use crate::ui::tabs::corrections::settings as corrections;
use crate::ui::widgets::form::{Field, Form};
use crate::ui::widgets::table::{Column, TableRow};

/// The settings menu.
pub struct Settings;

pub fn open(store: &Store) -> ListScreen<Settings> {
    ListScreen::new(Settings, store)
}

impl ListSource for Settings {
    fn mode(&self) -> Mode {
        Mode::Menu
    }

    fn title(&self) -> String {
        s::SETTINGS_TITLE.to_string()
    }

    fn columns(&self) -> Vec<Column> {
        vec![Column::new(s::SETTINGS_TITLE, 0)]
    }

    fn load(&self, _store: &Store, _cursor: Cursor, _limit: usize) -> store::Result<Vec<TableRow>> {
        Ok(menu_rows(&s::SETTINGS_SECTIONS))
    }

    fn new_record(&mut self, _ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        Ok(None)
    }

    fn open(&mut self, id: i64, ctx: &mut Ctx<'_>) -> store::Result<Option<Box<dyn Layer>>> {
        let store = &*ctx.store;
        let layer: Box<dyn Layer> = match id {
            0 => Box::new(office_form(store)?),
            1 => Box::new(ListScreen::new(Villages, store)),
            2 => Box::new(ListScreen::new(Operators, store)),
            3 => Box::new(ListScreen::new(CodeLists, store)),
            4 => Box::new(ListScreen::new(Persons, store)),
            5 => Box::new(preferences_form(store)?),
            6 => Box::new(ledger_form(store)?),
            7 => Box::new(dispute_form(store)?),
            8 => Box::new(corrections::rules_form(store, s::SETTINGS_SECTIONS[8])?),
            _ => Box::new(corrections::duties_grid(store, s::SETTINGS_SECTIONS[9])?),
        };
        Ok(Some(layer))
    }
}

fn office_form(store: &Store) -> store::Result<FormScreen> {
    let office = offices::own(store)?.ok_or(store::StoreError::NotFound)?;
    let form = Form::new(
        s::SET_OFFICE_TITLE,
        vec![
            Field::text("name", s::SETUP_NAME, 30)
                .required()
                .value(&office.name),
            Field::fixed("code", s::SET_OFFICE_CODE_FIXED, &office.code),
            Field::text("county", s::SETUP_COUNTY, 30).value(&office.county),
            Field::number("population", s::SETUP_POPULATION).value(&office.population.to_string()),
        ],
    );
    let code = office.code.clone();
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let input = OfficeInput {
            name: form.text("name").to_string(),
            code: code.clone(),
            county: form.text("county").to_string(),
            population: form.text("population").to_string(),
        };
        match validate_office(&input) {
            Err(errors) => {
                form.set_errors(&errors);
                Saving::Invalid
            }
            Ok(valid) => match offices::update_own(ctx.store, &valid) {
                Ok(()) => {
                    ctx.say(s::MSG_SAVED);
                    Saving::Done(Some(LayerResult::Saved))
                }
                Err(e) => Saving::Failed(e.to_string()),
            },
        }
    };
    Ok(FormScreen::new(form, Box::new(save)))
}

fn labels(items: &[&str]) -> Vec<String> {
    items.iter().map(|l| l.to_string()).collect()
}

fn preferences_form(store: &Store) -> store::Result<FormScreen> {
    let p = settings::preferences(store)?;
    let yes_no = labels(&[s::FORM_BOOL_NO, s::FORM_BOOL_YES]);
    let form = Form::new(
        s::SETTINGS_SECTIONS[5],
        vec![
            Field::choice("theme", s::SET_THEME, labels(&s::SET_THEMES), false)
                .selected(Some(usize::from(p.ascii_theme))),
            Field::choice("printing", s::SET_PRINTING, yes_no, false)
                .selected(Some(usize::from(p.printing))),
            Field::text("printer", s::SET_PRINTER, 100).value(&p.printer),
            Field::text("pdf_font", s::SET_PDF_FONT, 300).value(&p.pdf_font),
            Field::text("output_dir", s::SET_OUTPUT_DIR, 300).value(&p.output_dir),
        ],
    );
    let save = |form: &mut Form, ctx: &mut Ctx<'_>| {
        let font = form.text("pdf_font").to_string();
        if !font.is_empty()
            && let Err(reason) = crate::report::font::open(std::path::Path::new(&font))
        {
            form.set_error("pdf_font", reason);
            return Saving::Invalid;
        }
        let output_dir = form.text("output_dir").to_string();
        if !output_dir.is_empty() && !std::path::Path::new(&output_dir).is_dir() {
            form.set_error("output_dir", s::SET_DIR_MISSING);
            return Saving::Invalid;
        }
        let p = settings::Preferences {
            ascii_theme: form.choice("theme") == Some(1),
            printing: form.choice("printing") == Some(1),
            printer: form.text("printer").to_string(),
            pdf_font: font,
            output_dir,
        };
        match settings::save_preferences(ctx.store, &p) {
            Ok(()) => {
                ctx.theme.ascii = p.ascii_theme;
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)))
}

/// 服务台账: the people-served target and what it counts (local rules, so settings).
fn ledger_form(store: &Store) -> store::Result<FormScreen> {
    let target = settings::get_or(
        store,
        settings::LEDGER_TARGET,
        settings::LEDGER_TARGET_DEFAULT,
    )?;
    let aid_only = settings::get_or(store, settings::LEDGER_KPI_SCOPE, "all")? == "aid";
    let form = Form::new(
        s::SETTINGS_SECTIONS[6],
        vec![
            Field::number("target", s::SET_LEDGER_TARGET)
                .required()
                .value(&target),
            Field::choice(
                "scope",
                s::SET_LEDGER_SCOPE,
                labels(&s::SET_LEDGER_SCOPES),
                false,
            )
            .selected(Some(usize::from(aid_only))),
        ],
    );
    let save = |form: &mut Form, ctx: &mut Ctx<'_>| {
        let target = form.text("target").to_string();
        let scope = if form.choice("scope") == Some(1) {
            "aid"
        } else {
            "all"
        };
        let saved = ctx.store.write(|tx| {
            tx.set_setting(settings::LEDGER_TARGET, &target)?;
            tx.set_setting(settings::LEDGER_KPI_SCOPE, scope)
        });
        match saved {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)))
}

/// 纠纷受理: the office's part of the case number.
fn dispute_form(store: &Store) -> store::Result<FormScreen> {
    let prefix = settings::dispute_prefix(store)?;
    let form = Form::new(
        s::SETTINGS_SECTIONS[7],
        vec![
            Field::text("prefix", s::SET_DISPUTE_PREFIX, 10)
                .required()
                .value(&prefix),
        ],
    );
    let save = |form: &mut Form, ctx: &mut Ctx<'_>| {
        // Required: a blank prefix never reaches this point (受理 refuses one anyway).
        let prefix = form.text("prefix").trim().to_string();
        match ctx
            .store
            .write(|tx| tx.set_setting(settings::DISPUTE_PREFIX, &prefix))
        {
            Ok(()) => {
                ctx.say(s::MSG_SAVED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)))
}
