//! 矫正对象档案: one subject's record whole — the person, the correction, and the sections
//! (level history, check-ins, incidents and proposals, approvals, tags, medical reports).
//! It is the subject's own file, asked for by name: the ID number and phone are printed whole,
//! and a minor's file may be printed (marked confidential).

use chrono::NaiveDate;

use super::{assessment, col, day_text, office_name, or_none, pair, signatures, yes_no};
use crate::domain::format_tenths;
use crate::report::{ColKind, Document, Section};
use crate::store::corrections::{self, Detail};
use crate::store::{self, Store, StoreError};
use crate::strings as s;

/// The name a record's file is given (its internal number, never the subject's name).
pub fn record_file_period(id: i64) -> String {
    s::crpt_record_file(id)
}

/// The record of correction `id` as of `today` (portrait). `StoreError::NotFound` when there
/// is no such live correction.
pub fn record(store: &Store, id: i64, today: NaiveDate) -> store::Result<Document> {
    let office_code = corrections::office_of(store, id)?.ok_or(StoreError::NotFound)?;
    let d = corrections::detail(store, id, today)?;
    let pass_score = corrections::settings(store)?.pass_score;
    let f = &d.row.facts;
    let mut doc = Document {
        title: s::CRPT_RECORD_TITLE.to_string(),
        office: office_name(store, &office_code)?,
        period: s::crpt_span(
            &f.term_start.format("%Y-%m-%d").to_string(),
            &f.term_end.format("%Y-%m-%d").to_string(),
        ),
        landscape: false,
        sections: Vec::new(),
        signatures: signatures(),
    };
    if d.row.minor {
        doc.sections
            .push(Section::Text(s::CRPT_MINOR_NOTE.to_string()));
    }
    doc.sections.push(Section::Pairs {
        caption: s::CRPT_PERSON.to_string(),
        items: vec![
            pair(s::PERSON_NAME, d.row.name.clone()),
            pair(s::PERSON_GENDER, or_none(&d.gender)),
            pair(
                s::PERSON_BIRTH,
                or_none(d.birth_date.as_deref().unwrap_or("")),
            ),
            pair(
                s::PERSON_ID,
                or_none(d.row.id_number.as_deref().unwrap_or("")),
            ),
            pair(s::PERSON_PHONE, or_none(d.phone.as_deref().unwrap_or(""))),
            pair(s::PERSON_ADDRESS, or_none(&d.address)),
            pair(s::PERSON_VILLAGE, or_none(&d.row.village)),
            pair(s::CRPT_MINOR, yes_no(d.row.minor)),
        ],
    });
    doc.sections.push(Section::Pairs {
        caption: s::CRPT_CORRECTION.to_string(),
        items: correction_items(&d),
    });
    sections(&mut doc, &d, pass_score);
    Ok(doc)
}

fn correction_items(d: &Detail) -> Vec<(String, String)> {
    let f = &d.row.facts;
    let ban = if d.ban_content.trim().is_empty() {
        s::CRPT_NONE.to_string()
    } else {
        s::crpt_with_note(
            &d.ban_content,
            &s::crpt_span(&day_text(d.ban_from), &day_text(d.ban_to)),
        )
    };
    let ended = match (d.end_reason, d.ended_on) {
        (Some(reason), on) => s::crpt_with_note(reason.label(), &day_text(on)),
        (None, Some(on)) => day_text(Some(on)),
        (None, None) => s::CRPT_NONE.to_string(),
    };
    vec![
        pair(s::CRPT_F_CATEGORY, f.category.label()),
        pair(s::CRPT_F_CRIME, or_none(&d.crime)),
        pair(s::CRPT_F_SENTENCE, or_none(&d.sentence)),
        pair(s::CRPT_F_DECIDED_BY, or_none(&d.decided_by)),
        pair(s::CORR_F_CRIME_FACTS, or_none(&d.crime_facts)),
        pair(s::CORR_F_PRIORS, or_none(&d.priors)),
        pair(s::CRPT_F_RUNS_FROM, day_text(f.runs_from)),
        pair(s::CRPT_F_PAPERS_ON, day_text(d.papers_on)),
        pair(s::CRPT_F_REPORTED_ON, day_text(f.reported_on)),
        pair(s::CRPT_F_DOMICILE, or_none(&d.domicile)),
        pair(s::CRPT_F_RESIDENCE, or_none(&d.residence)),
        pair(
            s::CRPT_F_TERM,
            s::crpt_span(&day_text(Some(f.term_start)), &day_text(Some(f.term_end))),
        ),
        pair(s::CRPT_F_LEVEL, f.level.label()),
        pair(s::CRPT_F_STATUS, f.status.label()),
        pair(s::CRPT_F_TEAM, or_none(&d.team)),
        pair(s::CRPT_F_ANNOUNCED_ON, day_text(d.announced_on)),
        pair(s::CRPT_F_BAN, ban),
        pair(s::CRPT_F_UNABLE_TO_WORK, yes_no(f.unable_to_work)),
        pair(s::CRPT_F_MEDICAL, yes_no(f.medical)),
        pair(s::CRPT_F_ENDED, ended),
        pair(s::CRPT_F_END_PAPERS_ON, day_text(d.end_papers_on)),
        pair(s::CRPT_F_ASSESSMENT, or_none(&d.assessment)),
        pair(s::CRPT_F_HANDOVER, or_none(&d.handover)),
    ]
}

fn table(caption: &str, columns: &[(&str, u16)], rows: Vec<Vec<String>>, empty: &str) -> Section {
    Section::Table {
        caption: caption.to_string(),
        columns: columns
            .iter()
            .map(|(t, w)| col(t, *w, ColKind::Text))
            .collect(),
        rows,
        empty: empty.to_string(),
    }
}

fn opt(t: &Option<String>) -> String {
    or_none(t.as_deref().unwrap_or(""))
}

/// The record's sections as tables, newest first as the store reads them.
fn sections(doc: &mut Document, d: &Detail, pass_score: u32) {
    let levels = d
        .levels
        .iter()
        .map(|l| {
            let decision = match l.decision.as_str() {
                "approved" => s::CRPT_DECISION_APPROVED,
                "rejected" => s::CRPT_DECISION_REJECTED,
                _ => s::CRPT_DECISION_PENDING,
            };
            vec![
                l.proposed_on.clone(),
                l.from.map_or(s::CRPT_NONE, |x| x.label()).to_string(),
                l.to.label().to_string(),
                l.reason.clone(),
                l.reviewer.clone(),
                decision.to_string(),
                opt(&l.decided_on),
                l.approver.clone(),
                l.doc_no.clone(),
            ]
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_LEVELS,
        &[
            (s::CRPT_COL_PROPOSED_ON, 10),
            (s::CRPT_COL_FROM, 6),
            (s::CRPT_COL_TO, 6),
            (s::CRPT_COL_REASON, 16),
            (s::CRPT_COL_REVIEWER, 6),
            (s::CRPT_COL_DECISION, 6),
            (s::CRPT_COL_DECIDED_ON, 10),
            (s::CRPT_COL_APPROVER, 6),
            (s::CRPT_COL_DOC_NO, 12),
        ],
        levels,
        s::CRPT_NO_LEVELS,
    ));
    let checkins = d
        .checkins
        .iter()
        .map(|(_, month, c, note)| {
            let mut row = vec![month.clone()];
            row.extend(
                [c.phone, c.in_person, c.written, c.talks, c.visits]
                    .iter()
                    .map(u32::to_string),
            );
            row.extend([
                format_tenths(c.education),
                format_tenths(c.service),
                yes_no(c.session),
                assessment(c, pass_score),
                note.clone(),
            ]);
            row
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_CHECKINS,
        &[
            (s::CRPT_COL_MONTH, 7),
            (s::CRPT_COL_PHONE, 4),
            (s::CRPT_COL_IN_PERSON, 4),
            (s::CRPT_COL_WRITTEN, 4),
            (s::CRPT_COL_TALKS, 4),
            (s::CRPT_COL_VISITS, 4),
            (s::CRPT_COL_EDUCATION, 8),
            (s::CRPT_COL_SERVICE, 8),
            (s::CRPT_COL_SESSION, 6),
            (s::CRPT_COL_ASSESSMENT, 6),
            (s::CRPT_COL_NOTE, 12),
        ],
        checkins,
        s::CRPT_NO_CHECKINS,
    ));
    let incidents = d
        .incidents
        .iter()
        .map(|i| {
            vec![
                i.on.clone(),
                i.kind.map_or(s::CRPT_NONE, |k| k.label()).to_string(),
                if i.days > 0 {
                    i.days.to_string()
                } else {
                    String::new()
                },
                i.facts.clone(),
                i.measure.map_or(s::CRPT_NONE, |m| m.label()).to_string(),
                if i.dismiss_reason.is_empty() {
                    i.state.label().to_string()
                } else {
                    s::crpt_with_note(i.state.label(), &i.dismiss_reason)
                },
                opt(&i.proposed_on),
                opt(&i.decided_on),
                i.doc_no.clone(),
                i.decision.clone(),
            ]
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_INCIDENTS,
        &[
            (s::CRPT_COL_DATE, 10),
            (s::CRPT_COL_INCIDENT, 10),
            (s::CRPT_COL_DAYS, 4),
            (s::CRPT_COL_FACTS, 18),
            (s::CRPT_COL_MEASURE, 8),
            (s::CRPT_COL_STATE, 8),
            (s::CRPT_COL_PROPOSED_ON, 10),
            (s::CRPT_COL_DECIDED_ON, 10),
            (s::CRPT_COL_DOC_NO, 10),
            (s::CRPT_COL_RESULT, 8),
        ],
        incidents,
        s::CRPT_NO_INCIDENTS,
    ));
    let approvals = d
        .approvals
        .iter()
        .map(|(_, kind, asked, from, to, granted, note)| {
            vec![
                kind.map_or(s::CRPT_NONE, |k| k.label()).to_string(),
                asked.clone(),
                or_none(from),
                or_none(to),
                yes_no(*granted),
                note.clone(),
            ]
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_APPROVALS,
        &[
            (s::CRPT_COL_KIND, 10),
            (s::CRPT_COL_ASKED_ON, 10),
            (s::CRPT_COL_START, 10),
            (s::CRPT_COL_END, 10),
            (s::CRPT_COL_GRANTED, 4),
            (s::CRPT_COL_NOTE, 16),
        ],
        approvals,
        s::CRPT_NO_APPROVALS,
    ));
    let tags = d
        .tags
        .iter()
        .map(|(_, reason, approved, starts, ends)| {
            vec![
                reason.clone(),
                approved.clone(),
                starts.clone(),
                ends.clone(),
            ]
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_TAGS,
        &[
            (s::CRPT_COL_REASON, 24),
            (s::CRPT_COL_APPROVED_ON, 10),
            (s::CRPT_COL_START, 10),
            (s::CRPT_COL_END, 10),
        ],
        tags,
        s::CRPT_NO_TAGS,
    ));
    let medical = d
        .medical
        .iter()
        .map(|(_, kind, on, hospital, result)| {
            vec![
                kind.map_or(s::CRPT_NONE, |k| k.label()).to_string(),
                on.clone(),
                hospital.clone(),
                result.clone(),
            ]
        })
        .collect();
    doc.sections.push(table(
        s::CRPT_MEDICAL,
        &[
            (s::CRPT_COL_KIND, 8),
            (s::CRPT_COL_DATE, 10),
            (s::CRPT_COL_HOSPITAL, 16),
            (s::CRPT_COL_MEDICAL_RESULT, 20),
        ],
        medical,
        s::CRPT_NO_MEDICAL,
    ));
}
