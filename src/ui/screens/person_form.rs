//! The person form, new or existing. A valid ID number fills gender and birth date and shows
//! the age; an ID number already in the registry selects that person instead of a duplicate.

use crate::domain::module::CodeList;
use crate::domain::validation::FieldError;
use crate::domain::{IdNumber, PersonInput, ValidPerson, parse_date, validate_person};
use crate::store::persons::{self, Saved};
use crate::store::{self, Store, StoreError, codes, villages};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::screens::form_screen::{FormScreen, Saving};
use crate::ui::widgets::form::{Field, Form};

/// The new-person form, prefilled with what was typed in the picker.
pub fn new_person(ctx: &mut Ctx<'_>, name: &str, id_number: &str) -> store::Result<FormScreen> {
    let (mut form, village_ids) = build(ctx.store, s::PERSON_NEW, None)?;
    form.set_text("name", name);
    form.set_text("id_number", id_number);
    fill_from_id(&mut form, ctx);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(person) = validated(form, ctx) else {
            return Saving::Invalid;
        };
        let village = village_of(form, &village_ids);
        match persons::create(ctx.store, &person, village) {
            Ok(Saved::Created(id)) => {
                ctx.say(s::person_saved(&person.name));
                Saving::Done(Some(LayerResult::Person(id)))
            }
            Ok(Saved::Existing(id)) => {
                let name = persons::get(ctx.store, id)
                    .map(|p| p.name)
                    .unwrap_or_default();
                ctx.say(s::person_existing(&name));
                Saving::Done(Some(LayerResult::Person(id)))
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)).with_hook(on_leave))
}

/// The form of an existing person; saving records the change in the audit trail.
pub fn edit_person(ctx: &mut Ctx<'_>, id: i64) -> store::Result<FormScreen> {
    let person = persons::get(ctx.store, id)?;
    let (mut form, village_ids) = build(ctx.store, s::PERSON_EDIT, Some(&person))?;
    fill_from_id(&mut form, ctx);
    let save = move |form: &mut Form, ctx: &mut Ctx<'_>| {
        let Some(valid) = validated(form, ctx) else {
            return Saving::Invalid;
        };
        let village = village_of(form, &village_ids);
        match persons::update(ctx.store, id, &valid, village) {
            Ok(()) => {
                ctx.say(s::person_saved(&valid.name));
                Saving::Done(Some(LayerResult::Person(id)))
            }
            Err(StoreError::DuplicateIdNumber { .. }) => {
                form.set_error("id_number", s::ERR_DUPLICATE_ID);
                Saving::Invalid
            }
            Err(e) => Saving::Failed(e.to_string()),
        }
    };
    Ok(FormScreen::new(form, Box::new(save)).with_hook(on_leave))
}

fn build(
    store: &Store,
    title: &str,
    person: Option<&persons::Person>,
) -> store::Result<(Form, Vec<Option<i64>>)> {
    let ethnicities: Vec<String> = codes::list(store, CodeList::Ethnicity, true)?
        .into_iter()
        .map(|c| c.label)
        .collect();
    let villages = villages::list(store, true)?;
    let village_ids: Vec<Option<i64>> = villages.iter().map(|v| Some(v.id)).collect();
    let village_labels: Vec<String> = villages.into_iter().map(|v| v.name).collect();
    let genders: Vec<String> = s::GENDERS.iter().map(|g| g.to_string()).collect();
    let p = person.cloned().unwrap_or_default();
    let gender = genders.iter().position(|g| Some(g) == p.gender.as_ref());
    let ethnicity =
        ethnicities
            .iter()
            .position(|e| *e == p.ethnicity)
            .or(if ethnicities.is_empty() {
                None
            } else {
                Some(0)
            });
    let village = village_ids
        .iter()
        .position(|v| *v == p.village_id && v.is_some());
    let form = Form::new(
        title,
        vec![
            Field::text("name", s::PERSON_NAME, 20)
                .required()
                .value(&p.name),
            Field::text("id_number", s::PERSON_ID, 24)
                .value(p.id_number.as_deref().unwrap_or_default()),
            Field::choice("gender", s::PERSON_GENDER, genders, true).selected(gender),
            Field::date("birth_date", s::PERSON_BIRTH)
                .value(p.birth_date.as_deref().unwrap_or_default()),
            Field::choice("ethnicity", s::PERSON_ETHNICITY, ethnicities, true).selected(ethnicity),
            Field::text("phone", s::PERSON_PHONE, 20).value(p.phone.as_deref().unwrap_or_default()),
            Field::text("address", s::PERSON_ADDRESS, 100).value(&p.address),
            Field::choice("village", s::PERSON_VILLAGE, village_labels, true).selected(village),
        ],
    );
    Ok((form, village_ids))
}

fn village_of(form: &Form, ids: &[Option<i64>]) -> Option<i64> {
    form.choice("village")
        .and_then(|i| ids.get(i).copied().flatten())
}

fn validated(form: &mut Form, ctx: &Ctx<'_>) -> Option<ValidPerson> {
    let input = PersonInput {
        name: form.text("name").to_string(),
        id_number: form.text("id_number").to_string(),
        gender: form.choice_label("gender").to_string(),
        birth_date: form.text("birth_date").to_string(),
        ethnicity: form.choice_label("ethnicity").to_string(),
        phone: form.text("phone").to_string(),
        address: form.text("address").to_string(),
    };
    match validate_person(&input, ctx.today()) {
        Ok(valid) => Some(valid),
        Err(errors) => {
            form.set_errors(&errors);
            None
        }
    }
}

/// A valid ID number fills gender and birth date; an invalid one says why at the field.
fn fill_from_id(form: &mut Form, ctx: &Ctx<'_>) {
    let typed = form.text("id_number").to_string();
    if typed.is_empty() {
        return;
    }
    match IdNumber::parse(&typed, ctx.today()) {
        Ok(id) => {
            let gender = s::GENDERS.iter().position(|g| *g == id.gender().label());
            form.set_text("id_number", id.as_str());
            form.set_choice("gender", gender);
            form.set_text("birth_date", &crate::domain::format_date(id.birth_date()));
            show_age(form, ctx);
        }
        Err(e) => form.set_errors(&[FieldError::new("id_number", e.to_string())]),
    }
}

fn show_age(form: &mut Form, ctx: &Ctx<'_>) {
    let note = parse_date(form.text("birth_date"))
        .ok()
        .and_then(|birth| ctx.today().years_since(birth))
        .map(s::person_age)
        .unwrap_or_default();
    form.set_note("birth_date", &note);
}

fn on_leave(form: &mut Form, key: &str, ctx: &mut Ctx<'_>) {
    match key {
        "id_number" => fill_from_id(form, ctx),
        "birth_date" => show_age(form, ctx),
        "phone" if !form.text("phone").is_empty() => {
            if let Err(e) = crate::domain::parse_phone(form.text("phone")) {
                form.set_error("phone", &e.to_string());
            }
        }
        _ => {}
    }
}
