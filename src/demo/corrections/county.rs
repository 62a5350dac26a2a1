//! What the county's offices share in the demo: who signs at the county agency, and the
//! running 文号 of its decisions and of the court's rulings.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::demo::names;
use crate::demo::rng::Rng;
use crate::strings as s;

/// What the county's offices share: who signs at the county and the running 文号.
pub(super) struct County {
    approvers: Vec<String>,
    docs: HashMap<i32, u32>,
    rulings: HashMap<i32, u32>,
}

impl County {
    pub(super) fn new(rng: &mut Rng) -> County {
        let approvers = (0..2)
            .map(|_| {
                let surname = names::surname(rng);
                let male = rng.chance(600);
                let born = rng.range(1968, 1985) as i32;
                format!("{surname}{}", names::given_name(rng, male, born, false))
            })
            .collect();
        County {
            approvers,
            docs: HashMap::new(),
            rulings: HashMap::new(),
        }
    }

    pub(super) fn approver(&self, rng: &mut Rng) -> String {
        let i = rng.below(self.approvers.len() as u64) as usize;
        self.approvers.get(i).cloned().unwrap_or_default()
    }

    /// The county agency's next 文号 of the year.
    pub(super) fn doc_no(&mut self, on: NaiveDate) -> String {
        let n = self.docs.entry(on.year()).or_insert(0);
        *n += 1;
        let abbr: String = names::COUNTY.chars().take(1).collect();
        s::demo_doc_no(&abbr, on.year(), *n)
    }

    /// The county court's next 刑更 ruling number of the year.
    pub(super) fn ruling_no(&mut self, on: NaiveDate) -> String {
        let n = self.rulings.entry(on.year()).or_insert(0);
        *n += 1;
        let region: String = names::FIRST_OFFICE_CODE
            .to_string()
            .chars()
            .skip(2)
            .take(4)
            .collect();
        s::demo_court_ruling_no(on.year(), &region, *n)
    }
}
