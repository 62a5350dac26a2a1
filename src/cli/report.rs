//! `sifa-desk report …`: printouts from the command line, in the same formats as F9.

use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::{Args, Subcommand};

use super::Failure;
use crate::domain::parse_date;
use crate::report::output::{font, target};
use crate::report::{Format, ledger, write_file};
use crate::store::{Store, offices, settings};
use crate::strings as s;

#[derive(Debug, Subcommand)]
pub enum Report {
    /// 当日服务台账
    Daily {
        /// 日期（默认今天），如 2026-11-29
        #[arg(long)]
        date: Option<String>,
        /// 身份证号和电话不打码（当事人本人要求时）
        #[arg(long)]
        full_ids: bool,
        #[command(flatten)]
        out: Output,
    },
    /// 月度统计
    Monthly {
        /// 月份，如 2026-11
        #[arg(long)]
        month: String,
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

fn parse_month(text: &str) -> Result<NaiveDate, Failure> {
    parse_date(&format!("{}-01", text.trim())).map_err(|_| Failure(s::REPORT_BAD_MONTH.to_string()))
}

/// Makes the printout and says where it is.
pub fn run(store: &Store, report: &Report) -> Result<String, Failure> {
    let (out, period, doc) = match report {
        Report::Daily {
            date,
            full_ids,
            out,
        } => {
            let day = match date {
                Some(d) => parse_date(d)?,
                None => Local::now().date_naive(),
            };
            let office = office_of(store, out)?;
            let doc = ledger::daily(store, &office, day, *full_ids)?;
            (out, day.format("%Y-%m-%d").to_string(), doc)
        }
        Report::Monthly { month, out } => {
            let first = parse_month(month)?;
            let office = office_of(store, out)?;
            let doc = ledger::monthly(store, &office, first)?;
            (out, first.format("%Y-%m").to_string(), doc)
        }
    };
    let prefs = settings::preferences(store)?;
    let path = target(out.out.as_deref(), &prefs, &doc, &period, out.format);
    write_file(&doc, out.format, &path, font(&prefs).as_deref())?;
    Ok(s::report_saved(&path.display().to_string()))
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
