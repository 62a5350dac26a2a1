//! Line wrapping by width: display width for text, glyph advances for the PDF.
//!
//! A line breaks between characters (Chinese needs no spaces); a combining or zero-width
//! character stays with the one before it; closing punctuation never starts a line when it
//! can be avoided; a Latin word or a number (digits with their decimal point, thousands
//! commas, dashes, colons or masking stars: an amount, a phone, an ID number, a date) moves
//! whole to the next line, and breaks only when it is wider than a whole line. No character
//! is ever cut, dropped or repeated: the lines of a cell, joined, are the cleaned text without
//! its line breaks.

use std::borrow::Cow;

use crate::domain::text::{is_hidden_format, needs_escape};

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
/// character '?'; a bidirectional override or zero-width character is written out as
/// `\u{202e}`, so that nothing invisible or harmful reaches a page or a printer.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && needs_escape(c)) {
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
            c if is_hidden_format(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
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
    for para in text.split('\n') {
        wrap_paragraph(para, max, m, &mut out);
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

fn clusters_of(para: &str, m: &impl Measure) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
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
    clusters
}

fn wrap_paragraph(para: &str, max: u32, m: &impl Measure, out: &mut Vec<String>) {
    let clusters = &clusters_of(para, m);
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
/// Closing punctuation takes the character before it along; a word or number is never split
/// unless it starts the line (and so is wider than the line).
fn break_before(clusters: &[Cluster], start: usize, i: usize) -> usize {
    let c = clusters[i].first;
    if no_line_start(c)
        && i - start >= 2
        && let Some(brk) = whole_words(clusters, start, i - 1)
    {
        return brk;
    }
    whole_words(clusters, start, i).unwrap_or(i)
}

/// `brk` moved back to the start of the word or number it would split, if that is after
/// `start`; `brk` itself when it splits none; None when the word starts the line.
fn whole_words(clusters: &[Cluster], start: usize, brk: usize) -> Option<usize> {
    if !(in_word(clusters, brk) && in_word(clusters, brk - 1)) {
        return Some(brk);
    }
    let mut j = brk - 1;
    while j > start && in_word(clusters, j - 1) {
        j -= 1;
    }
    (j > start).then_some(j)
}

/// Whether cluster `k` belongs to a word or number: an ASCII letter or digit, a full-width
/// digit, a masking star, or a joiner (`.` `,` `-` `:` `/`) between two of those.
fn in_word(clusters: &[Cluster], k: usize) -> bool {
    let Some(c) = clusters.get(k).map(|c| c.first) else {
        return false;
    };
    if is_word_char(c) {
        return true;
    }
    let joined = |n: Option<usize>| {
        n.and_then(|n| clusters.get(n))
            .is_some_and(|c| is_word_char(c.first))
    };
    is_joiner(c) && joined(k.checked_sub(1)) && joined(k.checked_add(1))
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '*' || ('０'..='９').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | ':' | '/')
}

/// Width under `m` of the widest number in `text` (a run as kept whole by [`wrap`] that holds
/// a digit or a masking star), 0 when there is none: the narrowest a column may be so that
/// no number in it breaks.
pub fn widest_number(text: &str, m: &impl Measure) -> u32 {
    let text = clean(text);
    let mut widest = 0;
    for para in text.split('\n') {
        let clusters = clusters_of(para, m);
        let mut run = (0u32, false);
        for k in 0..=clusters.len() {
            match clusters.get(k) {
                Some(c) if in_word(&clusters, k) => {
                    let digit = c.first.is_ascii_digit() || c.first == '*';
                    run = (run.0.saturating_add(c.width), run.1 || digit);
                }
                _ => {
                    if run.1 {
                        widest = widest.max(run.0);
                    }
                    run = (0, false);
                }
            }
        }
    }
    widest
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
