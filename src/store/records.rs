//! Whether, and how many, rows a record table holds, by the table's name in code: the tables of
//! the module registry (`Module::tables`) and the shared ones (`write::Table::name`). The demo
//! reads them inside its one write transaction, to refuse a file with real records and to count
//! what it wrote.

use super::write::Tx;
use super::{Result, StoreError};

/// Whether `table` holds any row, voided ones included.
pub fn any(tx: &Tx<'_>, table: &'static str) -> Result<bool> {
    debug_assert!(is_plain_name(table), "{table}");
    tx.conn()
        .query_row(&format!("SELECT EXISTS (SELECT 1 FROM {table})"), [], |r| {
            r.get(0)
        })
        .map_err(StoreError::sql("检查数据库内容"))
}

/// How many rows `table` holds, voided ones included.
pub fn count(tx: &Tx<'_>, table: &'static str) -> Result<usize> {
    debug_assert!(is_plain_name(table), "{table}");
    tx.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| usize::try_from(n).unwrap_or_default())
        .map_err(StoreError::sql("统计记录"))
}

/// Table names here come from code; a name is lower-case letters and underscores.
fn is_plain_name(table: &str) -> bool {
    !table.is_empty() && table.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::module::Module;
    use crate::store::Store;
    use crate::store::write::{Table, text};

    #[test]
    fn every_table_of_the_registry_exists_and_is_counted() {
        let mut store = Store::open_in_memory().expect("a store");
        let empty = store
            .write(|tx| {
                let mut out = Vec::new();
                for module in Module::ALL {
                    for table in module.tables() {
                        out.push((*table, any(tx, table)?, count(tx, table)?));
                    }
                }
                Ok(out)
            })
            .expect("every table of the registry");
        assert!(!empty.is_empty());
        assert!(empty.iter().all(|(_, any, n)| !any && *n == 0), "{empty:?}");

        let persons = Table::Persons.name();
        let (before, after, n) = store
            .write(|tx| {
                let before = any(tx, persons)?;
                tx.insert(Table::Persons, &[("name", text("张三"))])?;
                let id = tx.insert(Table::Persons, &[("name", text("李四"))])?.id;
                tx.void(Table::Persons, id, "重复登记")?;
                Ok((before, any(tx, persons)?, count(tx, persons)?))
            })
            .expect("two persons");
        assert_eq!((before, after, n), (false, true, 2));
    }
}
