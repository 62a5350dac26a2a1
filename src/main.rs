//! sifa-desk: parse the command line, set up logging, run, and exit non-zero on any failure.

use std::fs::OpenOptions;
use std::process::ExitCode;
use std::sync::Mutex;

use sifa_desk::cli::usage::{self, Early};
use sifa_desk::cli::{self, Cli};
use sifa_desk::strings;

/// Logs go to sifa-desk.log beside the database, never to the screen.
fn start_log(cli: &Cli) {
    let Ok(db) = cli.db_path() else { return };
    let Some(dir) = db.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(file) = OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("sifa-desk.log"))
    else {
        return;
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(Mutex::new(file))
        .with_ansi(false)
        .try_init();
}

fn main() -> ExitCode {
    let _ = color_eyre::install();
    // clap's own messages are replaced by Chinese ones (help, and every mistake).
    let cli = match usage::parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(Early::Show(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(Early::Mistake(text)) => {
            eprintln!("{text}");
            return ExitCode::from(usage::USAGE_EXIT);
        }
    };
    start_log(&cli);
    match cli::run(&cli) {
        Ok(Some(message)) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(cli::Failure(message)) => {
            tracing::error!("{message}");
            eprintln!("{}", strings::cli_failed(&message));
            ExitCode::FAILURE
        }
    }
}
