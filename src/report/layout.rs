//! The page layout shared by the PDF and the plain-text printouts, free of fonts and output.
//!
//! ```text
//! Document ─ build ─► [Block]            Caption | Grid (header + rows of wrapped cells) | Lines | Gap
//!          ─ paginate(Metrics) ─► [Page]  each a list of placed items: y, height, what
//!
//!   page 1                 page 2                 page N
//!   ┌───────────────┐      ┌───────────────┐      ┌───────────────┐
//!   │ title block   │      │ header row    │      │ header row    │
//!   │ caption       │      │ row …         │      │ row …         │
//!   │ header row    │      │ (a row taller │      │ totals        │
//!   │ row 1 …       │      │  than a page  │      │ signatures    │
//!   │               │      │  continues)   │      │               │
//!   │  第 1 页 共 N 页 │      │  第 2 页 共 N 页 │      │  第 N 页 共 N 页 │
//!   └───────────────┘      └───────────────┘      └───────────────┘
//! ```
//!
//! Units are whatever the caller measures in: display columns and lines for text, 1/100 pt
//! for the PDF. A row moves to the next page whole unless it is taller than a page; the
//! header row of a table is repeated at the top of every page the table continues on.
//! Wrapping lives in `wrap.rs`, pagination in `paginate.rs`; both are re-exported here.

pub use super::paginate::{Item, Metrics, Page, Placed, paginate};
pub use super::wrap::{
    DisplayWidth, Measure, clean, display_width, str_width, widest_number, wrap,
};
use super::{ColKind, Document, Section, pair_text, signature_line};

/// Horizontal alignment of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One row of a grid: every cell wrapped into lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Vec<String>>,
    /// Height in lines: the most lines of any cell, at least 1.
    pub lines: usize,
    /// One cell across the whole grid (the "empty" row of a table).
    pub span: bool,
}

impl Row {
    fn new(cells: Vec<Vec<String>>, span: bool) -> Self {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        Row { cells, lines, span }
    }
}

/// A table or a grid of labelled figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Text width inside each column (without padding).
    pub widths: Vec<u32>,
    pub align: Vec<Align>,
    pub header: Option<Row>,
    pub rows: Vec<Row>,
}

/// A vertical piece of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Space between sections; dropped at the top of a page.
    Gap,
    /// A section caption (kept on the page of what follows it).
    Caption(Vec<String>),
    Grid(Grid),
    /// Wrapped paragraph lines (text sections, the signature line).
    Lines(Vec<String>),
}

/// The horizontal geometry of a page, in layout units.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Usable width of the page.
    pub width: u32,
    /// Space each grid column takes besides its text (padding, rules or separators).
    pub cell_pad: u32,
    /// Width of one display column: a table column is `Col.width` of them when the table fits.
    pub unit: u32,
    /// Grow the columns of a narrower table in proportion to fill the width.
    pub fill: bool,
}
/// Turns the sections and signature line of `doc` into blocks, wrapping every cell.
pub fn build(doc: &Document, spec: &Spec, m: &impl Measure) -> Vec<Block> {
    let mut blocks = Vec::new();
    let caption = |text: &str, blocks: &mut Vec<Block>| {
        if !text.trim().is_empty() {
            blocks.push(Block::Caption(wrap(text, spec.width, m)));
        }
    };
    for section in &doc.sections {
        blocks.push(Block::Gap);
        match section {
            Section::Table {
                caption: c,
                columns,
                rows,
                empty,
            } => {
                caption(c, &mut blocks);
                if !columns.is_empty() {
                    blocks.push(Block::Grid(table_grid(columns, rows, empty, spec, m)));
                }
            }
            Section::Pairs { caption: c, items } => {
                caption(c, &mut blocks);
                if !items.is_empty() {
                    blocks.push(Block::Grid(pairs_grid(items, spec, m)));
                }
            }
            Section::Text(text) => blocks.push(Block::Lines(wrap(text, spec.width, m))),
        }
    }
    if !doc.signatures.is_empty() {
        blocks.push(Block::Gap);
        blocks.push(Block::Gap);
        blocks.push(Block::Lines(wrap(
            &signature_line(&doc.signatures),
            spec.width,
            m,
        )));
    }
    blocks
}

fn table_grid(
    columns: &[super::Col],
    rows: &[Vec<String>],
    empty: &str,
    spec: &Spec,
    m: &impl Measure,
) -> Grid {
    // The widest number in each column: no narrower, when there is room, so none breaks.
    let keep: Vec<u32> = (0..columns.len())
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|cell| widest_number(cell, m))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let natural: Vec<u32> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let given = u32::from(c.width.max(1)).saturating_mul(spec.unit.max(1));
            match c.kind {
                ColKind::Text => given.max(keep.get(i).copied().unwrap_or(0)),
                // IDs, phones and figures should not wrap: as wide as the widest cell, up to
                // twice the given width (fonts draw digits wider than half a Chinese character).
                // A number wider still keeps its width: it is never broken.
                ColKind::Id | ColKind::Number => rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|cell| str_width(cell, m))
                    .max()
                    .unwrap_or(0)
                    .clamp(given, given.saturating_mul(2))
                    .max(keep.get(i).copied().unwrap_or(0)),
            }
        })
        .collect();
    let flexible: Vec<bool> = columns.iter().map(|c| c.kind == ColKind::Text).collect();
    let widths = column_widths(&natural, &flexible, &keep, spec);
    let wrap_row = |cells: &mut dyn Iterator<Item = &str>| -> Row {
        let cells = widths
            .iter()
            .map(|&w| wrap(cells.next().unwrap_or(""), w, m));
        Row::new(cells.collect(), false)
    };
    let header = wrap_row(&mut columns.iter().map(|c| c.title.as_str()));
    let mut body: Vec<Row> = rows
        .iter()
        .map(|r| wrap_row(&mut r.iter().map(String::as_str)))
        .collect();
    if body.is_empty() {
        let span = spanned_width(&widths, spec.cell_pad);
        body.push(Row::new(vec![wrap(empty, span, m)], true));
    }
    let align = columns
        .iter()
        .map(|c| match c.kind {
            ColKind::Number => Align::Right,
            ColKind::Text | ColKind::Id => Align::Left,
        })
        .collect();
    Grid {
        widths,
        align,
        header: Some(header),
        rows: body,
    }
}

/// Labelled figures as "label：value" cells, as many to a row as fit the width.
fn pairs_grid(items: &[(String, String)], spec: &Spec, m: &impl Measure) -> Grid {
    let texts: Vec<String> = items.iter().map(|(l, v)| pair_text(l, v)).collect();
    let widest = texts.iter().map(|t| str_width(t, m)).max().unwrap_or(0);
    let slot = widest.saturating_add(spec.cell_pad).max(1);
    let per_row = ((spec.width / slot) as usize).clamp(1, texts.len().max(1));
    let inner = if per_row == 1 {
        spec.width.saturating_sub(spec.cell_pad).min(widest).max(1)
    } else {
        widest.max(1)
    };
    let widths = vec![inner; per_row];
    let rows = texts
        .chunks(per_row)
        .map(|chunk| {
            let cells =
                (0..per_row).map(|k| wrap(chunk.get(k).map_or("", String::as_str), inner, m));
            Row::new(cells.collect(), false)
        })
        .collect();
    Grid {
        align: vec![Align::Left; per_row],
        widths,
        header: None,
        rows,
    }
}

/// Inner column widths from their `natural` widths (in layout units): natural when they fit
/// (grown in proportion to fill the width when `spec.fill`). When the table is too wide the
/// `flexible` (text) columns give way first, the widest first, down to two Chinese characters
/// but not below their `keep` width (the widest number in them, so that no number breaks);
/// then below `keep`; only then do the others (IDs, phones, figures) shrink too.
pub fn column_widths(natural: &[u32], flexible: &[bool], keep: &[u32], spec: &Spec) -> Vec<u32> {
    let pads = spec.cell_pad.saturating_mul(natural.len() as u32);
    let avail = u64::from(spec.width.saturating_sub(pads));
    let natural: Vec<u32> = natural.iter().map(|w| *w.max(&1)).collect();
    let total: u64 = natural.iter().map(|&w| u64::from(w)).sum();
    if total <= avail {
        if !spec.fill || total == 0 {
            return natural;
        }
        return natural
            .iter()
            .map(|&w| (u64::from(w) * avail / total) as u32)
            .collect();
    }
    let flex: Vec<bool> = (0..natural.len())
        .map(|i| flexible.get(i).copied().unwrap_or(true))
        .collect();
    let fixed: u64 = natural
        .iter()
        .zip(&flex)
        .filter(|(_, f)| !**f)
        .map(|(&w, _)| u64::from(w))
        .sum();
    let floor = spec.unit.saturating_mul(4);
    let floors = |keep_numbers: bool| -> Vec<u32> {
        (0..natural.len())
            .map(|i| {
                let k = if keep_numbers {
                    keep.get(i).copied().unwrap_or(0)
                } else {
                    0
                };
                floor.max(k)
            })
            .collect()
    };
    if let Some(budget) = avail.checked_sub(fixed) {
        for keep_numbers in [true, false] {
            if let Some(widths) = cap(&natural, &flex, budget, &floors(keep_numbers)) {
                return widths;
            }
        }
    }
    let ones = vec![1; natural.len()];
    cap(&natural, &vec![true; natural.len()], avail, &ones)
        .unwrap_or_else(|| natural.iter().map(|_| 1).collect())
}

/// Caps the `which` columns at the largest width that brings their sum within `budget`, none
/// below its `floors` entry (or its natural width if narrower), handing out what is left one
/// unit at a time. None when even the floors are too wide.
fn cap(natural: &[u32], which: &[bool], budget: u64, floors: &[u32]) -> Option<Vec<u32>> {
    let width = |i: usize, n: u32, cap: u32| -> u32 {
        let floor = floors.get(i).copied().unwrap_or(1);
        n.min(cap.max(floor))
    };
    let capped = |cap: u32| -> u64 {
        natural
            .iter()
            .zip(which)
            .enumerate()
            .filter(|(_, (_, w))| **w)
            .map(|(i, (&n, _))| u64::from(width(i, n, cap)))
            .sum()
    };
    if capped(0) > budget {
        return None;
    }
    let (mut lo, mut hi) = (0, natural.iter().copied().max().unwrap_or(0));
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if capped(mid) <= budget {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let mut left = budget.saturating_sub(capped(lo));
    let widths = natural
        .iter()
        .zip(which)
        .enumerate()
        .map(|(i, (&n, &shrink))| {
            let w = width(i, n, lo);
            if !shrink || w == n || w > lo {
                return if shrink { w } else { n };
            }
            let extra = u32::from(left > 0);
            left = left.saturating_sub(1);
            w + extra
        })
        .collect();
    Some(widths)
}

/// Text width of one cell spanning all columns.
pub fn spanned_width(widths: &[u32], cell_pad: u32) -> u32 {
    let n = widths.len() as u32;
    widths
        .iter()
        .fold(0u32, |a, w| a.saturating_add(*w))
        .saturating_add(cell_pad.saturating_mul(n.saturating_sub(1)))
        .max(1)
}
