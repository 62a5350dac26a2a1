//! `sifa-desk report …`: printouts from the command line, in the same formats as F9.

use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::{Args, Subcommand};

mod corrections;

use super::Failure;
use super::usage::{date_arg, id_arg, month_arg};
use crate::report::output::{font, target};
use crate::report::{Format, disputes, ledger, write_file};
use crate::store::{Store, dispute_stats, offices, settings};
use crate::strings as s;

#[derive(Debug, Subcommand)]
pub enum Report {
    /// 当日服务台账
    Daily {
        /// 日期（默认今天），如 2026-11-29
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// 身份证号和电话不打码（当事人本人要求时）
        #[arg(long)]
        full_ids: bool,
        #[command(flatten)]
        out: Output,
    },
    /// 月度统计
    Monthly {
        /// 月份，如 2026-11
        #[arg(long, value_parser = month_arg)]
        month: NaiveDate,
        #[command(flatten)]
        out: Output,
    },
    /// 纠纷受理：登记簿、月度统计、受理登记表
    #[command(subcommand)]
    Disputes(DisputeReport),
    /// 社区矫正：签到表、月度汇总、对象档案
    #[command(subcommand)]
    Corrections(corrections::CorrectionReport),
}

#[derive(Debug, Subcommand)]
pub enum DisputeReport {
    /// 人民调解案件登记簿（按登记日期）
    Register {
        /// 起始日期，如 2026-11-01
        #[arg(long, value_parser = date_arg)]
        from: NaiveDate,
        /// 截止日期（含），如 2026-11-30
        #[arg(long, value_parser = date_arg)]
        to: NaiveDate,
        /// 身份证号不打码（当事人本人要求时）
        #[arg(long)]
        full_ids: bool,
        #[command(flatten)]
        out: Output,
    },
    /// 人民调解月度统计
    Monthly {
        /// 月份，如 2026-11
        #[arg(long, value_parser = month_arg)]
        month: NaiveDate,
        #[command(flatten)]
        out: Output,
    },
    /// 一件纠纷的人民调解受理登记表
    Case {
        /// 案号，如 〔2026〕版石人调字第001号
        #[arg(long, conflicts_with = "id", required_unless_present = "id")]
        case_no: Option<String>,
        /// 纠纷的内部编号
        #[arg(long, value_parser = id_arg)]
        id: Option<i64>,
        /// 身份证号不打码（当事人本人要求时）
        #[arg(long)]
        full_ids: bool,
        #[command(flatten)]
        out: Output,
    },
}

#[derive(Debug, Args)]
pub struct Output {
    /// 机构代码（一个文件里有多个司法所时；默认本所）
    #[arg(long)]
    office: Option<String>,
    /// pdf、xlsx、csv 或 txt
    #[arg(long, default_value = "pdf")]
    format: Format,
    /// 输出文件（默认：文档/sifa-desk/ 下按日期命名）
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Makes the printout and says where it is.
pub fn run(store: &Store, report: &Report) -> Result<String, Failure> {
    let (out, period, doc) = match report {
        Report::Daily {
            date,
            full_ids,
            out,
        } => {
            let day = date.unwrap_or_else(|| Local::now().date_naive());
            let office = office_of(store, out)?;
            let doc = ledger::daily(store, &office, day, *full_ids)?;
            (out, day.format("%Y-%m-%d").to_string(), doc)
        }
        Report::Monthly { month, out } => {
            let first = *month;
            let office = office_of(store, out)?;
            let doc = ledger::monthly(store, &office, first)?;
            (out, first.format("%Y-%m").to_string(), doc)
        }
        Report::Disputes(which) => disputes_doc(store, which)?,
        Report::Corrections(which) => {
            corrections::document(store, which, Local::now().date_naive())?
        }
    };
    let prefs = settings::preferences(store)?;
    let path = target(out.out.as_deref(), &prefs, &doc, &period, out.format);
    write_file(&doc, out.format, &path, font(&prefs).as_deref())?;
    Ok(s::report_saved(&path.display().to_string()))
}

/// The dispute printout asked for: (output options, period for the file name, document).
fn disputes_doc<'a>(
    store: &Store,
    which: &'a DisputeReport,
) -> Result<(&'a Output, String, crate::report::Document), Failure> {
    match which {
        DisputeReport::Register {
            from,
            to,
            full_ids,
            out,
        } => {
            let (from, to) = (*from, *to);
            let office = office_of(store, out)?;
            let doc = disputes::register(store, &office, from, to, *full_ids)?;
            let period = format!("{}至{}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d"));
            Ok((out, period, doc))
        }
        DisputeReport::Monthly { month, out } => {
            let first = *month;
            let office = office_of(store, out)?;
            let doc = disputes::monthly(store, &office, first)?;
            Ok((out, first.format("%Y-%m").to_string(), doc))
        }
        DisputeReport::Case {
            case_no,
            id,
            // The 登记表 is the archive form: its IDs are always whole.
            full_ids: _,
            out,
        } => {
            let office = office_of(store, out)?;
            let (id, which) = match (case_no, id) {
                (Some(no), _) => (dispute_stats::by_case_no(store, &office, no)?, no.clone()),
                (None, Some(id)) => (Some(*id), id.to_string()),
                (None, None) => return Err(Failure(s::DREPORT_NEED_CASE.to_string())),
            };
            let unknown = || Failure(s::dreport_unknown_case(&which));
            let id = id.ok_or_else(unknown)?;
            let doc = match disputes::register_form(store, id) {
                Err(crate::store::StoreError::NotFound) => return Err(unknown()),
                other => other?,
            };
            Ok((out, doc.period.clone(), doc))
        }
    }
}

/// The office named by --office, or the file's own.
fn office_of(store: &Store, out: &Output) -> Result<String, Failure> {
    let code = out
        .office
        .clone()
        .unwrap_or_else(|| store.office_code().to_string());
    match offices::by_code(store, &code)? {
        Some(o) => Ok(o.code),
        None => Err(Failure(s::report_unknown_office(&code))),
    }
}
