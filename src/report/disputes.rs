//! The printouts of people's mediation as documents: the 人民调解受理登记表 of one case, the
//! register of a period and the month's statistics. Rows come from `store::disputes` and
//! `store::dispute_stats`; IDs are masked unless asked.

use crate::domain::module::CodeList;
use chrono::NaiveDate;

use super::{Col, ColKind, Document, Section};
use crate::domain::dispute::{Status, event_label, format_instant, step_details};
use crate::domain::{format_fen, mask_id};
use crate::store::dispute_stats::{self, Outcome};
use crate::store::{self, Store, StoreError, codes, disputes, offices, persons};
use crate::strings as s;

fn col(title: &str, width: u16, kind: ColKind) -> Col {
    Col::new(title, width, kind)
}

fn office_name(store: &Store, office_code: &str) -> store::Result<String> {
    offices::by_code(store, office_code)?
        .map(|o| o.name)
        .ok_or(StoreError::NotFound)
}

/// code → label of one list.
fn labels(store: &Store, list: CodeList) -> store::Result<Vec<(String, String)>> {
    Ok(codes::list(store, list, false)?
        .into_iter()
        .map(|c| (c.code, c.label))
        .collect())
}

fn label<'a>(labels: &'a [(String, String)], code: &'a str) -> &'a str {
    labels
        .iter()
        .find(|(c, _)| c == code)
        .map_or(code, |(_, l)| l.as_str())
}

fn yes_no(b: bool) -> String {
    if b { s::DREPORT_YES } else { s::DREPORT_NO }.to_string()
}

fn pair(label: &str, value: impl Into<String>) -> (String, String) {
    (label.to_string(), value.into())
}

/// An ID shown masked unless `full_ids`.
fn shown_id(id: &str, full_ids: bool) -> String {
    if full_ids {
        id.to_string()
    } else {
        mask_id(id)
    }
}

/// "张三（3607**********1234）", or the name alone when there is no number.
fn party_text(name: &str, id: Option<&str>, credit_code: &str, full_ids: bool) -> String {
    match id.filter(|i| !i.is_empty()) {
        Some(id) => s::dreport_party(name, &shown_id(id, full_ids)),
        None if !credit_code.is_empty() => s::dreport_party(name, credit_code),
        None => name.to_string(),
    }
}

/// What was written down at a step, each thing with its label: "协议形式：书面；履行期限：…".
fn step_notes(details: &str) -> String {
    step_details(details)
        .into_iter()
        .map(|(label, value)| s::dispute_step_detail(&label, &value))
        .collect::<Vec<_>>()
        .join("；")
}

/// A status as the printouts name it: a case not yet accepted is 待受理.
fn status_label(status: Status) -> &'static str {
    match status {
        Status::Registered => s::DISPUTE_OUTCOME_PENDING,
        other => other.label(),
    }
}

fn opt_day(d: Option<NaiveDate>) -> String {
    d.map_or_else(
        || s::DREPORT_NONE.to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    )
}

/// One party of the 登记表, with what the archive form asks: 性别, 年龄 (on the day the case
/// was registered), the whole ID number, 电话 and 住址; an organisation with its credit code.
fn party_section(
    store: &Store,
    p: &disputes::PartyRow,
    registered_on: NaiveDate,
) -> store::Result<Section> {
    let side = if p.side == "applicant" {
        s::DISPUTE_F_APPLICANT
    } else {
        s::DISPUTE_F_RESPONDENT
    };
    let person = p.person_id.map(|id| persons::get(store, id)).transpose()?;
    let or_none = |v: Option<String>| {
        v.filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| s::DREPORT_NONE.to_string())
    };
    let mut items = vec![pair(s::DREPORT_COL_NAME, p.name.clone())];
    if p.person_id.is_none() && !p.credit_code.is_empty() {
        items.push(pair(s::DREPORT_CREDIT_CODE, p.credit_code.clone()));
    } else {
        let birth = person
            .as_ref()
            .and_then(|x| x.birth_date.as_deref())
            .and_then(|b| crate::domain::parse_date(b).ok());
        let age = birth
            .and_then(|b| registered_on.years_since(b))
            .map(|y| y.to_string());
        let id = p
            .id_number
            .clone()
            .or_else(|| person.as_ref().and_then(|x| x.id_number.clone()));
        items.extend([
            pair(
                s::PERSON_GENDER,
                or_none(person.as_ref().and_then(|x| x.gender.clone())),
            ),
            pair(s::DREPORT_AGE, or_none(age)),
            pair(s::DREPORT_ID_NUMBER, or_none(id)),
            pair(
                s::PERSON_PHONE,
                or_none(person.as_ref().and_then(|x| x.phone.clone())),
            ),
            pair(s::PERSON_ADDRESS, or_none(person.map(|x| x.address))),
        ]);
    }
    Ok(Section::Pairs {
        caption: s::dreport_party_caption(side),
        items,
    })
}

/// 人民调解受理登记表 of one case (portrait): what was registered, the parties in full (it
/// is the archive form the applicant signs: IDs are whole, masked only on lists and
/// registers), the steps so far, and the signature lines of the applicant and the mediator.
pub fn register_form(store: &Store, id: i64) -> store::Result<Document> {
    let d = disputes::detail(store, id)?;
    let office = office_name(store, store.office_code())?;
    let st = &d.row.state;
    let source = if d.referrer.trim().is_empty() {
        d.source.clone()
    } else {
        s::dreport_referred_by(&d.source, &d.referrer)
    };
    let risk = match (&d.escalation_risk, &d.police_notified_at) {
        (true, Some(at)) => s::dreport_risk_told(&format_instant(at)),
        (risk, _) => yes_no(*risk),
    };
    let case_no = d
        .row
        .case_no
        .clone()
        .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string());
    let mut doc = Document {
        title: s::DREPORT_FORM_TITLE.to_string(),
        office,
        period: case_no.clone(),
        landscape: false,
        sections: Vec::new(),
        signatures: s::DREPORT_FORM_SIGNATURES
            .iter()
            .map(|x| x.to_string())
            .collect(),
    };
    doc.sections.push(Section::Pairs {
        caption: s::DREPORT_CASE.to_string(),
        items: vec![
            pair(s::DISPUTE_COL_CASE_NO, case_no),
            pair(s::DISPUTE_F_REGISTERED, opt_day(Some(st.registered_on))),
            pair(s::DISPUTE_ACCEPTED_ON, opt_day(st.accepted_on)),
            pair(s::DISPUTE_F_SOURCE, source),
            pair(s::DISPUTE_COL_KIND, d.row.kind.clone()),
            pair(s::DISPUTE_COL_STATUS, status_label(st.status)),
            pair(s::DISPUTE_F_PEOPLE, d.people_involved.to_string()),
            pair(s::DISPUTE_F_AMOUNT, format_fen(d.amount_fen)),
            pair(s::DISPUTE_COL_MEDIATOR, d.row.mediators.replace(',', "、")),
            pair(s::DISPUTE_F_DIFFICULT, yes_no(d.difficult)),
            pair(s::DISPUTE_F_RISK, risk),
        ],
    });
    for p in &d.parties {
        doc.sections
            .push(party_section(store, p, st.registered_on)?);
    }
    if d.parties.is_empty() {
        doc.sections
            .push(Section::Text(s::DREPORT_NONE.to_string()));
    }
    doc.sections.push(Section::Pairs {
        caption: String::new(),
        items: vec![pair(s::DISPUTE_F_FACTS, d.facts.clone())],
    });
    let steps: Vec<Vec<String>> = d
        .events
        .iter()
        .map(|(code, on, details)| {
            let label = event_label(code);
            vec![on.clone(), label.to_string(), step_notes(details)]
        })
        .collect();
    doc.sections.push(Section::Table {
        caption: s::DISPUTE_STEPS.trim_end_matches('：').to_string(),
        columns: vec![
            col(s::DREPORT_COL_DATE, 10, ColKind::Text),
            col(s::DREPORT_COL_STEP, 12, ColKind::Text),
            col(s::DREPORT_COL_NOTES, 32, ColKind::Text),
        ],
        rows: steps,
        empty: s::DREPORT_NO_STEPS.to_string(),
    });
    Ok(doc)
}

/// The register of an office's disputes registered from `from` to `to` (landscape), oldest
/// first, with totals by status.
pub fn register(
    store: &Store,
    office_code: &str,
    from: NaiveDate,
    to: NaiveDate,
    full_ids: bool,
) -> store::Result<Document> {
    let rows = dispute_stats::register(store, office_code, from, to)?;
    let mut doc = Document {
        title: s::DREPORT_REGISTER_TITLE.to_string(),
        office: office_name(store, office_code)?,
        period: s::dreport_period(
            &from.format("%Y年%m月%d日").to_string(),
            &to.format("%Y年%m月%d日").to_string(),
        ),
        landscape: true,
        sections: Vec::new(),
        signatures: s::REPORT_SIGNATURES.iter().map(|x| x.to_string()).collect(),
    };
    let side = |r: &dispute_stats::RegisterRow, applicant: bool| {
        r.parties
            .iter()
            .filter(|p| p.applicant == applicant)
            .map(|p| party_text(&p.name, p.id_number.as_deref(), &p.credit_code, full_ids))
            .collect::<Vec<_>>()
            .join("、")
    };
    let table: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            vec![
                (i + 1).to_string(),
                r.case_no
                    .clone()
                    .unwrap_or_else(|| s::DISPUTE_NOT_ACCEPTED.to_string()),
                r.registered_on.clone(),
                r.accepted_on.clone().unwrap_or_default(),
                r.kind.clone(),
                side(r, true),
                side(r, false),
                status_label(r.status).to_string(),
                r.mediators.replace(',', "、"),
            ]
        })
        .collect();
    doc.sections.push(Section::Table {
        caption: String::new(),
        columns: vec![
            col(s::REPORT_COL_NO, 4, ColKind::Number),
            col(s::DISPUTE_COL_CASE_NO, 24, ColKind::Text),
            col(s::DISPUTE_F_REGISTERED, 10, ColKind::Text),
            col(s::DISPUTE_ACCEPTED_ON, 10, ColKind::Text),
            col(s::DISPUTE_COL_KIND, 10, ColKind::Text),
            col(s::DISPUTE_F_APPLICANT, 28, ColKind::Text),
            col(s::DISPUTE_F_RESPONDENT, 28, ColKind::Text),
            col(s::DISPUTE_COL_STATUS, 8, ColKind::Text),
            col(s::DISPUTE_COL_MEDIATOR, 10, ColKind::Text),
        ],
        rows: table,
        empty: s::DREPORT_REGISTER_EMPTY.to_string(),
    });
    let mut totals = vec![pair(s::REPORT_TOTAL, rows.len().to_string())];
    for status in Status::ALL {
        let n = rows.iter().filter(|r| r.status == status).count();
        if n > 0 {
            totals.push(pair(status_label(status), n.to_string()));
        }
    }
    doc.sections.push(Section::Pairs {
        caption: s::DREPORT_BY_STATUS.to_string(),
        items: totals,
    });
    Ok(doc)
}

/// The month's statistics of an office (portrait): type × outcome with totals, by source,
/// the success rate and the 防激化 counts.
pub fn monthly(store: &Store, office_code: &str, month: NaiveDate) -> store::Result<Document> {
    let office = office_name(store, office_code)?;
    let stats = dispute_stats::monthly(store, office_code, month)?;
    let mut kinds = labels(store, CodeList::DisputeType)?;
    for (code, _, _) in &stats.by_kind_outcome {
        if !kinds.iter().any(|(c, _)| c == code) {
            kinds.push((code.clone(), code.clone()));
        }
    }
    let sources = labels(store, CodeList::DisputeSource)?;
    let mut doc = Document {
        title: s::DREPORT_MONTHLY_TITLE.to_string(),
        office,
        period: month.format("%Y年%m月").to_string(),
        landscape: false,
        sections: Vec::new(),
        signatures: s::REPORT_SIGNATURES.iter().map(|x| x.to_string()).collect(),
    };
    let mut columns = vec![col(s::DISPUTE_COL_KIND, 14, ColKind::Text)];
    columns.extend(
        Outcome::ALL
            .iter()
            .map(|o| col(o.label(), 10, ColKind::Number)),
    );
    columns.push(col(s::REPORT_TOTAL, 8, ColKind::Number));
    let mut rows: Vec<Vec<String>> = kinds
        .iter()
        .map(|(code, name)| {
            let mut row = vec![name.clone()];
            row.extend(
                Outcome::ALL
                    .iter()
                    .map(|o| stats.count(code, *o).to_string()),
            );
            row.push(stats.kind_total(code).to_string());
            row
        })
        .collect();
    let mut total = vec![s::REPORT_TOTAL.to_string()];
    total.extend(
        Outcome::ALL
            .iter()
            .map(|o| stats.outcome_total(*o).to_string()),
    );
    total.push(stats.total.to_string());
    rows.push(total);
    doc.sections.push(Section::Table {
        caption: s::DREPORT_KIND_BY_OUTCOME.to_string(),
        columns,
        rows,
        empty: s::DREPORT_MONTHLY_EMPTY.to_string(),
    });
    doc.sections.push(Section::Pairs {
        caption: s::DREPORT_BY_SOURCE.to_string(),
        items: stats
            .by_source
            .iter()
            .map(|(c, n)| pair(label(&sources, c), n.to_string()))
            .collect(),
    });
    doc.sections.push(Section::Pairs {
        caption: s::DREPORT_SUCCESS.to_string(),
        items: vec![
            pair(
                Outcome::Success.label(),
                stats.outcome_total(Outcome::Success).to_string(),
            ),
            pair(
                Outcome::Unsuccessful.label(),
                stats.outcome_total(Outcome::Unsuccessful).to_string(),
            ),
            pair(
                s::DREPORT_SUCCESS_RATE,
                stats
                    .success_rate()
                    .map_or_else(|| s::DREPORT_NONE.to_string(), |r| format!("{r:.1}%")),
            ),
        ],
    });
    doc.sections.push(Section::Pairs {
        caption: s::DREPORT_PREVENTION.to_string(),
        items: vec![
            pair(s::DREPORT_RISK, stats.escalation_risk.to_string()),
            pair(s::DREPORT_RISK_TOLD, stats.police_notified.to_string()),
            pair(s::DREPORT_DIFFICULT, stats.difficult.to_string()),
        ],
    });
    Ok(doc)
}
