//! Plain text for a plain printer: pages of 60 lines separated by a form feed, columns padded
//! by display width (wrapped cells continue on the following lines), the table header repeated
//! on every page, "第 N 页 共 M 页" on the last line of each page.
//!
//! UTF-8 without a byte-order mark (a printer fed the file raw would print the mark as
//! stray characters; Notepad since Windows 10 1903 and Linux editors read UTF-8 without
//! it) and CRLF line ends. Numbers (amounts, phones, ID numbers) never break across lines.
//!
//! ```text
//!                            服务台账                              line 1 (first page)
//! 某某司法所                                          2026年11月29日   line 2
//!                                                                     line 3
//! 序号  时间   渠道  摘要                          经办人              header
//! ----------------------------------------------------------------   rule under the header
//!    1  09:05  窗口  咨询劳动合同解除后经济补偿金  张三                 rows
//!                    的计算方式……
//!                         第 1 页 共 2 页                             line 60
//! ```

use super::Document;
use super::layout::{self, Align, Block, DisplayWidth, Grid, Item, Metrics, Spec, str_width};
use crate::strings;

pub(crate) const LINES_PER_PAGE: u32 = 60;
const WIDTH_PORTRAIT: u32 = 80;
const WIDTH_LANDSCAPE: u32 = 132;
const COLUMN_GAP: &str = "  ";
const TITLE_LINES: u32 = 3;
const FOOTER_LINES: u32 = 2;

pub(crate) fn render(doc: &Document) -> Vec<u8> {
    let width = if doc.landscape {
        WIDTH_LANDSCAPE
    } else {
        WIDTH_PORTRAIT
    };
    let spec = Spec {
        width,
        cell_pad: COLUMN_GAP.len() as u32,
        unit: 1,
        fill: false,
    };
    let blocks = layout::build(doc, &spec, &DisplayWidth);
    let metrics = Metrics {
        body: LINES_PER_PAGE - FOOTER_LINES,
        first_top: TITLE_LINES,
        line: 1,
        row_pad: 0,
        header_pad: 1,
        gap: 1,
    };
    let pages = layout::paginate(&blocks, &metrics);
    let mut out = String::new();
    let total = pages.len();
    for (n, page) in pages.iter().enumerate() {
        let mut lines = vec![String::new(); (LINES_PER_PAGE - FOOTER_LINES) as usize];
        if n == 0 {
            title_block(doc, width, &mut lines);
        }
        for placed in &page.items {
            draw(placed, &blocks, &mut lines);
        }
        lines.push(String::new());
        lines.push(pad(
            &strings::report_page_label(n + 1, total),
            width,
            Align::Center,
        ));
        if n > 0 {
            out.push('\u{c}');
        }
        for line in &lines {
            out.push_str(line.trim_end());
            out.push_str("\r\n");
        }
    }
    out.into_bytes()
}

fn title_block(doc: &Document, width: u32, lines: &mut [String]) {
    let one_line = |s: &str| layout::clean(s).replace('\n', " ");
    if let Some(l) = lines.get_mut(0) {
        *l = pad(&one_line(&doc.title), width, Align::Center);
    }
    let office = one_line(&doc.office);
    let period = one_line(&doc.period);
    let room = width.saturating_sub(str_width(&office, &DisplayWidth));
    if let Some(l) = lines.get_mut(1) {
        *l = format!("{office}{}", pad(&period, room.max(1), Align::Right));
    }
}

fn draw(placed: &layout::Placed, blocks: &[Block], lines: &mut [String]) {
    let y = placed.y as usize;
    let mut put = |k: usize, text: String| {
        if let Some(l) = lines.get_mut(y + k) {
            *l = text;
        }
    };
    match &placed.item {
        Item::Caption { block, line } | Item::Line { block, line } => {
            if let Some(Block::Caption(l) | Block::Lines(l)) = blocks.get(*block) {
                put(0, l.get(*line).cloned().unwrap_or_default());
            }
        }
        Item::Header { block } => {
            if let Some(Block::Grid(g)) = blocks.get(*block)
                && let Some(h) = &g.header
            {
                for k in 0..h.lines {
                    put(k, row_line(g, h, k, true));
                }
                put(h.lines, "-".repeat(grid_width(g) as usize));
            }
        }
        Item::Row { block, row, lines } => {
            if let Some(Block::Grid(g)) = blocks.get(*block)
                && let Some(r) = g.rows.get(*row)
            {
                for (k, line) in lines.clone().enumerate() {
                    put(k, row_line(g, r, line, false));
                }
            }
        }
    }
}

/// Line `k` of a row, every cell padded to its column.
fn row_line(g: &Grid, row: &layout::Row, k: usize, header: bool) -> String {
    let gap = COLUMN_GAP.len() as u32;
    let widths = if row.span {
        vec![layout::spanned_width(&g.widths, gap)]
    } else {
        g.widths.clone()
    };
    let cells: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(col, &w)| {
            let text = row.cells.get(col).and_then(|c| c.get(k));
            let align = if header {
                Align::Center
            } else if row.span {
                Align::Left
            } else {
                g.align.get(col).copied().unwrap_or(Align::Left)
            };
            pad(text.map_or("", String::as_str), w, align)
        })
        .collect();
    cells.join(COLUMN_GAP)
}

fn grid_width(g: &Grid) -> u32 {
    let gap = COLUMN_GAP.len() as u32;
    layout::spanned_width(&g.widths, gap)
}

/// `text` padded with spaces to `width` display columns (never cut).
fn pad(text: &str, width: u32, align: Align) -> String {
    let extra = width.saturating_sub(str_width(text, &DisplayWidth)) as usize;
    let (left, right) = match align {
        Align::Left => (0, extra),
        Align::Right => (extra, 0),
        Align::Center => (extra / 2, extra - extra / 2),
    };
    format!("{}{text}{}", " ".repeat(left), " ".repeat(right))
}
