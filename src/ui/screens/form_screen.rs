//! A form as a layer: F10 saves through the owner's save function, Esc asks before discarding,
//! and a hook may react when the focus leaves a field (an ID number fills gender and birth date).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Clear;

use crate::domain::{mask_id, mask_phone};
use crate::store::persons::{self, Person};
use crate::strings as s;
use crate::ui::action::Action;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, Layer, LayerResult, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::confirm::Confirm;
use crate::ui::widgets::form::{Form, FormEvent, Key};
use crate::ui::widgets::message::Message;

/// Who a picked person is, beside their name: masked ID or phone.
fn person_note(p: &Person) -> String {
    match (&p.id_number, &p.phone) {
        (Some(id), _) => mask_id(id),
        (None, Some(phone)) => mask_phone(phone),
        (None, None) => s::PERSON_IN_REGISTRY.to_string(),
    }
}

/// What a save function did.
pub enum Saving {
    /// Saved: close the form, handing this to the layer beneath.
    Done(Option<LayerResult>),
    /// Done, and what was chosen opens in the form's place (a month chosen opens its grid).
    Then(Box<dyn Layer>),
    /// Not saved: errors are on the form's fields.
    Invalid,
    /// Not saved: a message for the person (the database refused, the file is read-only …).
    Failed(String),
}

pub type SaveFn = Box<dyn FnMut(&mut Form, &mut Ctx<'_>) -> Saving>;
pub type LeaveHook = fn(&mut Form, &str, &mut Ctx<'_>);

const DISCARD: &str = "discard";

pub struct FormScreen {
    form: Form,
    on_save: SaveFn,
    on_leave: Option<LeaveHook>,
    /// The person field whose picker is open.
    picking: Option<Key>,
    /// Esc asks this even when nothing was typed (leaving the first-run setup quits).
    leaving: Option<&'static str>,
    /// What F10 does here when it is not 保存 (a search form: 查找).
    save_label: Option<&'static str>,
    /// Names typed into a person field that the same-name question was asked about (field,
    /// name): asked once, a name kept as it is stays a name.
    asked: Vec<(Key, String)>,
}

impl FormScreen {
    pub fn new(form: Form, on_save: SaveFn) -> Self {
        FormScreen {
            form,
            on_save,
            on_leave: None,
            picking: None,
            leaving: None,
            save_label: None,
            asked: Vec::new(),
        }
    }

    fn save(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        match (self.on_save)(&mut self.form, ctx) {
            Saving::Done(result) => Outcome::Close(result),
            Saving::Then(layer) => Outcome::Replace(layer),
            Saving::Invalid => {
                ctx.say(s::FORM_HAS_ERRORS);
                Outcome::Changed
            }
            Saving::Failed(message) => Outcome::Push(Box::new(Message::error(message))),
        }
    }

    /// The same-name question for person field `key`: a name typed without taking anyone
    /// from the picker, that people in the registry already have, opens the picker on them
    /// (once per name).
    fn same_name(&mut self, key: &Key, ctx: &mut Ctx<'_>) -> Option<Outcome> {
        let (id, typed) = self.form.person(key);
        let name = typed.trim().to_string();
        if id.is_some() || name.is_empty() || self.asked.iter().any(|(k, n)| k == key && *n == name)
        {
            return None;
        }
        if persons::count_named(ctx.store, &name).ok()? == 0 {
            return None;
        }
        self.asked.push((key.clone(), name.clone()));
        self.picking = Some(key.clone());
        Some(Outcome::PickSameName(name))
    }

    /// F10 is called `label` on the key line and in the help (a filter form: 查找).
    pub fn saving_as(mut self, label: &'static str) -> Self {
        self.save_label = Some(label);
        self
    }

    /// Esc always asks `question` first, typed into or not.
    pub fn asking_before_leaving(mut self, question: &'static str) -> Self {
        self.leaving = Some(question);
        self
    }

    pub fn with_hook(mut self, hook: LeaveHook) -> Self {
        self.on_leave = Some(hook);
        self
    }

    pub fn form(&self) -> &Form {
        &self.form
    }
}

impl Layer for FormScreen {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    /// F2 only where the form has a person field.
    fn commands(&self) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(label) = self.save_label {
            commands.push(Command::new(Action::Save, label));
        }
        let (_, _, person) = self.form.field_kinds();
        if person {
            commands.push(Command::new(
                Action::NewPerson,
                Action::NewPerson.description(),
            ));
        }
        commands
    }

    fn help_notes(&self) -> Vec<(String, String)> {
        let (choice, multi, _) = self.form.field_kinds();
        let mut notes = Vec::new();
        if choice || multi {
            notes.push((
                s::HELP_DIGITS.to_string(),
                s::HELP_CHOOSE_BY_DIGIT.to_string(),
            ));
            notes.push((
                s::HELP_LETTERS.to_string(),
                s::HELP_CHOOSE_BY_PINYIN.to_string(),
            ));
        }
        if multi {
            notes.push((s::HELP_SPACE.to_string(), s::HELP_TICK.to_string()));
        }
        notes
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        self.form.set_width(ctx.width);
        match self.form.handle(&input) {
            FormEvent::Ignored => Outcome::Ignored,
            FormEvent::Changed => Outcome::Changed,
            FormEvent::Left(key) => {
                if let Some(hook) = self.on_leave {
                    hook(&mut self.form, &key, ctx);
                }
                self.same_name(&key, ctx).unwrap_or(Outcome::Changed)
            }
            FormEvent::Invalid => {
                ctx.say(s::FORM_HAS_ERRORS);
                Outcome::Changed
            }
            FormEvent::Save => {
                // A name typed and saved at once still gets the same-name question first.
                for key in self.form.person_keys() {
                    if let Some(ask) = self.same_name(&key, ctx) {
                        return ask;
                    }
                }
                self.save(ctx)
            }
            FormEvent::Cancel if self.leaving.is_some() => Outcome::Push(Box::new(Confirm::new(
                self.leaving.unwrap_or(s::CONFIRM_DISCARD),
                DISCARD,
            ))),
            FormEvent::Cancel if self.form.is_dirty() => {
                Outcome::Push(Box::new(Confirm::new(s::CONFIRM_DISCARD, DISCARD)))
            }
            FormEvent::Cancel => Outcome::Close(None),
            FormEvent::PickPerson(key) => {
                let typed = self.form.person(&key).1.to_string();
                self.picking = Some(key);
                Outcome::PickPerson(typed)
            }
        }
    }

    fn on_result(&mut self, result: LayerResult, ctx: &mut Ctx<'_>) -> Outcome {
        match result {
            LayerResult::Person(id) | LayerResult::Picked(id) => {
                if let Some(key) = self.picking.take() {
                    match persons::get(ctx.store, id) {
                        Ok(p) => {
                            let note = person_note(&p);
                            self.form.set_person(&key, id, &p.name, &note);
                            if let Some(hook) = self.on_leave {
                                hook(&mut self.form, &key, ctx);
                            }
                            self.form.focus_next();
                        }
                        Err(e) => ctx.say(e.to_string()),
                    }
                }
                Outcome::Changed
            }
            LayerResult::Confirmed(DISCARD) => {
                ctx.say(s::MSG_CANCELLED);
                Outcome::Close(None)
            }
            _ => Outcome::Changed,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        frame.render_widget(Clear, area);
        self.form.render(frame, area, theme)
    }

    fn is_dirty(&self) -> bool {
        self.form.is_dirty()
    }
}
