//! The ledger's printouts as documents: the day's ledger (服务台账) and the month's statistics
//! (月度统计). Rows come from `store::ledger`; IDs and phones are masked unless asked.

use crate::domain::module::CodeList;
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::{Col, ColKind, Document, Section};
use crate::domain::ledger::{month_days, per_100k, pro_rata, satisfaction_rate};
use crate::domain::{mask_id, mask_phone};
use crate::store::ledger::{self, EntryRow, Filter};
use crate::store::{self, Store, StoreError, codes, offices, settings};
use crate::strings as s;

fn col(title: &str, width: u16, kind: ColKind) -> Col {
    Col {
        title: title.to_string(),
        width,
        kind,
    }
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

fn office_name(store: &Store, office_code: &str) -> store::Result<String> {
    offices::by_code(store, office_code)?
        .map(|o| o.name)
        .ok_or(StoreError::NotFound)
}

/// Counts of each value, in the order first seen.
fn tally<'a>(values: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut counts: Vec<(String, i64)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| k == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v.to_string(), 1)),
        }
    }
    counts
        .into_iter()
        .map(|(k, n)| (k, n.to_string()))
        .collect()
}

/// The day's ledger of one office: every live entry, oldest first, with the visitor's
/// 村（社区）, 特殊群体 and 需回访; totals by service, channel and satisfaction; the day's voided
/// entries in their own section, counted apart from the totals; the signature lines.
pub fn daily(
    store: &Store,
    office_code: &str,
    day: NaiveDate,
    full_ids: bool,
) -> store::Result<Document> {
    let rows = ledger::all(store, &Filter::day(office_code, day))?;
    let voided = ledger::voided(store, &Filter::day(office_code, day))?;
    let groups = labels(store, CodeList::SpecialGroup)?;
    let group_labels = |codes: &str| {
        codes
            .split(',')
            .filter(|c| !c.is_empty())
            .map(|c| label(&groups, c))
            .collect::<Vec<_>>()
            .join("、")
    };
    let mut doc = Document {
        title: s::REPORT_DAILY_TITLE.to_string(),
        office: office_name(store, office_code)?,
        period: day.format("%Y年%m月%d日").to_string(),
        landscape: true,
        sections: Vec::new(),
        signatures: s::REPORT_SIGNATURES.iter().map(|x| x.to_string()).collect(),
    };
    let mask = |v: &Option<String>, f: fn(&str) -> String| {
        v.as_deref()
            .map(|x| if full_ids { x.to_string() } else { f(x) })
            .unwrap_or_default()
    };
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .enumerate()
        .map(|(i, e): (usize, &EntryRow)| {
            vec![
                (i + 1).to_string(),
                e.served_at.get(11..).unwrap_or(&e.served_at).to_string(),
                e.channel.clone(),
                e.service.clone(),
                e.visitor.clone(),
                e.village.clone(),
                mask(&e.id_number, mask_id),
                mask(&e.phone, mask_phone),
                group_labels(&e.special_groups),
                e.matter.clone(),
                if e.referred_to.is_empty() {
                    e.summary.clone()
                } else {
                    s::report_summary_referred(&e.summary, &e.referred_to)
                },
                e.outcome.clone(),
                e.satisfaction.clone(),
                yes_no(e.follow_up),
                e.handler.clone(),
            ]
        })
        .collect();
    doc.sections.push(Section::Table {
        caption: String::new(),
        columns: vec![
            col(s::REPORT_COL_NO, 4, ColKind::Number),
            col(s::LEDGER_COL_TIME, 5, ColKind::Text),
            col(s::LEDGER_COL_CHANNEL, 4, ColKind::Text),
            col(s::LEDGER_COL_SERVICE, 8, ColKind::Text),
            col(s::LEDGER_COL_VISITOR, 8, ColKind::Text),
            col(s::PERSON_VILLAGE, 10, ColKind::Text),
            col(s::PERSON_ID, 18, ColKind::Id),
            col(s::PERSON_PHONE, 12, ColKind::Id),
            col(s::LEDGER_F_GROUPS, 8, ColKind::Text),
            col(s::LEDGER_COL_MATTER, 8, ColKind::Text),
            col(s::REPORT_COL_SUMMARY, 24, ColKind::Text),
            col(s::LEDGER_COL_OUTCOME, 8, ColKind::Text),
            col(s::LEDGER_F_SATISFACTION, 6, ColKind::Text),
            col(s::LEDGER_F_FOLLOW_UP, 6, ColKind::Text),
            col(s::LEDGER_F_HANDLER, 6, ColKind::Text),
        ],
        rows: table_rows,
        empty: s::REPORT_DAILY_EMPTY.to_string(),
    });
    let mut total = vec![(s::REPORT_TOTAL.to_string(), rows.len().to_string())];
    total.extend(tally(rows.iter().map(|e| e.service.as_str())));
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_SERVICE.to_string(),
        items: total,
    });
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_CHANNEL.to_string(),
        items: tally(rows.iter().map(|e| e.channel.as_str())),
    });
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_SATISFACTION.to_string(),
        items: tally(rows.iter().map(|e| e.satisfaction.as_str())),
    });
    doc.sections.push(voided_section(&voided));
    Ok(doc)
}

fn yes_no(b: bool) -> String {
    if b { s::FORM_BOOL_YES } else { s::FORM_BOOL_NO }.to_string()
}

/// The day's voided entries: time, visitor, service, summary and why; not in the totals.
fn voided_section(voided: &[(EntryRow, String)]) -> Section {
    let rows = voided
        .iter()
        .enumerate()
        .map(|(i, (e, reason))| {
            vec![
                (i + 1).to_string(),
                e.served_at.get(11..).unwrap_or(&e.served_at).to_string(),
                e.visitor.clone(),
                e.service.clone(),
                e.summary.clone(),
                reason.clone(),
            ]
        })
        .collect();
    Section::Table {
        caption: s::report_voided_caption(voided.len()),
        columns: vec![
            col(s::REPORT_COL_NO, 4, ColKind::Number),
            col(s::LEDGER_COL_TIME, 5, ColKind::Text),
            col(s::LEDGER_COL_VISITOR, 8, ColKind::Text),
            col(s::LEDGER_COL_SERVICE, 8, ColKind::Text),
            col(s::REPORT_COL_SUMMARY, 40, ColKind::Text),
            col(s::VOID_REASON, 24, ColKind::Text),
        ],
        rows,
        empty: s::REPORT_VOIDED_NONE.to_string(),
    }
}

/// The month's statistics of one office: service × channel, matters, special groups,
/// satisfaction, and people served per 100,000 residents against the target.
pub fn monthly(store: &Store, office_code: &str, month: NaiveDate) -> store::Result<Document> {
    let office = offices::by_code(store, office_code)?.ok_or(StoreError::NotFound)?;
    let aid_only = settings::get_or(store, settings::LEDGER_KPI_SCOPE, "all")? == "aid";
    let target: f64 = settings::get_or(
        store,
        settings::LEDGER_TARGET,
        settings::LEDGER_TARGET_DEFAULT,
    )?
    .parse()
    .unwrap_or(110.0);
    let stats = ledger::monthly(store, office_code, month, aid_only)?;
    let services = labels(store, CodeList::ServiceType)?;
    let channels = labels(store, CodeList::ServiceChannel)?;
    let mut doc = Document {
        title: s::REPORT_MONTHLY_TITLE.to_string(),
        office: office.name.clone(),
        period: month.format("%Y年%m月").to_string(),
        landscape: false,
        sections: Vec::new(),
        signatures: s::REPORT_SIGNATURES.iter().map(|x| x.to_string()).collect(),
    };

    // Service × channel, with row and column totals.
    let mut cells: BTreeMap<(&str, &str), i64> = BTreeMap::new();
    for (sv, ch, n) in &stats.by_service_channel {
        *cells.entry((sv.as_str(), ch.as_str())).or_default() += n;
    }
    let mut columns = vec![col(s::LEDGER_COL_SERVICE, 12, ColKind::Text)];
    columns.extend(channels.iter().map(|(_, l)| col(l, 6, ColKind::Number)));
    columns.push(col(s::REPORT_TOTAL, 6, ColKind::Number));
    let mut rows = Vec::new();
    for (code, name) in &services {
        let counts: Vec<i64> = channels
            .iter()
            .map(|(ch, _)| {
                cells
                    .get(&(code.as_str(), ch.as_str()))
                    .copied()
                    .unwrap_or(0)
            })
            .collect();
        let sum: i64 = counts.iter().sum();
        let mut row = vec![name.clone()];
        row.extend(counts.iter().map(i64::to_string));
        row.push(sum.to_string());
        rows.push(row);
    }
    let mut total_row = vec![s::REPORT_TOTAL.to_string()];
    for (ch, _) in &channels {
        let n: i64 = cells
            .iter()
            .filter(|((_, c), _)| c == ch)
            .map(|(_, n)| n)
            .sum();
        total_row.push(n.to_string());
    }
    total_row.push(stats.total.to_string());
    rows.push(total_row);
    doc.sections.push(Section::Table {
        caption: s::REPORT_SERVICE_BY_CHANNEL.to_string(),
        columns,
        rows,
        empty: s::REPORT_MONTHLY_EMPTY.to_string(),
    });

    let matters = labels(store, CodeList::MatterCategory)?;
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_MATTER.to_string(),
        items: stats
            .by_matter
            .iter()
            .map(|(c, n)| (label(&matters, c).to_string(), n.to_string()))
            .collect(),
    });
    let groups = labels(store, CodeList::SpecialGroup)?;
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_GROUP.to_string(),
        items: stats
            .by_group
            .iter()
            .map(|(c, n)| (label(&groups, c).to_string(), n.to_string()))
            .collect(),
    });
    let sat = labels(store, CodeList::Satisfaction)?;
    let count_of = |code: &str| {
        stats
            .by_satisfaction
            .iter()
            .find(|(c, _)| c == code)
            .map_or(0, |(_, n)| *n)
    };
    let mut sat_items: Vec<(String, String)> = sat
        .iter()
        .map(|(c, l)| (l.clone(), count_of(c).to_string()))
        .collect();
    let rate = satisfaction_rate(
        count_of("satisfied"),
        count_of("fair"),
        count_of("unsatisfied"),
    );
    sat_items.push((
        s::REPORT_SATISFACTION_RATE.to_string(),
        rate.map_or_else(|| "—".to_string(), |r| format!("{r:.1}%")),
    ));
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_BY_SATISFACTION.to_string(),
        items: sat_items,
    });

    // People served per 100,000 residents against the target, pro rata.
    let (days, days_to_date) = month_days(month.year(), month.month()).unwrap_or((30, 30));
    let fmt = |x: Option<f64>| x.map_or_else(|| "—".to_string(), |v| format!("{v:.1}"));
    let month_target = pro_rata(target, days, month.year());
    let ytd_target = pro_rata(target, days_to_date, month.year());
    doc.sections.push(Section::Pairs {
        caption: s::REPORT_KPI.to_string(),
        items: vec![
            (
                s::REPORT_KPI_SCOPE.to_string(),
                s::SET_LEDGER_SCOPES[usize::from(aid_only)].to_string(),
            ),
            (
                s::REPORT_POPULATION.to_string(),
                office.population.to_string(),
            ),
            (s::REPORT_KPI_MONTH.to_string(), stats.kpi_month.to_string()),
            (
                s::REPORT_KPI_MONTH_RATE.to_string(),
                fmt(per_100k(stats.kpi_month, office.population)),
            ),
            (
                s::REPORT_KPI_MONTH_TARGET.to_string(),
                format!("{month_target:.1}"),
            ),
            (
                s::REPORT_KPI_YTD.to_string(),
                stats.kpi_year_to_date.to_string(),
            ),
            (
                s::REPORT_KPI_YTD_RATE.to_string(),
                fmt(per_100k(stats.kpi_year_to_date, office.population)),
            ),
            (
                s::REPORT_KPI_YTD_TARGET.to_string(),
                format!("{ytd_target:.1}"),
            ),
        ],
    });
    Ok(doc)
}
