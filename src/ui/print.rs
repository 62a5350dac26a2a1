//! Printouts of a screen, declared as a table and run by one runner.
//!
//! A tab says what it prints — a label naming what and which period (`2026-11 登记簿`), the
//! formats, and a function that reads the document from the store (a quick query, on the UI
//! thread) — and [`PrintMenu`] does the rest: the menu of label × format, the file name in the
//! office's folder, rendering and writing off the UI thread, the printer when 直接打印 is on,
//! and the popup with the path.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::report::output::{font, print_file, target};
use crate::report::{Document, Format, write_file};
use crate::store::{self, Store, settings};
use crate::strings as s;
use crate::ui::jobs::JobOutput;
use crate::ui::keymap::Mode;
use crate::ui::layer::{Command, Ctx, Input, Layer, Outcome};
use crate::ui::theme::Theme;
use crate::ui::widgets::menu::{Menu, MenuEvent};

/// Reads one printout's document and the period its file is named after.
pub type MakeFn = Box<dyn Fn(&Store) -> store::Result<(Document, String)>>;

/// Opens the layer that asks for what to print (a month, a range) and then prints it.
pub type AskFn = Box<dyn Fn() -> Box<dyn Layer>>;

/// One printout: what it is, the formats it comes in, and how to read it — or a line that
/// asks for a period first (`ask`, no formats).
pub struct Printout {
    pub label: String,
    pub formats: &'static [Format],
    pub make: MakeFn,
    pub ask: Option<AskFn>,
}

impl Printout {
    pub fn new(
        label: impl Into<String>,
        formats: &'static [Format],
        make: impl Fn(&Store) -> store::Result<(Document, String)> + 'static,
    ) -> Self {
        Printout {
            label: label.into(),
            formats,
            make: Box::new(make),
            ask: None,
        }
    }

    /// A line that opens `ask` (a form for the period, then the printouts of that period).
    pub fn ask(label: impl Into<String>, ask: impl Fn() -> Box<dyn Layer> + 'static) -> Self {
        Printout {
            label: label.into(),
            formats: &[],
            make: Box::new(|_| Err(store::StoreError::NotFound)),
            ask: Some(Box::new(ask)),
        }
    }
}

/// The menu line of a printout in a format: "2026-11 登记簿 Excel（XLSX）".
pub fn menu_line(label: &str, format: Format) -> String {
    s::print_menu_line(label, format.extension())
}

/// F9: the printouts of a screen as one menu; choosing a line makes that file.
pub struct PrintMenu {
    printouts: Vec<Printout>,
    /// Per menu line: the printout and the format (None: the line asks for a period).
    lines: Vec<(usize, Option<Format>)>,
    menu: Menu,
}

impl PrintMenu {
    pub fn new(title: impl Into<String>, printouts: Vec<Printout>) -> Self {
        let lines: Vec<(usize, Option<Format>)> = printouts
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                let asks = p.ask.as_ref().map(|_| (i, None));
                p.formats.iter().map(move |f| (i, Some(*f))).chain(asks)
            })
            .collect();
        let texts = Self::texts(&printouts, &lines);
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        PrintMenu {
            menu: Menu::new(title, "print", &texts),
            printouts,
            lines,
        }
    }

    /// The menu's lines as text (tests, and the screen's own check).
    pub fn line_texts(&self) -> Vec<String> {
        Self::texts(&self.printouts, &self.lines)
    }

    fn texts(printouts: &[Printout], lines: &[(usize, Option<Format>)]) -> Vec<String> {
        lines
            .iter()
            .map(|(i, f)| match f {
                Some(f) => menu_line(&printouts[*i].label, *f),
                None => printouts[*i].label.clone(),
            })
            .collect()
    }
}

impl Layer for PrintMenu {
    fn mode(&self) -> Mode {
        Mode::Menu
    }

    fn commands(&self) -> Vec<Command> {
        self.menu.commands()
    }

    fn handle(&mut self, input: Input, ctx: &mut Ctx<'_>) -> Outcome {
        match self.menu.pick(&input) {
            MenuEvent::Chosen(line) => match self.lines.get(line) {
                Some(&(i, Some(format))) => {
                    run(ctx, &self.printouts[i], format);
                    Outcome::Close(None)
                }
                Some(&(i, None)) => match &self.printouts[i].ask {
                    Some(ask) => Outcome::Replace(ask()),
                    None => Outcome::Close(None),
                },
                None => Outcome::Close(None),
            },
            MenuEvent::Cancelled => Outcome::Close(None),
            MenuEvent::Moved => Outcome::Changed,
            MenuEvent::Ignored => Outcome::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: Theme) -> Option<Position> {
        self.menu.render(frame, area, theme)
    }
}

/// Makes `printout` in `format`: the document is read now, written and printed off the UI
/// thread; the popup says where it went.
pub fn run(ctx: &mut Ctx<'_>, printout: &Printout, format: Format) {
    let made = (printout.make)(ctx.store);
    let prefs = settings::preferences(ctx.store);
    let ((doc, period), prefs) = match (made, prefs) {
        (Ok(made), Ok(prefs)) => (made, prefs),
        (Err(e), _) | (_, Err(e)) => {
            ctx.say(e.to_string());
            return;
        }
    };
    let path = target(None, &prefs, &doc, &period, format);
    let font = font(&prefs);
    ctx.spawn(s::REPORT_WORKING, move || {
        write_file(&doc, format, &path, font.as_deref()).map_err(|e| e.to_string())?;
        let message = if prefs.printing && format == Format::Pdf {
            print_file(&path, &prefs.printer)?
        } else {
            s::report_saved(&path.display().to_string())
        };
        Ok(JobOutput::Message(message))
    });
}
