//! The command line's own messages in Chinese: `--help` from Chinese templates, and every
//! error clap can raise (missing or unknown argument or command, a bad value, a conflict)
//! turned into one Chinese sentence that names the argument and, where there are some, the
//! allowed values. Exit codes: 0 for help and version, 2 for a mistake on the command line.

use std::ffi::OsString;

use chrono::NaiveDate;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::domain::parse_date;
use crate::strings as s;

/// What to do instead of running when the command line is not a command to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Early {
    /// Help or version asked for: print on standard output, exit 0.
    Show(String),
    /// A mistake: print on standard error, exit 2.
    Mistake(String),
}

/// Exit code of a mistake on the command line (as clap's own).
pub const USAGE_EXIT: u8 = 2;

/// Parses `args` (the program name first) with Chinese help and errors.
pub fn parse_from<I, T>(args: I) -> Result<Cli, Early>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cmd = command();
    let matches = cmd
        .clone()
        .try_get_matches_from(&args)
        .map_err(|e| early(&e, &cmd, &args))?;
    Cli::from_arg_matches(&matches).map_err(|e| early(&e, &cmd, &args))
}

/// The command tree with Chinese help: headings, the help and version flags, defaults,
/// allowed values and environment variables written into each argument's own help.
pub fn command() -> Command {
    localize(Cli::command()).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(s::CLI_VERSION_FLAG),
    )
}

fn localize(cmd: Command) -> Command {
    let template = if cmd.has_subcommands() {
        s::CLI_HELP_TEMPLATE_COMMANDS
    } else {
        s::CLI_HELP_TEMPLATE
    };
    cmd.help_template(template)
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .mut_args(describe)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(s::CLI_HELP_FLAG),
        )
        .mut_subcommands(localize)
}

/// Moves what clap prints in English after an argument's help (default, allowed values,
/// environment variable) into the help itself, in Chinese.
fn describe(arg: Arg) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let mut help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !choices.is_empty() {
        help.push_str(&s::cli_help_choices(&choices.join("、")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    if !defaults.is_empty() {
        help.push_str(&s::cli_help_default(&defaults.join("、")));
    }
    if let Some(env) = arg.get_env() {
        help.push_str(&s::cli_help_env(&env.to_string_lossy()));
    }
    arg.hide_possible_values(true)
        .hide_default_value(true)
        .hide_env(true)
        .help(help)
}

/// The Chinese answer to a clap error on `args`.
fn early(err: &clap::Error, root: &Command, args: &[OsString]) -> Early {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => Early::Show(err.render().to_string()),
        _ => {
            let (path, cmd) = command_of(root, args);
            let said = message(err, &cmd, &path);
            Early::Mistake(format!(
                "{}\n{}",
                s::cli_failed(&said),
                s::cli_see_help(&path)
            ))
        }
    }
}

/// The subcommand the arguments reach (its full name, e.g. `sifa-desk report monthly`), and
/// its command with the global arguments in place.
fn command_of(root: &Command, args: &[OsString]) -> (String, Command) {
    let mut cmd = root.clone();
    cmd.build();
    let mut path = vec![cmd.get_name().to_string()];
    for arg in args.iter().skip(1) {
        let Some(word) = arg.to_str() else { continue };
        if let Some(sub) = cmd.find_subcommand(word).cloned() {
            path.push(sub.get_name().to_string());
            cmd = sub;
        }
    }
    (path.join(" "), cmd)
}

fn context(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(v)) => vec![v.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(v)) => vec![v.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(StyledStr::to_string).collect(),
        Some(ContextValue::Number(n)) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// `--month <MONTH>` → `--month`.
fn flag(shown: &str) -> String {
    shown.split_whitespace().next().unwrap_or(shown).to_string()
}

/// The argument of `cmd` written as `shown` (`--month <MONTH>`, `-h`, `--format`).
fn find_arg<'a>(cmd: &'a Command, shown: &str) -> Option<&'a Arg> {
    let name = flag(shown);
    cmd.get_arguments().find(|a| {
        a.get_long().is_some_and(|l| name == format!("--{l}"))
            || a.get_short().is_some_and(|c| name == format!("-{c}"))
    })
}

/// One Chinese sentence for `err`, raised while parsing the arguments of `cmd` (`path`).
pub fn message(err: &clap::Error, cmd: &Command, path: &str) -> String {
    let arg = context(err, ContextKind::InvalidArg);
    let first = arg.first().map(|a| flag(a)).unwrap_or_default();
    let value = context(err, ContextKind::InvalidValue).concat();
    match err.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = arg
                .iter()
                .map(|a| {
                    let help = find_arg(cmd, a)
                        .and_then(Arg::get_help)
                        .map(|h| h.to_string());
                    s::cli_arg_with_help(&flag(a), help.as_deref())
                })
                .collect();
            s::cli_missing_args(&missing.join("、"))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            s::cli_missing_command(path, &subcommands(cmd))
        }
        ErrorKind::InvalidSubcommand => {
            let word = context(err, ContextKind::InvalidSubcommand).concat();
            s::cli_unknown_command(&word, &subcommands(cmd))
        }
        ErrorKind::UnknownArgument => {
            let suggested = context(err, ContextKind::SuggestedArg);
            s::cli_unknown_arg(&first, suggested.first().map(|a| flag(a)).as_deref())
        }
        ErrorKind::InvalidValue => {
            let valid = context(err, ContextKind::ValidValue);
            if value.is_empty() {
                s::cli_empty_value(&first, &valid.join("、"))
            } else {
                s::cli_bad_choice(&first, &value, &valid.join("、"))
            }
        }
        ErrorKind::ValueValidation => {
            // Every value parser of this program explains itself in Chinese; anything else
            // (a library's English) is left out rather than shown half-translated.
            let reason = std::error::Error::source(err)
                .map(ToString::to_string)
                .filter(|r| !r.is_ascii());
            s::cli_bad_value(&first, &value, reason.as_deref())
        }
        ErrorKind::ArgumentConflict => {
            let other = context(err, ContextKind::PriorArg);
            match other.first().map(|a| flag(a)) {
                // The same argument twice.
                Some(other) if other != first => s::cli_conflict(&first, &other),
                _ => s::cli_repeated(&first),
            }
        }
        ErrorKind::InvalidUtf8 => s::CLI_NOT_UTF8.to_string(),
        _ => s::cli_bad_command_line(&first),
    }
}

fn subcommands(cmd: &Command) -> String {
    let names: Vec<&str> = cmd
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(Command::get_name)
        .collect();
    names.join("、")
}

/// `--date`, `--from`, `--to`: a date in any form the desk accepts, the reason in Chinese.
pub fn date_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(text).map_err(|e| e.to_string())
}

/// `--month`: `2026-11` (or any date form of its first day), the reason in Chinese.
pub fn month_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(&format!("{}-01", text.trim())).map_err(|_| s::REPORT_BAD_MONTH.to_string())
}

/// A whole number not below 0 (`--seed`, the wait in milliseconds).
pub fn count_arg(text: &str) -> Result<u64, String> {
    let t = text.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        return Err(s::CLI_NOT_A_COUNT.to_string());
    }
    t.parse().map_err(|_| s::CLI_COUNT_TOO_BIG.to_string())
}

/// A record's internal number (`--id`).
pub fn id_arg(text: &str) -> Result<i64, String> {
    i64::try_from(count_arg(text)?).map_err(|_| s::CLI_COUNT_TOO_BIG.to_string())
}

#[cfg(test)]
#[path = "usage_tests.rs"]
mod tests;
