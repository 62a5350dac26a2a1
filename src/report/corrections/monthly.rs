//! 月度汇总: one line per adult subject in correction during the month (reports, talks,
//! visits, hours, 考核, what fell short of the level's duties, the alerts), then the totals.
//! Minors are counted in one line and never named (domain.md §6: out of printouts unless
//! asked for by name).

use chrono::NaiveDate;

use super::{assessment, col, month_bounds, month_label, office_name, pair, signatures};
use crate::domain::corrections::{
    Alert, AlertKind, Category, DutyKind, Level, Measure, Shortfall, ValidCheckin, alerts,
    monthly_minimum, shortfalls,
};
use crate::domain::format_tenths;
use crate::report::{ColKind, Document, Section};
use crate::store::{self, Store, corrections};
use crate::strings as s;

/// One adult's line of the summary, its rules already applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryLine {
    pub name: String,
    pub category: Category,
    pub level: Level,
    /// The month's check-in; None: not checked in.
    pub checkin: Option<ValidCheckin>,
    pub shortfalls: Vec<Shortfall>,
    pub alerts: Vec<Alert>,
}

/// What the summary of a month prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub office: String,
    /// Any day of the month.
    pub month: NaiveDate,
    /// The day the alerts are read on.
    pub as_of: NaiveDate,
    /// Adults only, in the order they are printed.
    pub lines: Vec<SummaryLine>,
    /// Minors in correction during the month: a count, never names.
    pub minors: usize,
    /// The measures proposed in the month for adults (None: a measure no longer known).
    pub proposals: Vec<Option<Measure>>,
    /// A 考核 score under this fails (the office's setting).
    pub pass_score: u32,
}

/// The day the month's alerts are read on: the first day after the month (when its check-ins
/// are "last month's"), or `today` while the month is not over.
pub fn as_of(month: NaiveDate, today: NaiveDate) -> NaiveDate {
    let (_, last) = month_bounds(month);
    last.succ_opt().unwrap_or(last).min(today)
}

/// The summary of `office_code` for the month of `month` (landscape), alerts as of
/// [`as_of`]`(month, today)`.
pub fn monthly(
    store: &Store,
    office_code: &str,
    month: NaiveDate,
    today: NaiveDate,
) -> store::Result<Document> {
    let (first, last) = month_bounds(month);
    let as_of = as_of(first, today);
    let settings = corrections::settings(store)?;
    let rows = corrections::month_rows(store, office_code, first)?;
    let minors = rows.iter().filter(|r| r.minor).count();
    let mut lines = Vec::new();
    // Minors are not read further: their lines are never printed here.
    for r in rows.iter().filter(|r| !r.minor) {
        let detail = corrections::detail(store, r.id, as_of)?;
        let from = r.term_start.max(first);
        let to = [Some(r.term_end), Some(last), detail.ended_on]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(last)
            .max(from);
        let checkin = r.checkin.as_ref().map(|(c, _)| *c);
        let short = match &checkin {
            Some(c) => {
                let required =
                    monthly_minimum(settings.duties(r.level), first, from, to, r.unable_to_work);
                shortfalls(&required, c)
            }
            None => Vec::new(),
        };
        lines.push(SummaryLine {
            name: r.name.clone(),
            category: detail.row.facts.category,
            level: r.level,
            checkin,
            shortfalls: short,
            alerts: alerts(&detail.row.facts, as_of, &settings),
        });
    }
    let proposals = corrections::proposals_in_month(store, office_code, first)?
        .into_iter()
        .filter(|p| !p.minor)
        .map(|p| p.measure)
        .collect();
    Ok(summary_document(&Summary {
        office: office_name(store, office_code)?,
        month: first,
        as_of,
        lines,
        minors,
        proposals,
        pass_score: settings.pass_score,
    }))
}

/// A count, or tenths of an hour, as printed.
fn amount(kind: DutyKind, n: u32) -> String {
    if kind.in_hours() {
        format_tenths(n)
    } else {
        n.to_string()
    }
}

fn shortfall_text(list: &[Shortfall]) -> String {
    list.iter()
        .map(|f| {
            s::crpt_shortfall(
                f.kind.label(),
                &amount(f.kind, f.required),
                &amount(f.kind, f.done),
            )
        })
        .collect::<Vec<_>>()
        .join("；")
}

fn alert_text(alert: &Alert) -> String {
    match alert.kind {
        AlertKind::ReportOverdue(days) => s::crpt_alert_report_overdue(days),
        AlertKind::NoCheckin => s::CRPT_ALERT_NO_CHECKIN.to_string(),
        AlertKind::DutyShort => s::CRPT_ALERT_DUTY_SHORT.to_string(),
        AlertKind::EndPapers(days) => s::crpt_alert_end_papers(days),
        AlertKind::Release(days) => s::crpt_alert_release(days),
        AlertKind::TagEnding(days) if days < 0 => s::CRPT_ALERT_TAG_ENDED.to_string(),
        AlertKind::TagEnding(days) => s::crpt_alert_tag_ending(days),
        AlertKind::MedicalReport => s::CRPT_ALERT_MEDICAL_REPORT.to_string(),
        AlertKind::Recheck => s::CRPT_ALERT_RECHECK.to_string(),
    }
}

fn line_cells(i: usize, l: &SummaryLine, pass_score: u32) -> Vec<String> {
    let mut row = vec![
        (i + 1).to_string(),
        l.name.clone(),
        l.category.label().to_string(),
        l.level.label().to_string(),
    ];
    match &l.checkin {
        Some(c) => {
            row.extend(
                [c.phone, c.in_person, c.written, c.talks, c.visits]
                    .iter()
                    .map(u32::to_string),
            );
            row.push(format_tenths(c.education));
            row.push(format_tenths(c.service));
            row.push(assessment(c, pass_score));
            row.push(shortfall_text(&l.shortfalls));
        }
        None => {
            row.extend(std::iter::repeat_n(String::new(), 7));
            row.push(s::CRPT_NONE.to_string());
            row.push(s::CRPT_NOT_CHECKED_IN.to_string());
        }
    }
    row.push(
        l.alerts
            .iter()
            .map(alert_text)
            .collect::<Vec<_>>()
            .join("；"),
    );
    row
}

/// The summary as a document: the table of adults, the totals (adults only), the minors'
/// count line, and the proposals by measure.
pub fn summary_document(sum: &Summary) -> Document {
    let mut doc = Document {
        title: s::CRPT_MONTHLY_TITLE.to_string(),
        office: sum.office.clone(),
        period: month_label(sum.month),
        landscape: true,
        sections: Vec::new(),
        signatures: signatures(),
    };
    let n = |t: &str, w| col(t, w, ColKind::Number);
    let t = |t: &str, w| col(t, w, ColKind::Text);
    doc.sections.push(Section::Table {
        caption: s::crpt_alerts_caption(&sum.as_of.format("%Y-%m-%d").to_string()),
        columns: vec![
            n(s::REPORT_COL_NO, 4),
            t(s::CRPT_COL_NAME, 8),
            t(s::CRPT_COL_CATEGORY, 8),
            t(s::CRPT_COL_LEVEL, 4),
            n(s::CRPT_COL_PHONE, 4),
            n(s::CRPT_COL_IN_PERSON, 4),
            n(s::CRPT_COL_WRITTEN, 4),
            n(s::CRPT_COL_TALKS, 4),
            n(s::CRPT_COL_VISITS, 4),
            n(s::CRPT_COL_EDUCATION, 8),
            n(s::CRPT_COL_SERVICE, 8),
            t(s::CRPT_COL_ASSESSMENT, 6),
            t(s::CRPT_COL_SHORTFALLS, 30),
            t(s::CRPT_COL_ALERTS, 24),
        ],
        rows: sum
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| line_cells(i, l, sum.pass_score))
            .collect(),
        empty: s::CRPT_MONTHLY_EMPTY.to_string(),
    });
    let checked = sum.lines.iter().filter(|l| l.checkin.is_some()).count();
    let short = sum
        .lines
        .iter()
        .filter(|l| l.checkin.is_some() && !l.shortfalls.is_empty())
        .count();
    doc.sections.push(Section::Pairs {
        caption: s::CRPT_TOTALS.to_string(),
        items: vec![
            pair(s::CRPT_IN_CORRECTION, sum.lines.len().to_string()),
            pair(s::CRPT_CHECKED_IN, checked.to_string()),
            pair(s::CRPT_MISSING, (sum.lines.len() - checked).to_string()),
            pair(s::CRPT_WITH_SHORTFALLS, short.to_string()),
            pair(s::CRPT_PROPOSALS, sum.proposals.len().to_string()),
        ],
    });
    if sum.minors > 0 {
        doc.sections
            .push(Section::Text(s::crpt_minors_line(sum.minors)));
    }
    let mut by_measure: Vec<(String, usize)> = Vec::new();
    for m in &sum.proposals {
        let label = m.map_or(s::CRPT_NONE, Measure::label);
        match by_measure.iter_mut().find(|(l, _)| l == label) {
            Some((_, k)) => *k += 1,
            None => by_measure.push((label.to_string(), 1)),
        }
    }
    if !by_measure.is_empty() {
        doc.sections.push(Section::Pairs {
            caption: s::CRPT_PROPOSALS_BY_MEASURE.to_string(),
            items: by_measure
                .into_iter()
                .map(|(l, k)| (l, k.to_string()))
                .collect(),
        });
    }
    doc
}
