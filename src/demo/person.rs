//! One synthetic resident: name, ID number, birth date, ethnicity, phone, address.

use crate::domain::module::CodeList;
use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate};

use super::names;
use super::rng::Rng;
use crate::domain::{Gender, IdNumber, ValidPerson, check_char};
use crate::store::{Result as StoreResult, Store, codes};

/// Ethnicity codes of the code list with their weights (per 10,000); the labels are read from
/// the database.
const ETHNICITY_WEIGHTS: &[(&str, u32)] = &[
    ("01", 9_860), // Han
    ("22", 70),    // She, native to the hills of southern Jiangxi
    ("08", 20),    // Zhuang
    ("06", 15),    // Miao
    ("13", 10),    // Yao
    ("15", 10),    // Tujia
    ("03", 10),    // Hui
    ("10", 5),     // Korean
];
const KOREAN_CODE: &str = "10";

/// Age distribution of births by decade (weights); the last "decade" ends in 2008.
const BIRTH_DECADES: &[(i32, u32)] = &[
    (1940, 5),
    (1950, 11),
    (1960, 19),
    (1970, 19),
    (1980, 16),
    (1990, 16),
    (2000, 14),
];
const FIRST_BIRTH_YEAR: i32 = 1940;
const LAST_BIRTH_YEAR: i32 = 2008;

/// Makes residents: knows today, the ethnicity labels of the code list and the ID numbers
/// already given out.
pub(super) struct Residents {
    today: NaiveDate,
    ethnicities: Vec<(usize, u32)>,
    labels: Vec<String>,
    korean: Option<usize>,
    used_ids: HashSet<String>,
}

impl Residents {
    pub(super) fn new(store: &Store, today: NaiveDate) -> StoreResult<Residents> {
        let list = codes::list(store, CodeList::Ethnicity, true)?;
        let mut labels = Vec::new();
        let mut ethnicities = Vec::new();
        let mut korean = None;
        for (code, weight) in ETHNICITY_WEIGHTS {
            if let Some(entry) = list.iter().find(|c| c.code == *code) {
                if *code == KOREAN_CODE {
                    korean = Some(labels.len());
                }
                ethnicities.push((labels.len(), *weight));
                labels.push(entry.label.clone());
            }
        }
        Ok(Residents {
            today,
            ethnicities,
            labels,
            korean,
            used_ids: HashSet::new(),
        })
    }

    /// A resident of `village` (its full name) in `town`; `surname` when given, else a drawn one.
    pub(super) fn make(
        &mut self,
        rng: &mut Rng,
        surname: Option<&'static str>,
        town: &str,
        village: &str,
        community: bool,
    ) -> ValidPerson {
        let male = rng.chance(510);
        let birth = birth_date(rng, self.today);
        let surname = surname.unwrap_or_else(|| names::surname(rng));
        let given = names::given_name(rng, male, birth.year(), surname.chars().count() > 1);
        let id_number = if rng.chance(50) {
            None
        } else {
            id_number(rng, birth, male, self)
        };
        let ethnicity = match self.korean {
            Some(k) if surname == names::KOREAN_SURNAME && rng.chance(700) => k,
            _ => rng.weighted(&self.ethnicities).unwrap_or_default(),
        };
        // The old more often have no phone of their own.
        let no_phone_below = if self.today.year() - birth.year() >= 70 {
            350
        } else {
            120
        };
        let phone = match rng.below(1000) {
            0..70 => Some(names::landline(rng)),
            n if n < no_phone_below => None,
            _ => Some(names::mobile(rng)),
        };
        let address = if community {
            let (road, no) = (names::road(rng), rng.range(1, 199));
            format!("{town}{village}{road}{no}{}", names::HOUSE_NO)
        } else {
            let (group, no) = (rng.range(1, 12), rng.range(1, 80));
            let (g, h) = (names::GROUP, names::HOUSE_NO);
            format!("{town}{village}{group}{g}{no}{h}")
        };
        let gender = if male { Gender::Male } else { Gender::Female };
        ValidPerson {
            name: format!("{surname}{given}"),
            gender: Some(gender),
            // Without an ID number the desk seldom knows the exact birth date.
            birth_date: id_number.as_ref().map(|_| birth),
            id_number,
            ethnicity: self.labels.get(ethnicity).cloned().unwrap_or_default(),
            phone,
            address,
        }
    }
}

/// A birth date between 1940 and 2008 (never after `today`), by the age distribution.
pub(super) fn birth_date(rng: &mut Rng, today: NaiveDate) -> NaiveDate {
    let last = NaiveDate::from_ymd_opt(LAST_BIRTH_YEAR, 12, 31).map_or(today, |d| d.min(today));
    let first = NaiveDate::from_ymd_opt(FIRST_BIRTH_YEAR, 1, 1).map_or(last, |d| d.min(last));
    let decade = rng.weighted(BIRTH_DECADES).unwrap_or(FIRST_BIRTH_YEAR);
    let year = decade + rng.below((LAST_BIRTH_YEAR - decade + 1).clamp(1, 10) as u64) as i32;
    let leap = NaiveDate::from_ymd_opt(year, 2, 29).is_some();
    let day = rng.below(if leap { 366 } else { 365 });
    match NaiveDate::from_yo_opt(year, 1).and_then(|d| d.checked_add_days(Days::new(day))) {
        Some(d) if (first..=last).contains(&d) => d,
        _ => {
            let span = (last - first).num_days().max(0) as u64;
            first
                .checked_add_days(Days::new(rng.below(span + 1)))
                .unwrap_or(first)
        }
    }
}

/// A new, valid ID number: region, birth date, a sequence whose parity is the gender, the
/// check character. None in the (theoretical) case that no free number is found.
fn id_number(rng: &mut Rng, birth: NaiveDate, male: bool, ctx: &mut Residents) -> Option<IdNumber> {
    let born = birth.format("%Y%m%d").to_string();
    for _ in 0..100 {
        let region = names::region_code(rng, birth.year());
        let k = rng.range(1, 499);
        let sequence = if male { 2 * k - 1 } else { 2 * k };
        let first17 = format!("{region}{born}{sequence:03}");
        let Some(check) = check_char(&first17) else {
            continue;
        };
        let full = format!("{first17}{check}");
        if ctx.used_ids.contains(&full) {
            continue;
        }
        if let Ok(id) = IdNumber::parse(&full, ctx.today) {
            ctx.used_ids.insert(full);
            return Some(id);
        }
    }
    None
}
