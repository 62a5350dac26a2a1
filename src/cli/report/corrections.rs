//! `sifa-desk report corrections …`: the sign-in sheets, the monthly summary and a subject's
//! record, as F9 makes them.

use chrono::NaiveDate;
use clap::Subcommand;

use super::super::Failure;
use super::super::usage::{id_arg, month_arg};
use super::{Output, office_of};
use crate::report::{Document, corrections};
use crate::store::{Store, StoreError, corrections as store_corrections};
use crate::strings as s;

#[derive(Debug, Subcommand)]
pub enum CorrectionReport {
    /// 集中教育签到表（成年人；未成年人用 --minors 单独打印）
    SignIn {
        /// 月份，如 2026-11
        #[arg(long, value_parser = month_arg)]
        month: NaiveDate,
        /// 打印未成年人签到表（只列未成年人，与成年人分开）
        #[arg(long)]
        minors: bool,
        #[command(flatten)]
        out: Output,
    },
    /// 社区矫正月度汇总（未成年人只计人数，不列名）
    Monthly {
        /// 月份，如 2026-11
        #[arg(long, value_parser = month_arg)]
        month: NaiveDate,
        #[command(flatten)]
        out: Output,
    },
    /// 一名矫正对象的档案（身份证号不打码）
    Record {
        /// 矫正记录的内部编号
        #[arg(long, value_parser = id_arg)]
        id: i64,
        #[command(flatten)]
        out: Output,
    },
}

/// The corrections printout asked for: (output options, period for the file name, document).
pub(super) fn document<'a>(
    store: &Store,
    which: &'a CorrectionReport,
    today: NaiveDate,
) -> Result<(&'a Output, String, Document), Failure> {
    match which {
        CorrectionReport::SignIn { month, minors, out } => {
            let office = office_of(store, out)?;
            let doc = corrections::sign_in(store, &office, *month, *minors)?;
            Ok((out, month.format("%Y-%m").to_string(), doc))
        }
        CorrectionReport::Monthly { month, out } => {
            let office = office_of(store, out)?;
            let doc = corrections::monthly(store, &office, *month, today)?;
            Ok((out, month.format("%Y-%m").to_string(), doc))
        }
        CorrectionReport::Record { id, out } => {
            let office = office_of(store, out)?;
            let unknown = || Failure(s::crpt_unknown_subject(*id));
            // Only a record of the office asked for (by default the file's own).
            if store_corrections::office_of(store, *id)?.as_deref() != Some(office.as_str()) {
                return Err(unknown());
            }
            let doc = match corrections::record(store, *id, today) {
                Err(StoreError::NotFound) => return Err(unknown()),
                other => other?,
            };
            Ok((out, corrections::record_file_period(*id), doc))
        }
    }
}
