//! The organisations of each side of the intake form: a name and its 统一社会信用代码, one
//! pair of fields to start with; when the last pair shown gets a name, the next pair appears
//! after it (up to four a side).

use crate::domain::dispute::PartyInput;
use crate::strings as s;
use crate::ui::widgets::form::{Field, Form};

/// (name key, code key) of each organisation of a side, in order.
pub type Pairs = [(&'static str, &'static str); 4];

pub const APPLICANT_ORGS: Pairs = [
    ("app_org", "app_org_code"),
    ("app_org2", "app_org_code2"),
    ("app_org3", "app_org_code3"),
    ("app_org4", "app_org_code4"),
];
pub const RESPONDENT_ORGS: Pairs = [
    ("org_name", "org_code"),
    ("org_name2", "org_code2"),
    ("org_name3", "org_code3"),
    ("org_name4", "org_code4"),
];

fn labels(pairs: &Pairs) -> &'static [&'static str; 4] {
    if pairs[0].0 == APPLICANT_ORGS[0].0 {
        &s::DISPUTE_F_APP_ORGS
    } else {
        &s::DISPUTE_F_RESP_ORGS
    }
}

/// The first pair of a side's fields.
pub fn first(pairs: &Pairs) -> [Field; 2] {
    [
        Field::text(pairs[0].0, labels(pairs)[0], 50),
        Field::text(pairs[0].1, s::DISPUTE_F_ORG_CODE, 30),
    ]
}

/// After leaving `key`: when it belongs to the last pair shown of a side and that pair has a
/// name, the side's next pair appears after it.
pub fn grow(form: &mut Form, key: &str) {
    for pairs in [&APPLICANT_ORGS, &RESPONDENT_ORGS] {
        let Some(i) = pairs.iter().position(|(n, c)| *n == key || *c == key) else {
            continue;
        };
        let (name, code) = pairs[i];
        if let (Some((next_name, next_code)), Some(label)) =
            (pairs.get(i + 1), labels(pairs).get(i + 1))
            && !form.text(name).trim().is_empty()
            && !form.has_field(next_name)
        {
            form.insert_after(code, Field::text(*next_code, s::DISPUTE_F_ORG_CODE, 30));
            form.insert_after(code, Field::text(*next_name, *label, 50));
        }
    }
}

/// The organisations typed for a side (a pair with a name or a code).
pub fn of_side(form: &Form, pairs: &Pairs) -> Vec<PartyInput> {
    pairs
        .iter()
        .filter(|(name, _)| form.has_field(name))
        .filter(|(name, code)| !form.text(name).is_empty() || !form.text(code).is_empty())
        .map(|(name, code)| PartyInput::Organisation {
            name: form.text(name).to_string(),
            credit_code: form.text(code).to_string(),
        })
        .collect()
}

/// Fills the next empty pair of a side (growing the side as it goes), for a correction.
pub fn fill_next(form: &mut Form, pairs: &Pairs, name: &str, credit_code: &str) {
    for (n, c) in pairs {
        if !form.has_field(n) {
            return;
        }
        if form.text(n).is_empty() && form.text(c).is_empty() {
            form.set_text(n, name);
            form.set_text(c, credit_code);
            grow(form, n);
            return;
        }
    }
}
