//! What was written down at a step (`dispute_events.details`, a JSON map of key → text), as
//! labelled fields for the case screen and the printouts; the 回访's 满意度 as a choice; and the
//! steps whose window has closed, which are no longer offered.

use chrono::NaiveDate;

use super::deadlines::confirmation_closes;
use super::state::{ActionKind, AgreementForm, CaseState, Performance, allowed};
use crate::domain::dates::format_date;
use crate::strings;

/// 回访: how satisfied the parties are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Satisfaction {
    Satisfied,
    Mostly,
    Dissatisfied,
}

impl Satisfaction {
    pub const ALL: [Satisfaction; 3] = [
        Satisfaction::Satisfied,
        Satisfaction::Mostly,
        Satisfaction::Dissatisfied,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => strings::DISPUTE_SATISFIED,
            Satisfaction::Mostly => strings::DISPUTE_MOSTLY_SATISFIED,
            Satisfaction::Dissatisfied => strings::DISPUTE_DISSATISFIED,
        }
    }

    /// The stored code (`details.satisfaction`).
    pub fn code(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "satisfied",
            Satisfaction::Mostly => "mostly",
            Satisfaction::Dissatisfied => "dissatisfied",
        }
    }

    pub fn from_code(code: &str) -> Option<Satisfaction> {
        Satisfaction::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The keys a step's details may hold, in the order they are shown, with their labels.
const KEYS: [(&str, &str); 19] = [
    ("place", strings::DISPUTE_F_PLACE),
    ("notes", strings::DISPUTE_F_NOTES),
    ("reason", strings::DISPUTE_F_REASON),
    ("advice", strings::DISPUTE_F_ADVICE),
    ("new_due", strings::DISPUTE_F_NEW_DUE),
    ("form", strings::DISPUTE_F_AGREEMENT),
    ("terms", strings::DISPUTE_F_TERMS),
    ("perform_by", strings::DISPUTE_F_PERFORM_BY),
    ("amount", strings::DISPUTE_F_AGREED_AMOUNT),
    ("routes", strings::DISPUTE_F_ROUTES),
    ("result", strings::DISPUTE_F_RESULT),
    ("visitor", strings::DISPUTE_F_VISITOR),
    ("performance", strings::DISPUTE_F_PERFORMANCE),
    ("satisfaction", strings::DISPUTE_F_SATISFACTION),
    ("risk", strings::DISPUTE_F_LATENT_RISK),
    ("at", strings::DISPUTE_F_POLICE_AT),
    ("step", strings::DISPUTE_F_CORRECTED_STEP),
    ("changed", strings::DISPUTE_F_CHANGED),
    ("why", strings::DISPUTE_F_CORRECTION_WHY),
];

/// The keys of what a step wrote down as free text: what a correction of the step may change
/// (its date, choices and deadlines decided the case's state, so they stay).
pub const TEXT_KEYS: [&str; 9] = [
    "reason",
    "advice",
    "place",
    "notes",
    "terms",
    "routes",
    "visitor",
    "performance",
    "risk",
];

/// The label of a details key; an unknown key is shown as it is.
pub fn detail_label(key: &str) -> &str {
    KEYS.iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, label)| label)
}

/// A stored value as it reads: the label of a code, an instant without its `T`.
fn detail_value(key: &str, value: &str) -> String {
    let label = match key {
        "form" => AgreementForm::from_code(value).map(AgreementForm::label),
        "result" => Performance::from_code(value).map(Performance::label),
        "satisfaction" => Satisfaction::from_code(value).map(Satisfaction::label),
        _ => None,
    };
    match label {
        Some(l) => l.to_string(),
        None if key == "at" => format_instant(value),
        None => value.to_string(),
    }
}

/// The details of a step as (label, value), known keys first in their order, empty values
/// left out. Text that is not a JSON map gives nothing.
pub fn step_details(details: &str) -> Vec<(String, String)> {
    let Ok(map) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(details)
    else {
        return Vec::new();
    };
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(t) => t.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => String::new(),
    };
    let known = KEYS
        .iter()
        .filter_map(|(k, _)| map.get(*k).map(|v| (*k, v)));
    let other = map
        .iter()
        .filter(|(k, _)| !KEYS.iter().any(|(known, _)| known == k))
        .map(|(k, v)| (k.as_str(), v));
    known
        .chain(other)
        .map(|(k, v)| (k, text(v)))
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (detail_label(k).to_string(), detail_value(k, &v)))
        .collect()
}

/// A stored instant (`2026-12-02T00:42`, maybe with seconds or an offset) as the desk reads
/// it: `2026-12-02 00:42`. Anything else is given back as it is.
pub fn format_instant(stored: &str) -> String {
    let s = stored.trim();
    match (s.get(..10), s.get(10..11), s.get(11..16)) {
        (Some(date), Some("T" | " "), Some(time))
            if NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
                && chrono::NaiveTime::parse_from_str(time, "%H:%M").is_ok() =>
        {
            format!("{date} {time}")
        }
        _ => s.to_string(),
    }
}

/// The last day of a step's window when it has passed on `today` (申请司法确认 after its 30
/// days); `None` while the step may still be taken.
pub fn window_closed(state: &CaseState, kind: ActionKind, today: NaiveDate) -> Option<NaiveDate> {
    match kind {
        ActionKind::ApplyConfirmation => state
            .agreed_on
            .map(confirmation_closes)
            .filter(|closes| today > *closes),
        _ => None,
    }
}

/// What the screen offers today: [`allowed`] without the steps whose window has closed.
pub fn offered(state: &CaseState, today: NaiveDate) -> Vec<ActionKind> {
    allowed(state)
        .into_iter()
        .filter(|k| window_closed(state, *k, today).is_none())
        .collect()
}

/// "2026-12-01（已截止）" when the day is past, else the day.
pub fn closing_day(day: NaiveDate, today: NaiveDate) -> String {
    if today > day {
        strings::dispute_closed_on(&format_date(day))
    } else {
        format_date(day)
    }
}
