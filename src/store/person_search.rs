//! The registry's search, shared by the picker and by every register that searches its own
//! people: a name (prefix first, then anywhere); pinyin initials, full pinyin, or the surname's
//! full pinyin and the given name's initials (`zengsl` → 曾水莲); digits of a phone, or of an
//! ID number as the masked ID shows it (its first and last four, or the whole number: digits
//! behind the stars never match, so a list never shows a match the clerk cannot see).

use rusqlite::types::Value;

use super::persons::{FROM, PersonRow, ROW_COLS, like_escape, query_rows};
use super::write::text;
use super::{Result, Store};
use crate::domain::pinyin::{Query, classify_query, surname_then_initials};

/// Digits `d` seen on the masked ID of persons `p` (see `domain::mask_id`: an 18-character
/// number shows its first and last four, another its first and last two), or the whole
/// number; or anywhere in the phone. Binds `d` three times, then the phone's pattern.
const DIGITS: &str = "(p.id_number = ?
      OR instr(substr(p.id_number, 1, CASE WHEN length(p.id_number) = 18 THEN 4 ELSE 2 END), ?) > 0
      OR instr(substr(p.id_number, CASE WHEN length(p.id_number) = 18 THEN -4 ELSE -2 END), ?) > 0
      OR p.phone LIKE ? ESCAPE '\\')";

fn digit_params(d: &str) -> Vec<Value> {
    vec![
        text(d),
        text(d),
        text(d),
        Value::Text(format!("%{}%", like_escape(d))),
    ]
}

/// Letters read as a surname's full pinyin and the given name's initials, on persons `p`:
/// the pinyin starts with the surname and goes on with the first initial, and the initials
/// after the surname's one (or two, a compound surname) start with the rest.
fn surname_initials(letters: &str) -> Option<(String, Vec<Value>)> {
    let splits = surname_then_initials(letters);
    if splits.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let mut params = Vec::new();
    for (surname, rest) in splits {
        parts.push(
            "(p.name_pinyin >= ? AND p.name_pinyin < ? AND substr(p.name_pinyin, ?, 1) = ?
              AND ((substr(p.name_initials, 2) >= ? AND substr(p.name_initials, 2) < ?)
                OR (substr(p.name_initials, 3) >= ? AND substr(p.name_initials, 3) < ?)))",
        );
        let (from, to) = (text(&rest), Value::Text(format!("{rest}{{")));
        params.extend([
            text(&surname),
            Value::Text(format!("{surname}{{")),
            Value::Integer(surname.len() as i64 + 1),
            Value::Text(rest.chars().take(1).collect()),
            from.clone(),
            to.clone(),
            from,
            to,
        ]);
    }
    Some((format!("({})", parts.join(" OR ")), params))
}

/// At most `limit` matches of `input`, best first.
pub fn search(store: &Store, input: &str, limit: usize) -> Result<Vec<PersonRow>> {
    let office = text(store.office_code());
    let limit = Value::Integer(limit as i64);
    let (sql, params): (String, Vec<Value>) = match classify_query(input) {
        Query::Empty => return Ok(Vec::new()),
        Query::Digits(d) => {
            let mut params = vec![office];
            params.extend(digit_params(&d));
            params.push(limit);
            (
                format!(
                    "SELECT {ROW_COLS} FROM {FROM}
                     WHERE p.office_code = ? AND p.voided_at IS NULL AND {DIGITS}
                     ORDER BY p.name, p.id LIMIT ?"
                ),
                params,
            )
        }
        Query::Letters(l) => {
            let (from, to) = (text(&l), Value::Text(format!("{l}{{")));
            let mut params = vec![
                office.clone(),
                from.clone(),
                to.clone(),
                office.clone(),
                from.clone(),
                to,
            ];
            let mixed = match surname_initials(&l) {
                Some((condition, values)) => {
                    params.push(office);
                    params.extend(values);
                    format!(
                        " UNION SELECT p.id FROM persons p WHERE p.office_code = ? AND {condition}"
                    )
                }
                None => String::new(),
            };
            params.push(from);
            params.push(limit);
            (
                format!(
                    "SELECT {ROW_COLS} FROM {FROM} WHERE p.id IN (
                         SELECT id FROM persons WHERE office_code = ?
                           AND name_initials >= ? AND name_initials < ?
                         UNION
                         SELECT id FROM persons WHERE office_code = ?
                           AND name_pinyin >= ? AND name_pinyin < ?{mixed})
                       AND p.voided_at IS NULL
                     ORDER BY p.name_initials <> ?, length(p.name), p.name, p.id LIMIT ?"
                ),
                params,
            )
        }
        Query::Text(t) => (
            format!(
                "SELECT {ROW_COLS} FROM {FROM}
                 WHERE p.office_code = ?1 AND p.voided_at IS NULL
                   AND p.name LIKE ?2 ESCAPE '\\'
                 ORDER BY substr(p.name, 1, ?4) <> ?3, length(p.name), p.name, p.id LIMIT ?5"
            ),
            vec![
                office,
                Value::Text(format!("%{}%", like_escape(&t))),
                text(&t),
                Value::Integer(t.chars().count() as i64),
                limit,
            ],
        ),
    };
    query_rows(store, &sql, &params)
}

/// The picker's match as a condition on persons `p`, for a register that searches its own
/// people: every match, no limit. None for an empty query.
pub fn match_condition(input: &str) -> Option<(String, Vec<Value>)> {
    match classify_query(input) {
        Query::Empty => None,
        Query::Digits(d) => Some((DIGITS.to_string(), digit_params(&d))),
        Query::Letters(l) => {
            let (from, to) = (text(&l), Value::Text(format!("{l}{{")));
            let mut sql = "((p.name_initials >= ? AND p.name_initials < ?)
                  OR (p.name_pinyin >= ? AND p.name_pinyin < ?)"
                .to_string();
            let mut params = vec![from.clone(), to.clone(), from, to];
            if let Some((condition, values)) = surname_initials(&l) {
                sql.push_str(" OR ");
                sql.push_str(&condition);
                params.extend(values);
            }
            sql.push(')');
            Some((sql, params))
        }
        Query::Text(t) => Some((
            "p.name LIKE ? ESCAPE '\\'".to_string(),
            vec![Value::Text(format!("%{}%", like_escape(&t)))],
        )),
    }
}
