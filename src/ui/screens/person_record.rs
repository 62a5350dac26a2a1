//! A person's own screen in the registry (Enter on a person): who, and their history across
//! the modules — ledger visits and disputes with their status. F4 修改 opens the person form.
//! The ID number and phone are shown whole here (the person's own screen).

use crate::store::person_history::{self, Party, Visit};
use crate::store::persons::{self, Person};
use crate::store::{self, Store};
use crate::strings as s;
use crate::ui::layer::{Ctx, Layer};
use crate::ui::screens::person_form;
use crate::ui::screens::record_screen::{Record, RecordScreen, Section};
use crate::ui::widgets::table::{Column, TableRow};

/// Records of each module shown at most (the newest).
const SHOWN: usize = 200;

pub type PersonScreen = RecordScreen<PersonRecord>;

pub struct PersonRecord {
    id: i64,
    person: Person,
    visits: Vec<Visit>,
    parties: Vec<Party>,
}

impl PersonScreen {
    pub fn open(store: &Store, id: i64) -> store::Result<Self> {
        let mut record = PersonRecord {
            id,
            person: persons::get(store, id)?,
            visits: Vec::new(),
            parties: Vec::new(),
        };
        record.reload(store)?;
        Ok(RecordScreen::new(record))
    }
}

/// What F4 offers on a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonAction {
    Edit,
}

impl Record for PersonRecord {
    type Action = PersonAction;

    fn title(&self) -> String {
        s::person_record_title(&self.person.name)
    }

    fn fields(&self) -> Vec<(String, String)> {
        let p = &self.person;
        let mut out = vec![(s::PERSON_NAME.to_string(), p.name.clone())];
        for (label, value) in [
            (s::PERSON_ID, p.id_number.clone()),
            (s::PERSON_GENDER, p.gender.clone()),
            (s::PERSON_BIRTH, p.birth_date.clone()),
            (s::PERSON_PHONE, p.phone.clone()),
            (s::PERSON_ADDRESS, Some(p.address.clone())),
        ] {
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                out.push((label.to_string(), v));
            }
        }
        out
    }

    fn sections(&self) -> Vec<Section> {
        let visits = self
            .visits
            .iter()
            .map(|v| TableRow {
                id: v.id,
                cells: vec![v.served_at.clone(), v.service.clone(), v.summary.clone()],
                dim: false,
            })
            .collect();
        let disputes = self
            .parties
            .iter()
            .map(|p| TableRow {
                id: p.id,
                cells: vec![
                    p.case_short
                        .clone()
                        .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
                    p.registered_on.clone(),
                    if p.applicant {
                        s::DISPUTE_F_APPLICANT
                    } else {
                        s::DISPUTE_F_RESPONDENT
                    }
                    .to_string(),
                    p.status.label().to_string(),
                ],
                dim: !p.status.is_open(),
            })
            .collect();
        vec![
            Section {
                title: s::PERSON_SEC_DISPUTES.to_string(),
                columns: vec![
                    Column::new(s::DISPUTE_COL_CASE_NO, 8),
                    Column::new(s::DISPUTE_F_REGISTERED, 10),
                    Column::new(s::PERSON_COL_SIDE, 6),
                    Column::new(s::DISPUTE_COL_STATUS, 0),
                ],
                rows: disputes,
            },
            Section {
                title: s::PERSON_SEC_VISITS.to_string(),
                columns: vec![
                    Column::new(s::LEDGER_COL_TIME, 16),
                    Column::new(s::LEDGER_COL_SERVICE, 8),
                    Column::new(s::LEDGER_COL_SUMMARY, 0),
                ],
                rows: visits,
            },
        ]
    }

    fn actions_label(&self) -> &'static str {
        s::PERSON_ACTIONS
    }

    fn actions(&self) -> Vec<(PersonAction, String)> {
        vec![(PersonAction::Edit, s::PERSON_EDIT_ACTION.to_string())]
    }

    fn action(&mut self, action: PersonAction, ctx: &mut Ctx<'_>) -> store::Result<Box<dyn Layer>> {
        match action {
            PersonAction::Edit => Ok(Box::new(person_form::edit_person(ctx, self.id)?)),
        }
    }

    fn reload(&mut self, store: &Store) -> store::Result<()> {
        self.person = persons::get(store, self.id)?;
        let (visits, parties) = person_history::history(store, self.id, SHOWN)?;
        self.visits = visits;
        self.parties = parties;
        Ok(())
    }
}
