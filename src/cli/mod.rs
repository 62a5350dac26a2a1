//! The command line: which file, and which command. Messages for people are Chinese; every
//! failure exits non-zero.

pub mod report;
pub mod usage;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Local;
use clap::{Parser, Subcommand, ValueEnum};

use crate::demo;
use crate::domain::office::{OfficeInput, ValidOffice, validate_name, validate_new_office};
use crate::store::offices::{self, Setup};
use crate::store::{OpenOptions, Store};
use crate::strings as s;

#[derive(Debug, Parser)]
#[command(name = "sifa-desk", version, about = s::CLI_ABOUT)]
pub struct Cli {
    /// 数据库文件（默认在本机数据目录）
    #[arg(long, global = true, env = "SIFA_DESK_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,

    /// How long to wait for another sifa-desk that is writing (milliseconds).
    #[arg(
        long,
        global = true,
        env = "SIFA_DESK_BUSY_MS",
        default_value_t = 5000,
        value_parser = usage::count_arg,
        hide = true
    )]
    pub busy_ms: u64,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 设置司法所（不进入界面）
    Init {
        /// 司法所名称
        #[arg(long)]
        office: String,
        /// 机构代码
        #[arg(long)]
        code: String,
        /// 所属县（区）
        #[arg(long, default_value = "")]
        county: String,
        /// 常住人口
        #[arg(long, default_value = "", allow_hyphen_values = true)]
        population: String,
        /// 第一位操作员
        #[arg(long, default_value = s::DEFAULT_OPERATOR)]
        operator: String,
    },
    /// 打印导出：当日台账、月度统计
    #[command(subcommand)]
    Report(report::Report),
    /// 生成示例数据（只能写入新文件）
    Demo {
        /// 示例数据的规模
        #[arg(long, value_enum, default_value_t = Scale::Township)]
        scale: Scale,
        /// 随机种子（同一种子生成同样的数据）
        #[arg(long, default_value_t = 1, value_parser = usage::count_arg)]
        seed: u64,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Scale {
    Township,
    County,
}

/// A failure to report: the message is for people.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

/// The default database: sifa-desk.db in the platform data directory.
pub fn default_db() -> Result<PathBuf, Failure> {
    directories::ProjectDirs::from("", "", "sifa-desk")
        .map(|d| d.data_dir().join("sifa-desk.db"))
        .ok_or_else(|| Failure(s::CLI_NO_DATA_DIR.to_string()))
}

impl Cli {
    pub fn db_path(&self) -> Result<PathBuf, Failure> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => default_db(),
        }
    }

    pub fn open(&self, path: &Path) -> Result<Store, Failure> {
        let options = OpenOptions {
            busy_timeout: Duration::from_millis(self.busy_ms),
            // Before the TUI takes the screen: the upgrade of a large file may take minutes.
            on_upgrade: Some(|from, to| eprintln!("{}", crate::strings::cli_upgrading(from, to))),
        };
        Ok(Store::open(path, &options)?)
    }
}

/// Checks `init`'s arguments before any file is opened or made.
pub fn validate_init(
    office: &str,
    code: &str,
    county: &str,
    population: &str,
    operator: &str,
) -> Result<(ValidOffice, String), Failure> {
    let input = OfficeInput {
        name: office.to_string(),
        code: code.to_string(),
        county: county.to_string(),
        population: population.to_string(),
    };
    let valid = validate_new_office(&input).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| s::cli_field_error(field_label(e.field), &e.message))
            .collect();
        Failure(lines.join("\n"))
    })?;
    let operator = validate_name(operator, 20)
        .map_err(|e| Failure(s::cli_field_error(s::SETUP_OPERATOR, &e.message)))?;
    Ok((valid, operator))
}

/// `init`: the setup form's work without the TUI. A file already set up is left unchanged.
/// The names echoed are escaped: a control or bidirectional character reaches no terminal.
pub fn init(store: &mut Store, office: &ValidOffice, operator: &str) -> Result<String, Failure> {
    use crate::domain::text::escape;
    match offices::setup(store, office, operator)? {
        Setup::Done => Ok(s::cli_init_done(
            &escape(&office.name),
            &escape(&office.code),
            &escape(operator),
        )),
        Setup::AlreadySetUp(existing) => Ok(s::cli_already_set_up(
            &escape(&existing.name),
            &escape(&existing.code),
        )),
    }
}

fn field_label(field: &str) -> &'static str {
    match field {
        "name" => s::SETUP_NAME,
        "code" => s::SETUP_CODE,
        "county" => s::SETUP_COUNTY,
        _ => s::SETUP_POPULATION,
    }
}

/// Runs the parsed command line. Ok carries the message to print.
pub fn run(cli: &Cli) -> Result<Option<String>, Failure> {
    let path = cli.db_path()?;
    match &cli.command {
        None => {
            crate::ui::run(cli.open(&path)?)?;
            Ok(None)
        }
        Some(Command::Init {
            office,
            code,
            county,
            population,
            operator,
        }) => {
            let (office, operator) = validate_init(office, code, county, population, operator)?;
            init(&mut cli.open(&path)?, &office, &operator).map(Some)
        }
        Some(Command::Report(which)) => {
            // A report reads an existing file: a mistyped path must not make a new one.
            if !path.exists() {
                return Err(Failure(s::cli_no_database(&path.display().to_string())));
            }
            let store = cli.open(&path)?;
            if !store.is_set_up() {
                return Err(Failure(s::CLI_NOT_SET_UP.to_string()));
            }
            report::run(&store, which).map(Some)
        }
        Some(Command::Demo { scale, seed }) => {
            let mut store = cli.open(&path)?;
            let scale = match scale {
                Scale::Township => demo::Scale::Township,
                Scale::County => demo::Scale::County,
            };
            let summary = demo::generate(&mut store, scale, *seed, Local::now().naive_local())?;
            Ok(Some(summary.line()))
        }
    }
}
