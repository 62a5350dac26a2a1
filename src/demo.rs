//! Synthetic data for trying the program out: offices, villages, operators, persons, the
//! service ledger, people's-mediation disputes and 社区矫正.
//!
//! Everything random comes from small deterministic generators (SplitMix64) seeded by the
//! caller, so the same seed and the same day give the same records (uids and write instants
//! excepted: those come from the store's write path; today's ledger stops at `now`, so a later
//! hour only adds entries). Every row up to the disputes is written through the audited write
//! path in ONE transaction that also sets the `demo` marker last, so a file is either untouched
//! or filled and marked. 社区矫正 follows, written only through `store::corrections` (which
//! opens a transaction for each write, as the desk's saves do): a failure there leaves a
//! marked demo file with part of it.

mod corrections;
mod disputes;
mod ledger;
mod matters;
mod names;
mod person;
mod rng;
mod summary;
#[cfg(test)]
mod tests;

use std::fmt;

use chrono::NaiveDateTime;
use rusqlite::types::Value;

use crate::domain::module::Module;
use crate::store::write::{Table, Tx, text};
use crate::store::{Result as StoreResult, Store};
use crate::store::{StoreError, codes, persons, records, settings};
use crate::strings;
use ledger::{Desk, Rate, Visitor};
use person::Residents;
use rng::Rng;
pub use summary::Summary;

/// Entries of the county demo in all (issue 3: about 1,000,000 over three years).
const COUNTY_ENTRIES: f64 = 1_000_000.0;
/// Years of ledger: two for a township, three for the county.
const TOWNSHIP_YEARS: u32 = 2;
const COUNTY_YEARS: u32 = 3;
/// Mixed into the seed for each office's ledger generator.
const LEDGER_SALT: u64 = 0x6C65_6467_6572_0001;
/// Mixed into the seed for each office's dispute generator.
const DISPUTE_SALT: u64 = 0x6469_7370_7574_0001;

/// How much to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// One office (the file's own) with at least 1,500 persons.
    Township,
    /// A county of 25 offices (the first is the file's own) with at least 100,000 persons.
    County,
}

impl Scale {
    /// The value stored in the `demo` setting and typed on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Township => "township",
            Scale::County => "county",
        }
    }

    pub fn from_name(name: &str) -> Option<Scale> {
        match name.trim() {
            "township" => Some(Scale::Township),
            "county" => Some(Scale::County),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub enum DemoError {
    /// The file already holds records that are not demo data; nothing was written.
    HasRealRecords,
    /// The file was already filled by `demo`; nothing was written.
    AlreadyDemo,
    Store(StoreError),
}

impl fmt::Display for DemoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DemoError::HasRealRecords => f.write_str(strings::CLI_DEMO_REFUSED),
            DemoError::AlreadyDemo => f.write_str(strings::CLI_DEMO_ALREADY),
            DemoError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for DemoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DemoError::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<StoreError> for DemoError {
    fn from(e: StoreError) -> Self {
        DemoError::Store(e)
    }
}

/// One office to generate.
struct OfficePlan {
    code: String,
    town: &'static str,
    population: i64,
    persons: usize,
    /// Name and role of each operator; the first is the administrator.
    operators: Vec<(String, &'static str)>,
    /// Ledger entries a working day.
    rate: Rate,
}

/// Fills a fresh file with demo data: the ledger runs up to `now` (local time), its day is
/// the demo's today. Refuses a file that holds any record not made by `demo` (offices,
/// operators, villages, persons, local code-list entries, any module's records) and a file
/// that is already demo data; nothing is written then.
pub fn generate(
    store: &mut Store,
    scale: Scale,
    seed: u64,
    now: NaiveDateTime,
) -> Result<Summary, DemoError> {
    let today = now.date();
    let mut rng = Rng::new(seed);
    let mut residents = Residents::new(store, today)?;
    let years = match scale {
        Scale::Township => TOWNSHIP_YEARS,
        Scale::County => COUNTY_YEARS,
    };
    let from = ledger::first_day(today, years);
    let plans = plan_offices(&mut rng, scale, ledger::working_days(from, today));
    let admin = plans
        .first()
        .and_then(|p| p.operators.first())
        .map(|(name, _)| name.clone())
        .unwrap_or_default();
    let previous_operator = store.operator().to_string();
    store.set_operator(&admin);
    let outcome = store.write(|tx| {
        if let Some(refusal) = refusal(tx)? {
            return Ok(Err(refusal));
        }
        let mut residents_of = Vec::with_capacity(plans.len());
        for (index, plan) in (0u64..).zip(&plans) {
            let visitors = write_office(tx, &mut rng, plan, &mut residents)?;
            let mut ledger_rng = Rng::new(seed ^ LEDGER_SALT.wrapping_mul(index + 1));
            let desk = Desk {
                office_code: &plan.code,
                operators: plan.operators.iter().map(|(n, _)| n.as_str()).collect(),
                visitors: &visitors,
                rate: plan.rate,
                from,
                now,
            };
            ledger::write_entries(tx, &mut ledger_rng, &desk)?;
            let mut dispute_rng = Rng::new(seed ^ DISPUTE_SALT.wrapping_mul(index + 1));
            let mediation = disputes::Mediation {
                office_code: &plan.code,
                town: plan.town,
                // As `settings::dispute_prefix` derives it from the office's name.
                prefix: plan.town.chars().take(2).collect(),
                mediators: plan.operators.iter().map(|(n, _)| n.as_str()).collect(),
                residents: &visitors,
                from,
                today,
            };
            disputes::write_disputes(tx, &mut dispute_rng, &mediation)?;
            residents_of.push(visitors);
        }
        if let Some(own) = plans.first() {
            tx.set_setting(settings::OFFICE_CODE, &own.code)?;
        }
        tx.set_setting(settings::DEMO, scale.as_str())?;
        Ok(Ok(residents_of))
    });
    store.set_operator(&previous_operator);
    let residents_of = outcome??;
    let in_correction = corrections::write_offices(store, seed, &plans, &residents_of, today);
    store.reload_office_code()?;
    let in_correction = in_correction?;
    Ok(Summary {
        offices: plans.len(),
        persons: residents_of.iter().map(Vec::len).sum(),
        records: store.write(summary::module_records)?,
        in_correction,
    })
}

/// Why the file must not be filled, if it must not. Runs inside the write transaction, so no
/// other program can add a record between the look and the writes.
fn refusal(tx: &Tx<'_>) -> StoreResult<Option<DemoError>> {
    if settings::get_in(tx, settings::DEMO)?.is_some() {
        return Ok(Some(DemoError::AlreadyDemo));
    }
    // The tables every module shares, then each module's own (a new module's too).
    let shared = [
        Table::Offices,
        Table::Operators,
        Table::Villages,
        Table::Persons,
    ]
    .map(Table::name);
    let modules = Module::ALL
        .into_iter()
        .flat_map(|m| m.tables().iter().copied());
    for table in shared.into_iter().chain(modules) {
        if records::any(tx, table)? {
            return Ok(Some(DemoError::HasRealRecords));
        }
    }
    Ok(codes::any_local(tx)?.then_some(DemoError::HasRealRecords))
}

/// The offices with their persons and ledger rates; `working_days` is the ledger's length.
fn plan_offices(rng: &mut Rng, scale: Scale, working_days: u64) -> Vec<OfficePlan> {
    let (count, total) = match scale {
        Scale::Township => (1, rng.range(1_500, 1_900)),
        Scale::County => (names::TOWNS.len(), rng.range(100_000, 104_000)),
    };
    let weights: Vec<u64> = (0..count).map(|_| rng.range(60, 140)).collect();
    let weight_sum: u64 = weights.iter().sum::<u64>().max(1);
    let mut shares: Vec<u64> = weights.iter().map(|w| total * w / weight_sum).collect();
    let rounded_off = total - shares.iter().sum::<u64>().min(total);
    if let Some(first) = shares.first_mut() {
        *first += rounded_off;
    }
    names::TOWNS
        .iter()
        .zip(shares)
        .zip(0u64..)
        .map(|((town, persons), i)| OfficePlan {
            code: (names::FIRST_OFFICE_CODE + i).to_string(),
            town,
            population: rng.range(20_000, 70_000) as i64,
            persons: persons as usize,
            operators: plan_operators(rng),
            // County: busier desks, so that the county's offices log about a million entries,
            // each in proportion to its registry.
            rate: match scale {
                Scale::Township => Rate::TOWNSHIP,
                Scale::County => Rate::around(
                    COUNTY_ENTRIES * persons as f64
                        / total.max(1) as f64
                        / working_days.max(1) as f64,
                ),
            },
        })
        .collect()
}

/// Three to five operators with distinct names: an administrator, a head, the rest staff.
fn plan_operators(rng: &mut Rng) -> Vec<(String, &'static str)> {
    let count = rng.range(3, 5) as usize;
    let mut operators: Vec<(String, &'static str)> = Vec::new();
    while operators.len() < count {
        let born = rng.range(1970, 2000) as i32;
        let surname = names::surname(rng);
        let male = rng.chance(500);
        let given = names::given_name(rng, male, born, surname.chars().count() > 1);
        let name = format!("{surname}{given}");
        if operators.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let role = match operators.len() {
            0 => "admin",
            1 => "head",
            _ => "staff",
        };
        operators.push((name, role));
    }
    operators
}

/// Writes one office with its operators, villages and persons; returns the persons written, as
/// the ledger's visitors.
fn write_office(
    tx: &Tx<'_>,
    rng: &mut Rng,
    plan: &OfficePlan,
    residents: &mut Residents,
) -> StoreResult<Vec<Visitor>> {
    let code = || text(&plan.code);
    let office_name = format!("{}{}", plan.town, names::OFFICE_SUFFIX);
    tx.insert(
        Table::Offices,
        &[
            ("office_code", code()),
            ("name", text(&office_name)),
            ("county", text(names::COUNTY)),
            ("population", Value::Integer(plan.population)),
        ],
    )?;
    for (name, role) in &plan.operators {
        tx.insert(
            Table::Operators,
            &[
                ("office_code", code()),
                ("name", text(name)),
                ("role", text(role)),
            ],
        )?;
    }
    let villages = write_villages(tx, rng, plan)?;
    let village_weights: Vec<(usize, u32)> =
        villages.iter().map(|v| v.weight).enumerate().collect();
    // Every special-reading and compound surname appears in every office, at random places.
    let mut showcase: Vec<Option<&'static str>> = vec![None; plan.persons];
    for surname in names::SHOWCASE_SURNAMES {
        for _ in 0..plan.persons {
            let slot = rng.below(plan.persons as u64) as usize;
            if let Some(s @ None) = showcase.get_mut(slot) {
                *s = Some(surname);
                break;
            }
        }
    }
    let mut written = Vec::with_capacity(plan.persons);
    for forced in showcase {
        let index = rng.weighted(&village_weights).unwrap_or_default();
        let Some(village) = villages.get(index) else {
            continue;
        };
        let person = residents.make(rng, forced, plan.town, &village.name, village.community);
        let inserted = persons::insert_in(tx, &person, Some(village.id), &plan.code)?;
        written.push(Visitor::new(inserted.id, &person));
    }
    Ok(written)
}

struct VillageRow {
    id: i64,
    /// Full name with 村 or 社区.
    name: String,
    community: bool,
    /// Relative number of residents.
    weight: u32,
}

/// 20 to 30 villages and communities with distinct names, two to four of them communities.
fn write_villages(tx: &Tx<'_>, rng: &mut Rng, plan: &OfficePlan) -> StoreResult<Vec<VillageRow>> {
    let total = rng.range(20, 30) as usize;
    let communities = rng.range(2, 4) as usize;
    let mut rows: Vec<VillageRow> = Vec::with_capacity(total);
    while rows.len() < total {
        let community = rows.len() < communities;
        let name = if community {
            format!("{}{}", names::community_name(rng), names::COMMUNITY)
        } else {
            format!("{}{}", names::village_name(rng), names::VILLAGE)
        };
        if rows.iter().any(|r| r.name == name) {
            continue;
        }
        let kind = if community {
            names::COMMUNITY
        } else {
            names::VILLAGE
        };
        let inserted = tx.insert(
            Table::Villages,
            &[
                ("office_code", text(&plan.code)),
                ("name", text(&name)),
                ("kind", text(kind)),
                ("sort", Value::Integer(rows.len() as i64 + 1)),
            ],
        )?;
        let weight = if community {
            rng.range(150, 300)
        } else {
            rng.range(40, 160)
        };
        rows.push(VillageRow {
            id: inserted.id,
            name,
            community,
            weight: weight as u32,
        });
    }
    Ok(rows)
}
