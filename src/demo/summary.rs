//! What `demo` wrote, counted through the module registry: a new module's records table is
//! counted (and named in the printed line) without a change here.

use crate::domain::module::Module;
use crate::store::Result as StoreResult;
use crate::store::records;
use crate::store::write::Tx;
use crate::strings;

/// What was generated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub offices: usize,
    pub persons: usize,
    /// The records of every module with a table (`Module::records_table`), in the order of
    /// the tabs.
    pub records: Vec<(Module, usize)>,
    /// 社区矫正 subjects in correction today (the records count everyone ever registered).
    pub in_correction: usize,
}

impl Summary {
    /// The records written of one module; 0 for a module without a table.
    pub fn records_of(&self, module: Module) -> usize {
        self.records
            .iter()
            .find(|(m, _)| *m == module)
            .map_or(0, |(_, n)| *n)
    }

    /// The line `demo` prints: offices, persons, then each module's records.
    pub fn line(&self) -> String {
        let tallies: Vec<String> = self
            .records
            .iter()
            .map(|(m, n)| match m {
                Module::Corrections => strings::tally_corrections_demo(*n, self.in_correction),
                _ => m.tally(*n),
            })
            .collect();
        strings::cli_demo_done(self.offices, self.persons, &tallies)
    }
}

/// The rows of each module's records table, in the order of the tabs (inside the write
/// transaction, so they are the rows the demo wrote).
pub(super) fn module_records(tx: &Tx<'_>) -> StoreResult<Vec<(Module, usize)>> {
    Module::ALL
        .into_iter()
        .filter_map(|m| m.records_table().map(|table| (m, table)))
        .map(|(m, table)| Ok((m, records::count(tx, table)?)))
        .collect()
}
