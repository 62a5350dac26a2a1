//! PDF output with krilla: A4 pages, an embedded subset of a Chinese font, tables with grid
//! lines and a header row repeated on every page, "第 N 页 共 M 页" at the foot of each page.
//!
//! ```text
//!  ┌──────────────────────────────────────────────┐  margin
//!  │                  服务台账                      │  title (first page)
//!  │ 某某司法所                        2026年11月29日 │  office … period
//!  │ ┌────┬──────┬──────────────────┬─────┐       │
//!  │ │序号│ 时间 │ 摘要              │ …   │       │  header row (grey, repeated)
//!  │ ├────┼──────┼──────────────────┼─────┤       │
//!  │ │  1 │ 09:05│ 咨询劳动合同解除… │     │       │  rows: wrapped cells
//!  │ └────┴──────┴──────────────────┴─────┘       │
//!  │ 按服务类型统计  法律咨询：12  法律援助：3       │  totals, signatures
//!  │               第 1 页 共 3 页                  │  footer
//!  └──────────────────────────────────────────────┘
//! ```
//!
//! Glyphs are placed by this module (a Chinese ledger needs no shaping), with advances from
//! the font, so wrapping, alignment and the printed text agree exactly. krilla subsets the
//! font and writes the ToUnicode map, so the text can be copied and extracted.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Data, SerializeSettings};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use super::font::FoundFont;
use super::layout::{self, Align, Block, Grid, Item, Measure, Metrics, Spec};
use super::{Document, ReportError};
use crate::strings;

/// Layout units per point.
const U: f32 = 100.0;
const A4: (f32, f32) = (595.28, 841.89);
const MARGIN_X: f32 = 34.0;
const MARGIN_TOP: f32 = 34.0;
const MARGIN_BOTTOM: f32 = 44.0;
const FOOTER_FROM_BOTTOM: f32 = 24.0;
const SIZE: f32 = 9.0;
const LINE: f32 = 12.0;
const PAD_X: f32 = 3.0;
const PAD_Y: f32 = 2.5;
const TITLE_SIZE: f32 = 16.0;
const SUBTITLE_SIZE: f32 = 10.0;
const TITLE_BLOCK: f32 = 50.0;
const GAP: f32 = 8.0;
const RULE: f32 = 0.5;
const BOLD: f32 = 0.3;
const HEADER_GREY: u8 = 232;

fn units(pt: f32) -> u32 {
    (pt * U).round() as u32
}

fn pt(units: u32) -> f32 {
    units as f32 / U
}

/// Glyph ids and advances of the font, cached per character.
struct Glyphs<'a> {
    face: FontRef<'a>,
    metrics: GlyphMetrics<'a>,
    cache: RefCell<HashMap<char, (u32, f32)>>,
}

impl<'a> Glyphs<'a> {
    fn new(face: FontRef<'a>) -> Self {
        let metrics = face.glyph_metrics(Size::new(1.0), LocationRef::default());
        Glyphs {
            face,
            metrics,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Glyph id and advance in em of `c` (the font's .notdef when it lacks one).
    fn get(&self, c: char) -> (u32, f32) {
        if let Some(hit) = self.cache.borrow().get(&c) {
            return *hit;
        }
        let gid = self.face.charmap().map(c).unwrap_or_default();
        let advance = if layout::display_width(c) == 0 && c != ' ' {
            0.0
        } else {
            self.metrics.advance_width(gid).unwrap_or(0.5)
        };
        let hit = (gid.to_u32(), advance);
        self.cache.borrow_mut().insert(c, hit);
        hit
    }
}

/// Measures text at the table font size, in layout units.
struct PdfMeasure<'g, 'a>(&'g Glyphs<'a>);

impl Measure for PdfMeasure<'_, '_> {
    fn width(&self, c: char) -> u32 {
        units(self.0.get(c).1 * SIZE)
    }
}

pub(crate) fn render(doc: &Document, found: &FoundFont) -> Result<Vec<u8>, ReportError> {
    let bytes: &[u8] = found.data.as_ref().as_ref();
    let face = FontRef::from_index(bytes, found.index)
        .map_err(|e| ReportError::Pdf(format!("{}: {e}", found.path.display())))?;
    let data: Arc<dyn AsRef<[u8]> + Send + Sync> = found.data.clone();
    let font = Font::new(Data::from(data), found.index)
        .ok_or_else(|| ReportError::Pdf(found.path.display().to_string()))?;
    let glyphs = Glyphs::new(face);
    let (w, h) = if doc.landscape { (A4.1, A4.0) } else { A4 };
    let spec = Spec {
        width: units(w - 2.0 * MARGIN_X),
        cell_pad: units(2.0 * PAD_X),
        unit: units(SIZE / 2.0),
        fill: true,
    };
    let metrics = Metrics {
        body: units(h - MARGIN_TOP - MARGIN_BOTTOM),
        first_top: units(TITLE_BLOCK),
        line: units(LINE),
        row_pad: units(2.0 * PAD_Y),
        header_pad: units(2.0 * PAD_Y),
        gap: units(GAP),
    };
    let blocks = layout::build(doc, &spec, &PdfMeasure(&glyphs));
    let pages = layout::paginate(&blocks, &metrics);

    let settings = SerializeSettings {
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut pdf = krilla::Document::new_with(settings);
    pdf.set_metadata(
        Metadata::new()
            .title(layout::clean(&doc.title).into_owned())
            .creator("sifa-desk".to_string())
            .language("zh-CN".to_string()),
    );
    let total = pages.len();
    for (n, page) in pages.iter().enumerate() {
        let size = PageSettings::from_wh(w, h).ok_or_else(|| ReportError::Pdf("A4".into()))?;
        let mut p = pdf.start_page_with(size);
        let mut surface = p.surface();
        let mut pen = Pen {
            s: &mut surface,
            font: &font,
            glyphs: &glyphs,
            buf: Vec::new(),
        };
        if n == 0 {
            pen.title_block(doc, w);
        }
        pen.page(page, &blocks, &spec);
        let footer = strings::report_page_label(n + 1, total);
        let fw = pen.width(&footer, SIZE);
        pen.text(&footer, (w - fw) / 2.0, h - FOOTER_FROM_BOTTOM, SIZE, false);
        surface.finish();
        p.finish();
    }
    pdf.finish().map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

/// Draws on one page.
struct Pen<'s, 'p, 'g, 'a> {
    s: &'s mut Surface<'p>,
    font: &'g Font,
    glyphs: &'g Glyphs<'a>,
    buf: Vec<KrillaGlyph>,
}

impl Pen<'_, '_, '_, '_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyphs.get(c).1).sum::<f32>() * size
    }

    /// One line of text with its baseline at `y`; `bold` strokes the outline too.
    fn text(&mut self, text: &str, x: f32, y: f32, size: f32, bold: bool) {
        if text.is_empty() {
            return;
        }
        self.buf.clear();
        for (i, c) in text.char_indices() {
            let (gid, advance) = self.glyphs.get(c);
            let range = i..i + c.len_utf8();
            let glyph = KrillaGlyph::new(GlyphId::new(gid), advance, 0.0, 0.0, 0.0, range, None);
            self.buf.push(glyph);
        }
        self.s.set_fill(Some(Fill::default()));
        self.s.set_stroke(bold.then(|| Stroke {
            width: BOLD * size / SIZE,
            ..Stroke::default()
        }));
        let start = Point::from_xy(x, y);
        self.s
            .draw_glyphs(start, &self.buf, self.font.clone(), text, size, false);
        self.s.set_stroke(None);
    }

    /// Baseline of line `k` of a row whose text starts at `top`.
    fn baseline(top: f32, k: usize) -> f32 {
        top + k as f32 * LINE + LINE / 2.0 + 0.36 * SIZE
    }

    fn title_block(&mut self, doc: &Document, page_w: f32) {
        let title = one_line(&doc.title);
        let tw = self.width(&title, TITLE_SIZE);
        let y = MARGIN_TOP + TITLE_SIZE;
        self.text(&title, (page_w - tw) / 2.0, y, TITLE_SIZE, true);
        let y = y + 10.0 + SUBTITLE_SIZE;
        let office = one_line(&doc.office);
        let period = one_line(&doc.period);
        self.text(&office, MARGIN_X, y, SUBTITLE_SIZE, false);
        let pw = self.width(&period, SUBTITLE_SIZE);
        let ow = self.width(&office, SUBTITLE_SIZE);
        let x = (page_w - MARGIN_X - pw).max(MARGIN_X + ow + SUBTITLE_SIZE);
        self.text(&period, x, y, SUBTITLE_SIZE, false);
    }

    fn page(&mut self, page: &layout::Page, blocks: &[Block], spec: &Spec) {
        let mut rules = PathBuilder::new();
        for placed in &page.items {
            let top = MARGIN_TOP + pt(placed.y);
            let height = pt(placed.height);
            match &placed.item {
                Item::Caption { block, line } | Item::Line { block, line } => {
                    let lines = match blocks.get(*block) {
                        Some(Block::Caption(l) | Block::Lines(l)) => l,
                        _ => continue,
                    };
                    let bold = matches!(placed.item, Item::Caption { .. });
                    if let Some(text) = lines.get(*line) {
                        self.text(text, MARGIN_X, Self::baseline(top, 0), SIZE, bold);
                    }
                }
                Item::Header { block } => {
                    if let Some(Block::Grid(g)) = blocks.get(*block)
                        && let Some(h) = &g.header
                    {
                        self.shade(g, spec, top, height);
                        let all = 0..h.lines;
                        self.row(g, h, all, top, height, spec, &mut rules, true);
                    }
                }
                Item::Row { block, row, lines } => {
                    if let Some(Block::Grid(g)) = blocks.get(*block)
                        && let Some(r) = g.rows.get(*row)
                    {
                        self.row(g, r, lines.clone(), top, height, spec, &mut rules, false);
                    }
                }
            }
        }
        if let Some(path) = rules.finish() {
            self.s.set_fill(None);
            self.s.set_stroke(Some(Stroke {
                width: RULE,
                ..Stroke::default()
            }));
            self.s.draw_path(&path);
            self.s.set_stroke(None);
        }
    }

    fn shade(&mut self, g: &Grid, spec: &Spec, top: f32, height: f32) {
        let right = MARGIN_X + pt(grid_width(g, spec));
        if let Some(rect) = Rect::from_ltrb(MARGIN_X, top, right, top + height) {
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                self.s.set_stroke(None);
                self.s.set_fill(Some(Fill {
                    paint: luma::Color::new(HEADER_GREY).into(),
                    ..Fill::default()
                }));
                self.s.draw_path(&path);
            }
        }
    }

    /// One table row (or the part of it on this page): text, then its rules into `rules`.
    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        g: &Grid,
        row: &layout::Row,
        lines: std::ops::Range<usize>,
        top: f32,
        height: f32,
        spec: &Spec,
        rules: &mut PathBuilder,
        header: bool,
    ) {
        let pad = pt(spec.cell_pad) / 2.0;
        let right = MARGIN_X + pt(grid_width(g, spec));
        let text_top = top + PAD_Y;
        let mut x = MARGIN_X;
        let mut edges = vec![MARGIN_X];
        let spans = if row.span {
            vec![pt(layout::spanned_width(&g.widths, spec.cell_pad))]
        } else {
            g.widths.iter().map(|w| pt(*w)).collect()
        };
        for (col, inner) in spans.iter().enumerate() {
            let align = match (header, row.span) {
                (true, _) => Align::Center,
                (false, true) => Align::Left,
                (false, false) => g.align.get(col).copied().unwrap_or(Align::Left),
            };
            let cell = row.cells.get(col).map_or(&[][..], Vec::as_slice);
            let shown = cell.get(lines.start.min(cell.len())..lines.end.min(cell.len()));
            for (k, text) in shown.unwrap_or_default().iter().enumerate() {
                let tx = match align {
                    Align::Left => x + pad,
                    Align::Right => x + pad + inner - self.width(text, SIZE),
                    Align::Center => x + pad + (inner - self.width(text, SIZE)) / 2.0,
                };
                self.text(text, tx, Self::baseline(text_top, k), SIZE, header);
            }
            x += inner + 2.0 * pad;
            edges.push(x);
        }
        for y in [top, top + height] {
            rules.move_to(MARGIN_X, y);
            rules.line_to(right, y);
        }
        for e in edges {
            rules.move_to(e, top);
            rules.line_to(e, top + height);
        }
    }
}

/// Total width of a grid in layout units.
fn grid_width(g: &Grid, spec: &Spec) -> u32 {
    g.widths.iter().fold(0u32, |a, w| {
        a.saturating_add(*w).saturating_add(spec.cell_pad)
    })
}

/// Title-block text on one line: cleaned, line breaks as spaces.
fn one_line(text: &str) -> String {
    layout::clean(text).replace('\n', " ")
}
