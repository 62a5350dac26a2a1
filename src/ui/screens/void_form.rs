//! F8 on a list: the form that voids the selected record with a reason. Above the reason it
//! shows which record is voided (date, name, summary or case number), as the list's
//! [`Voider`] describes it, so that nobody voids the wrong line.

use super::form_screen::{FormScreen, Saving};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::layer::{Ctx, LayerResult};
use crate::ui::widgets::form::{Field, Form};

/// Voids one record with a reason.
pub type VoidFn = fn(&mut Store, i64, &str) -> store::Result<()>;

/// The lines that name one record: (label, value), in the order shown.
pub type Description = Vec<(&'static str, String)>;

/// Reads the lines that name record `id`.
pub type DescribeFn = Box<dyn Fn(&Store, i64) -> store::Result<Description>>;

/// How a list voids its records, and how the void form names the one voided.
pub struct Voider {
    pub void: VoidFn,
    pub describe: DescribeFn,
}

impl Voider {
    pub fn new(
        void: VoidFn,
        describe: impl Fn(&Store, i64) -> store::Result<Description> + 'static,
    ) -> Self {
        Voider {
            void,
            describe: Box::new(describe),
        }
    }
}

/// Longest value shown on one line of the description (a summary is cut, with "…").
const MAX_CHARS: usize = 40;

fn shorten(value: &str) -> String {
    let line = value.lines().next().unwrap_or_default();
    if line.chars().count() > MAX_CHARS || line.len() < value.trim_end().len() {
        let cut: String = line.chars().take(MAX_CHARS).collect();
        format!("{cut}…")
    } else {
        line.to_string()
    }
}

/// The void form of record `id`: its description (shown, not editable), then the reason.
pub fn void_form(store: &Store, id: i64, voider: &Voider) -> store::Result<FormScreen> {
    let mut fields: Vec<Field> = (voider.describe)(store, id)?
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| Field::fixed(format!("about{i}"), label, &shorten(&value)))
        .collect();
    fields.push(Field::note("reason", s::VOID_REASON, 100).required());
    let form = Form::new(s::VOID_TITLE, fields);
    let void = voider.void;
    let save =
        move |form: &mut Form, ctx: &mut Ctx<'_>| match void(ctx.store, id, form.text("reason")) {
            Ok(()) => {
                ctx.say(s::MSG_VOIDED);
                Saving::Done(Some(LayerResult::Saved))
            }
            Err(e) => Saving::Failed(e.to_string()),
        };
    Ok(FormScreen::new(form, Box::new(save)))
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn a_long_or_many_line_value_is_cut_with_an_ellipsis() {
        assert_eq!(shorten("张三"), "张三");
        assert_eq!(shorten("第一行\n第二行"), "第一行…");
        let long = "字".repeat(50);
        assert_eq!(shorten(&long), format!("{}…", "字".repeat(40)));
    }
}
