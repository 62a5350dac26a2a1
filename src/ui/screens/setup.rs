//! First run: a database with no office set up opens this form before anything else.

use super::form_screen::{FormScreen, Saving};
use crate::domain::office::{OfficeInput, validate_name, validate_new_office};
use crate::domain::validation::FieldError;
use crate::store::offices;
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::widgets::form::{Field, Form};

pub fn setup_form() -> FormScreen {
    let form = Form::new(
        s::SETUP_TITLE,
        vec![
            Field::text("name", s::SETUP_NAME, 30).required(),
            Field::text("code", s::SETUP_CODE, 20).required(),
            Field::text("county", s::SETUP_COUNTY, 30),
            Field::number("population", s::SETUP_POPULATION),
            Field::text("operator", s::SETUP_OPERATOR, 20)
                .required()
                .value(s::DEFAULT_OPERATOR),
        ],
    );
    FormScreen::new(form, Box::new(save)).asking_before_leaving(s::SETUP_QUIT_CONFIRM)
}

fn save(form: &mut Form, ctx: &mut Ctx<'_>) -> Saving {
    let input = OfficeInput {
        name: form.text("name").to_string(),
        code: form.text("code").to_string(),
        county: form.text("county").to_string(),
        population: form.text("population").to_string(),
    };
    let office = validate_new_office(&input);
    let operator = validate_name(form.text("operator"), 20)
        .map_err(|e| FieldError::new("operator", e.message));
    let (office, operator) = match (office, operator) {
        (Ok(o), Ok(op)) => (o, op),
        (office, operator) => {
            let mut errors = office.err().unwrap_or_default();
            errors.extend(operator.err());
            form.set_errors(&errors);
            return Saving::Invalid;
        }
    };
    match offices::setup(ctx.store, &office, &operator) {
        Ok(_) => {
            ctx.say(s::SETUP_DONE);
            Saving::Done(Some(LayerResult::Saved))
        }
        Err(e) => Saving::Failed(e.to_string()),
    }
}
