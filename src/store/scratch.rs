//! Test builds only: a table of a test's own, for widget tests whose save function needs a
//! place to write that no module owns yet (the grid tests' check-in sheet). Not compiled into
//! the program; the tests read such a table back through [`super::inspect`].

use rusqlite::Params;

use super::Store;
use super::write::Tx;

impl Store {
    /// Creates a test's own table: one `CREATE TABLE` statement.
    pub(crate) fn create_scratch_table(&self, ddl: &str) -> rusqlite::Result<()> {
        assert!(
            starts_with_words(ddl, "CREATE TABLE"),
            "not a CREATE TABLE: {ddl}"
        );
        self.conn().execute(ddl, []).map(drop)
    }
}

impl Tx<'_> {
    /// Inserts into a test's own table inside this transaction, without an audit row (it is
    /// not a record table): one `INSERT INTO` statement.
    pub(crate) fn insert_scratch(&self, sql: &str, params: impl Params) -> rusqlite::Result<usize> {
        assert!(
            starts_with_words(sql, "INSERT INTO"),
            "not an INSERT: {sql}"
        );
        self.conn().execute(sql, params)
    }
}

/// Whether `sql` begins with `words` (upper-case, one space apart), in any case and spacing.
fn starts_with_words(sql: &str, words: &str) -> bool {
    let mut found = sql.split_whitespace();
    words
        .split(' ')
        .all(|w| found.next().is_some_and(|f| f.eq_ignore_ascii_case(w)))
}
