//! Keyset paging shared by the long lists (the ledger, the dispute register, the person
//! registry): a list is ordered newest first by `(key DESC, id DESC)`, and a page starts at a
//! [`Cursor`]. The cursor's row becomes a row-value bound on the list's index — the one bound
//! on that side of the range, so SQLite seeks to it and a page deep in the list costs what the
//! first page costs.

use std::cmp::Ordering;

use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use super::{Result, Store, StoreError};

/// Where a page starts, in the list's own order (newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// The first rows.
    First,
    /// The last rows (the oldest).
    Last,
    /// The rows after this one.
    After(i64),
    /// The rows before this one, the nearest last.
    Before(i64),
    /// This row (when it is in the list) and the rows after it.
    From(i64),
}

impl Cursor {
    /// True when the page is read backwards from its far end (and turned round before it is
    /// returned).
    pub fn backwards(self) -> bool {
        matches!(self, Cursor::Last | Cursor::Before(_))
    }

    fn id(self) -> Option<i64> {
        match self {
            Cursor::After(id) | Cursor::Before(id) | Cursor::From(id) => Some(id),
            Cursor::First | Cursor::Last => None,
        }
    }
}

/// One end of a filter's range on the key column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bound {
    pub value: Value,
    pub inclusive: bool,
}

impl Bound {
    pub fn inclusive(value: Value) -> Option<Bound> {
        Some(Bound {
            value,
            inclusive: true,
        })
    }

    pub fn exclusive(value: Value) -> Option<Bound> {
        Some(Bound {
            value,
            inclusive: false,
        })
    }
}

/// A list's order and the filter's range on its key.
pub(crate) struct Keyset<'a> {
    /// The ordering column (`e.served_at`); None when the list is ordered by id alone.
    pub key: Option<&'a str>,
    /// The id column (`e.id`).
    pub id: &'a str,
    /// How to read the key of the cursor's row: `SELECT key FROM table WHERE id = ?1`, any
    /// row, voided or filtered out or not.
    pub key_of: &'a str,
    /// The filter's range on the key: `key >= lower`, `key < upper` …
    pub lower: Option<Bound>,
    pub upper: Option<Bound>,
}

fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => x.cmp(y),
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Less,
        (_, Value::Null) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

impl Keyset<'_> {
    /// ` AND …` bounds and ` ORDER BY …` for a page at `cursor`, with their parameters (in
    /// text order, to follow the filter's own). A cursor row that does not exist reads from
    /// the nearer end: After / From from the first row, Before from the last.
    pub fn clause(&self, store: &Store, cursor: Cursor) -> Result<(String, Vec<Value>)> {
        let at = match cursor.id() {
            Some(id) => self.position(store, id)?,
            None => None,
        };
        let mut sql = String::new();
        let mut params = Vec::new();
        let (mut lower, mut upper) = (self.lower.clone(), self.upper.clone());
        if let Some((key, id)) = at {
            let (op, side) = match cursor {
                Cursor::After(_) => ("<", &mut upper),
                Cursor::From(_) => ("<=", &mut upper),
                _ => (">", &mut lower),
            };
            // The cursor replaces the filter's bound on its side when it is the tighter one:
            // one bound on a side is what SQLite takes as the index range.
            let tighter = match (side.as_ref(), &key) {
                (None, _) | (_, None) => true,
                (Some(b), Some(k)) => match compare(k, &b.value) {
                    Ordering::Equal => b.inclusive,
                    o => (o == Ordering::Less) == (op != ">"),
                },
            };
            if tighter {
                *side = None;
                match (self.key, key) {
                    (Some(col), Some(k)) => {
                        sql.push_str(&format!(" AND ({col}, {}) {op} (?, ?)", self.id));
                        params.push(k);
                    }
                    _ => sql.push_str(&format!(" AND {} {op} ?", self.id)),
                }
                params.push(Value::Integer(id));
            }
        }
        if let Some(col) = self.key {
            for (bound, strict, loose) in [(lower, ">", ">="), (upper, "<", "<=")] {
                if let Some(b) = bound {
                    let op = if b.inclusive { loose } else { strict };
                    sql.push_str(&format!(" AND {col} {op} ?"));
                    params.push(b.value);
                }
            }
        }
        let dir = if cursor.backwards() { "" } else { " DESC" };
        match self.key {
            Some(col) => sql.push_str(&format!(" ORDER BY {col}{dir}, {}{dir}", self.id)),
            None => sql.push_str(&format!(" ORDER BY {}{dir}", self.id)),
        }
        Ok((sql, params))
    }

    /// The cursor row's key (None when the list has no key column) and id; None when there
    /// is no such row.
    fn position(&self, store: &Store, id: i64) -> Result<Option<(Option<Value>, i64)>> {
        if self.key.is_none() {
            return Ok(Some((None, id)));
        }
        let key: Option<Value> = store
            .conn()
            .prepare_cached(self.key_of)
            .and_then(|mut stmt| stmt.query_row([id], |r| r.get(0)).optional())
            .map_err(StoreError::sql("读取列表"))?;
        Ok(key.map(|k| (Some(k), id)))
    }
}

/// Puts a page read backwards (see [`Cursor::backwards`]) into the list's order.
pub(crate) fn in_order<T>(cursor: Cursor, mut rows: Vec<T>) -> Vec<T> {
    if cursor.backwards() {
        rows.reverse();
    }
    rows
}
