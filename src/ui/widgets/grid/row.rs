//! A grid's rows: as the owner hands them in, as the grid keeps them, as the save reads them.

use super::cell::{Cell, Column, Value};

/// A row as the owner hands it in (read from the store).
#[derive(Debug, Clone, Default)]
pub struct GridRow {
    pub id: i64,
    /// The texts of the label columns, in their order.
    pub labels: Vec<String>,
    /// What F3 filters by: the village or group.
    pub group: String,
    /// Initial values by column key; cells not named start empty.
    pub values: Vec<(&'static str, Value)>,
}

impl GridRow {
    pub fn new<S: Into<String>>(id: i64, labels: impl IntoIterator<Item = S>) -> Self {
        GridRow {
            id,
            labels: labels.into_iter().map(Into::into).collect(),
            ..GridRow::default()
        }
    }

    pub fn group(mut self, group: impl Into<String>) -> Self {
        self.group = group.into();
        self
    }

    pub fn value(mut self, key: &'static str, value: Value) -> Self {
        self.values.push((key, value));
        self
    }
}

#[derive(Debug, Clone)]
pub(super) struct Row {
    pub id: i64,
    pub group: String,
    /// One per column.
    pub cells: Vec<Cell>,
    /// The owner's save refused this row.
    pub refused: Option<String>,
}

/// One row, read by the owner's save function.
#[derive(Clone, Copy)]
pub struct RowView<'a> {
    row: &'a Row,
    columns: &'a [Column],
}

impl<'a> RowView<'a> {
    pub(super) fn new(row: &'a Row, columns: &'a [Column]) -> Self {
        RowView { row, columns }
    }

    pub fn id(&self) -> i64 {
        self.row.id
    }

    pub fn group(&self) -> &'a str {
        &self.row.group
    }

    /// The cell's value; Empty for an unknown key.
    pub fn value(&self, key: &str) -> &'a Value {
        const EMPTY: &Value = &Value::Empty;
        self.columns
            .iter()
            .position(|c| c.key == key)
            .and_then(|i| self.row.cells.get(i))
            .map_or(EMPTY, |c| &c.value)
    }

    /// A label or note cell's text ("" when empty).
    pub fn text(&self, key: &str) -> &'a str {
        match self.value(key) {
            Value::Text(t) => t,
            _ => "",
        }
    }

    pub fn tenths(&self, key: &str) -> Option<u32> {
        match self.value(key) {
            Value::Tenths(t) => Some(*t),
            _ => None,
        }
    }

    pub fn count(&self, key: &str) -> Option<u32> {
        match self.value(key) {
            Value::Count(n) => Some(*n),
            _ => None,
        }
    }

    pub fn fen(&self, key: &str) -> Option<i64> {
        match self.value(key) {
            Value::Fen(f) => Some(*f),
            _ => None,
        }
    }

    /// The index of the chosen label.
    pub fn choice(&self, key: &str) -> Option<usize> {
        match self.value(key) {
            Value::Choice(i) => Some(*i),
            _ => None,
        }
    }

    pub fn ticked(&self, key: &str) -> bool {
        *self.value(key) == Value::Tick(true)
    }

    /// Whether any cell differs from what the row came with.
    pub fn changed(&self) -> bool {
        self.row.cells.iter().any(|c| c.value != c.initial)
    }
}
