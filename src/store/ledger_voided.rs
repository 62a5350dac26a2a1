//! The voided entries of a period, for the day's printout: listed in their own section and
//! counted apart from the totals (nothing is deleted; a voided entry says why).

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::{EntryRow, Filter, SELECT, row, time_range};
use crate::store::write::text;
use crate::store::{Result, Store, StoreError};

/// The entries of the filter's office and period that were voided, oldest first, each with
/// its reason. The filter's other conditions do not apply.
pub fn voided(store: &Store, f: &Filter) -> Result<Vec<(EntryRow, String)>> {
    let (start, end) = time_range(f.from, f.to);
    let select = SELECT.replacen(
        "FROM service_entries e",
        ", coalesce(e.void_reason, '') FROM service_entries e",
        1,
    );
    let sql = format!(
        "{select} WHERE e.office_code = ? AND e.served_at >= ? AND e.served_at < ?
         AND e.voided_at IS NOT NULL ORDER BY e.served_at, e.id"
    );
    let params = [text(&f.office_code), Value::Text(start), Value::Text(end)];
    let mut stmt = store
        .conn()
        .prepare(&sql)
        .map_err(StoreError::sql("读取台账"))?;
    let rows = stmt
        .query_map(params_from_iter(params.iter()), |r| {
            Ok((row(r)?, r.get::<_, String>(16)?))
        })
        .map_err(StoreError::sql("读取台账"))?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::sql("读取台账"))
}
