//! The sections of a subject's record: the level history, the monthly check-ins, 奖惩, leave,
//! electronic tags and (保外就医) medical reports, each a small table.

use crate::domain::corrections::{ProposalState, Settings};
use crate::domain::format_tenths;
use crate::store::corrections::Detail;
use crate::strings as s;
use crate::ui::screens::record_screen::Section;
use crate::ui::widgets::table::{Column, TableRow};

/// The 奖惩 section's index (its rows open).
pub const INCIDENTS: usize = 2;

fn row(id: i64, cells: Vec<String>) -> TableRow {
    TableRow {
        id,
        cells,
        dim: false,
    }
}

/// Every section of `detail`, in order.
pub fn sections(detail: &Detail, settings: &Settings) -> Vec<Section> {
    let d = detail;
    let levels = d
        .levels
        .iter()
        .map(|l| {
            let decision = match l.decision.as_str() {
                "approved" => s::CORR_LEVEL_APPROVED,
                "rejected" => s::CORR_LEVEL_REJECTED,
                _ => s::CORR_LEVEL_PENDING_SHORT,
            };
            let by = [l.approver.as_str(), l.doc_no.as_str()]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            row(
                l.id,
                vec![
                    l.proposed_on.clone(),
                    format!("{}→{}", l.from.map_or("", |x| x.label()), l.to.label()),
                    l.reason.clone(),
                    format!(
                        "{decision} {} {by}",
                        l.decided_on.clone().unwrap_or_default()
                    ),
                ],
            )
        })
        .collect();
    let checkins = d
        .checkins
        .iter()
        .map(|(id, m, c, note)| {
            let grade = match (c.grade, c.score) {
                (Some(g), _) => g.label().to_string(),
                (None, Some(v)) if c.failed(settings.pass_score) => s::corr_score_failed(v),
                (None, Some(v)) => v.to_string(),
                (None, None) => String::new(),
            };
            row(
                *id,
                vec![
                    m.clone(),
                    format!("{}/{}/{}", c.phone, c.in_person, c.written),
                    format!("{}/{}", c.talks, c.visits),
                    format_tenths(c.education),
                    format_tenths(c.service),
                    grade,
                    note.clone(),
                ],
            )
        })
        .collect();
    let incidents = d
        .incidents
        .iter()
        .map(|i| {
            let what = match (i.kind, i.days) {
                (Some(k), n) if k.counts_days() => s::corr_incident_days(k.label(), n),
                (Some(k), _) => k.label().to_string(),
                (None, _) => String::new(),
            };
            let state = match i.state {
                ProposalState::Dismissed => {
                    format!("{}：{}", i.state.label(), i.dismiss_reason)
                }
                ProposalState::Decided => format!(
                    "{} {} {} {}",
                    i.state.label(),
                    i.decided_on.clone().unwrap_or_default(),
                    i.doc_no,
                    i.decision
                ),
                st => st.label().to_string(),
            };
            row(
                i.id,
                vec![
                    i.on.clone(),
                    what,
                    i.measure.map_or("", |m| m.label()).to_string(),
                    state,
                ],
            )
        })
        .collect();
    let approvals = d
        .approvals
        .iter()
        .map(|(id, kind, asked, from, to, granted, note)| {
            row(
                *id,
                vec![
                    asked.clone(),
                    kind.map_or("", |k| k.label()).to_string(),
                    format!("{from}–{to}"),
                    if *granted {
                        s::CORR_GRANTED
                    } else {
                        s::CORR_REFUSED
                    }
                    .to_string(),
                    note.clone(),
                ],
            )
        })
        .collect();
    let tags = d
        .tags
        .iter()
        .map(|(id, reason, approved, starts, ends)| {
            row(
                *id,
                vec![approved.clone(), format!("{starts}–{ends}"), reason.clone()],
            )
        })
        .collect();
    let medical = d
        .medical
        .iter()
        .map(|(id, kind, on, hospital, result)| {
            row(
                *id,
                vec![
                    on.clone(),
                    kind.map_or("", |k| k.label()).to_string(),
                    hospital.clone(),
                    result.clone(),
                ],
            )
        })
        .collect();
    let col = Column::new;
    let mut out = vec![
        Section {
            title: s::CORR_SEC_LEVELS.to_string(),
            columns: vec![
                col(s::CORR_COL_DATE, 10),
                col(s::CORR_COL_CHANGE, 9),
                col(s::CORR_COL_REASON, 0),
                col(s::CORR_COL_DECISION, 20),
            ],
            rows: levels,
        },
        Section {
            title: s::CORR_SEC_CHECKINS.to_string(),
            columns: vec![
                col(s::CORR_COL_MONTH, 7),
                col(s::CORR_COL_REPORTS, 8),
                col(s::CORR_COL_TALKS, 7),
                col(s::CORR_COL_EDUCATION, 6),
                col(s::CORR_COL_SERVICE, 6),
                col(s::CORR_COL_GRADE, 6),
                col(s::CORR_COL_NOTE, 0),
            ],
            rows: checkins,
        },
        Section {
            title: s::CORR_SEC_INCIDENTS.to_string(),
            columns: vec![
                col(s::CORR_COL_DATE, 10),
                col(s::CORR_COL_INCIDENT, 12),
                col(s::CORR_COL_MEASURE, 12),
                col(s::CORR_COL_STATE, 0),
            ],
            rows: incidents,
        },
        Section {
            title: s::CORR_SEC_APPROVALS.to_string(),
            columns: vec![
                col(s::CORR_COL_DATE, 10),
                col(s::CORR_COL_KIND, 8),
                col(s::CORR_COL_PERIOD, 21),
                col(s::CORR_COL_RESULT, 4),
                col(s::CORR_COL_NOTE, 0),
            ],
            rows: approvals,
        },
        Section {
            title: s::CORR_SEC_TAGS.to_string(),
            columns: vec![
                col(s::CORR_COL_APPROVED, 10),
                col(s::CORR_COL_PERIOD, 21),
                col(s::CORR_COL_REASON, 0),
            ],
            rows: tags,
        },
    ];
    if d.row.facts.medical || !d.medical.is_empty() {
        out.push(Section {
            title: s::CORR_SEC_MEDICAL.to_string(),
            columns: vec![
                col(s::CORR_COL_DATE, 10),
                col(s::CORR_COL_KIND, 8),
                col(s::CORR_COL_HOSPITAL, 12),
                col(s::CORR_COL_RESULT, 0),
            ],
            rows: medical,
        });
    }
    out
}
