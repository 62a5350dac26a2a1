//! Line wrapping by width: display width for text, glyph advances for the PDF.
//!
//! A line breaks between characters (Chinese needs no spaces); a combining or zero-width
//! character stays with the one before it; closing punctuation never starts a line when it
//! can be avoided; a Latin word moves whole to the next line when it fits there. No character
//! is ever cut, dropped or repeated: the lines of a cell, joined, are the cleaned text without
//! its line breaks.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Width of a character in some layout unit.
pub trait Measure {
    fn width(&self, c: char) -> u32;
}

/// Terminal display width: a Chinese character is 2, ASCII 1, combining marks 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct DisplayWidth;

impl Measure for DisplayWidth {
    fn width(&self, c: char) -> u32 {
        display_width(c)
    }
}

/// Display width of one character (control characters count 0).
pub fn display_width(c: char) -> u32 {
    UnicodeWidthChar::width(c).map_or(0, |w| w as u32)
}

/// Width of a string under `m`.
pub fn str_width(s: &str, m: &impl Measure) -> u32 {
    s.chars().fold(0u32, |w, c| w.saturating_add(m.width(c)))
}

/// Printable form of cell text: CR LF and CR become LF, a tab a space, and any other control
/// character '?', so that nothing invisible or harmful reaches a page or a printer.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => out.push('?'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Wraps `text` (cleaned first) into lines no wider than `max` where possible. A single
/// character wider than `max` gets a line of its own. Always returns at least one line.
pub fn wrap(text: &str, max: u32, m: &impl Measure) -> Vec<String> {
    let text = clean(text);
    let mut out = Vec::new();
    let mut clusters = Vec::new();
    for para in text.split('\n') {
        wrap_paragraph(para, max, m, &mut clusters, &mut out);
    }
    out
}

/// One cluster of a paragraph: a base character and the zero-width ones after it.
#[derive(Clone, Copy)]
struct Cluster {
    start: usize,
    width: u32,
    first: char,
}

fn wrap_paragraph(
    para: &str,
    max: u32,
    m: &impl Measure,
    clusters: &mut Vec<Cluster>,
    out: &mut Vec<String>,
) {
    clusters.clear();
    for (i, c) in para.char_indices() {
        match clusters.last_mut() {
            Some(last) if display_width(c) == 0 => {
                last.width = last.width.saturating_add(m.width(c))
            }
            _ => clusters.push(Cluster {
                start: i,
                width: m.width(c),
                first: c,
            }),
        }
    }
    let byte = |k: usize, clusters: &[Cluster]| clusters.get(k).map_or(para.len(), |c| c.start);
    let mut start = 0; // first cluster of the current line
    let mut width = 0u32;
    let mut i = 0;
    while i < clusters.len() {
        let w = clusters[i].width;
        if i == start || width.saturating_add(w) <= max {
            width = width.saturating_add(w);
            i += 1;
            continue;
        }
        let brk = break_before(clusters, start, i);
        out.push(para[byte(start, clusters)..byte(brk, clusters)].to_string());
        start = brk;
        width = clusters[brk..i]
            .iter()
            .fold(0u32, |a, c| a.saturating_add(c.width));
    }
    out.push(para[byte(start, clusters)..].to_string());
}

/// Where to end a line that cannot take cluster `i`: a cluster index in `start + 1 ..= i`.
fn break_before(clusters: &[Cluster], start: usize, i: usize) -> usize {
    let c = clusters[i].first;
    if no_line_start(c) && i - start >= 2 {
        return i - 1;
    }
    if is_word(c) && is_word(clusters[i - 1].first) {
        let mut j = i;
        while j > start && is_word(clusters[j - 1].first) {
            j -= 1;
        }
        if j > start && clusters[j - 1].first == ' ' {
            return j;
        }
    }
    i
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Closing punctuation that should not begin a line (a light form of Chinese 禁则).
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '”'
            | '’'
            | '…'
            | '％'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '}'
            | '%'
    )
}
