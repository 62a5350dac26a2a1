//! Pagination: blocks placed down pages, a row kept whole unless it is taller than a page,
//! the header row of a table repeated at the top of every page the table continues on, a
//! caption kept on the page of what follows it.

use std::ops::Range;

use super::layout::{Block, Grid};

/// The vertical geometry of a page, in layout units.
#[derive(Debug, Clone, Copy)]
pub struct Metrics {
    /// Usable height of a page.
    pub body: u32,
    /// Height of the title block at the top of the first page.
    pub first_top: u32,
    /// One line of text.
    pub line: u32,
    /// Added to the lines of every table row (padding, rules).
    pub row_pad: u32,
    /// Added to the lines of a header row.
    pub header_pad: u32,
    /// The height of a [`Block::Gap`].
    pub gap: u32,
}

/// What a placed item shows. `block` indexes the blocks given to [`paginate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Caption {
        block: usize,
        line: usize,
    },
    Header {
        block: usize,
    },
    /// `lines` is the part of the row on this page (all of it unless the row is split).
    Row {
        block: usize,
        row: usize,
        lines: Range<usize>,
    },
    Line {
        block: usize,
        line: usize,
    },
}

/// An item at a vertical offset from the top of the page body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub y: u32,
    pub height: u32,
    pub item: Item,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub items: Vec<Placed>,
}

/// Height of `lines` lines of a row with `pad` extra.
fn height(lines: usize, m: &Metrics, pad: u32) -> u32 {
    (lines as u32).saturating_mul(m.line).saturating_add(pad)
}

/// Lays the blocks out on pages. Always returns at least one page.
pub fn paginate(blocks: &[Block], m: &Metrics) -> Vec<Page> {
    let mut c = Cursor {
        pages: vec![Page::default()],
        y: m.first_top,
        fresh: true,
        m,
    };
    for (b, block) in blocks.iter().enumerate() {
        match block {
            Block::Gap => {
                if !c.fresh {
                    c.y = c.y.saturating_add(m.gap).min(m.body);
                }
            }
            Block::Caption(lines) => {
                let next = blocks.get(b + 1).map_or(0, |n| first_height(n, m));
                let need = height(lines.len(), m, 0).saturating_add(next);
                if need > c.room() && !c.fresh {
                    c.new_page();
                }
                for line in 0..lines.len() {
                    c.fit(m.line);
                    c.place(m.line, Item::Caption { block: b, line });
                }
            }
            Block::Lines(lines) => {
                for line in 0..lines.len() {
                    c.fit(m.line);
                    c.place(m.line, Item::Line { block: b, line });
                }
            }
            Block::Grid(grid) => c.grid(b, grid),
        }
    }
    c.pages
}

/// Height of the first thing a block must show (to keep a caption with it).
fn first_height(block: &Block, m: &Metrics) -> u32 {
    match block {
        Block::Grid(g) => grid_start(g, m),
        Block::Lines(lines) => height(lines.len().min(2), m, 0),
        Block::Caption(_) | Block::Gap => 0,
    }
}

/// What must fit on a page for a grid to start there: its header and first row, or the
/// header and one line when that row is taller than a page anyway.
fn grid_start(g: &Grid, m: &Metrics) -> u32 {
    let head = g
        .header
        .as_ref()
        .map_or(0, |h| height(h.lines, m, m.header_pad));
    let Some(first) = g.rows.first() else {
        return head;
    };
    let whole = head.saturating_add(height(first.lines, m, m.row_pad));
    if whole <= m.body {
        whole
    } else {
        head.saturating_add(height(1, m, m.row_pad))
    }
}

struct Cursor<'m> {
    pages: Vec<Page>,
    y: u32,
    /// Nothing placed on this page yet (a repeated header does not count).
    fresh: bool,
    m: &'m Metrics,
}

impl Cursor<'_> {
    fn room(&self) -> u32 {
        self.m.body.saturating_sub(self.y)
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = 0;
        self.fresh = true;
    }

    /// Starts a new page unless `h` fits here or the page is still empty.
    fn fit(&mut self, h: u32) {
        if h > self.room() && !self.fresh {
            self.new_page();
        }
    }

    fn place(&mut self, h: u32, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(Placed {
                y: self.y,
                height: h,
                item,
            });
        }
        self.y = self.y.saturating_add(h);
        self.fresh = false;
    }

    fn header(&mut self, b: usize, grid: &Grid) -> u32 {
        let Some(h) = &grid.header else { return 0 };
        let hh = height(h.lines, self.m, self.m.header_pad);
        self.place(hh, Item::Header { block: b });
        hh
    }

    fn grid(&mut self, b: usize, grid: &Grid) {
        let m = self.m;
        let need = grid_start(grid, m);
        if need > self.room() && (need <= m.body || !self.fresh) {
            self.new_page();
        }
        let head = self.header(b, grid);
        let mut rows_here = 0usize;
        for (r, row) in grid.rows.iter().enumerate() {
            let h = height(row.lines, m, m.row_pad);
            if h > self.room() && rows_here > 0 && h <= m.body.saturating_sub(head) {
                self.new_page();
                self.header(b, grid);
                rows_here = 0;
            }
            if h <= self.room() {
                let lines = 0..row.lines;
                self.place(
                    h,
                    Item::Row {
                        block: b,
                        row: r,
                        lines,
                    },
                );
                rows_here += 1;
                continue;
            }
            // Taller than a page: split it, a whole line at a time, repeating the header.
            let mut done = 0;
            while done < row.lines {
                let fit = (self.room().saturating_sub(m.row_pad) / m.line.max(1)) as usize;
                if fit == 0 && rows_here > 0 {
                    self.new_page();
                    self.header(b, grid);
                    rows_here = 0;
                    continue;
                }
                let take = fit.max(1).min(row.lines - done);
                let lines = done..done + take;
                self.place(
                    height(take, m, m.row_pad),
                    Item::Row {
                        block: b,
                        row: r,
                        lines,
                    },
                );
                rows_here += 1;
                done += take;
                if done < row.lines {
                    self.new_page();
                    self.header(b, grid);
                    rows_here = 0;
                }
            }
        }
    }
}
