//! Small text helpers shared by the parsers: full-width folding and masking, and the
//! characters that must never reach a screen or a printout as they are.

use std::borrow::Cow;

/// Invisible characters that change how text around them is shown: bidirectional overrides,
/// embeddings and isolates (U+202A–U+202E, U+2066–U+2069), directional marks, and zero-width
/// characters (U+200B–U+200D, U+2060, U+FEFF). Typed or pasted, they are refused; stored
/// (an import, an old file), they are shown escaped.
pub fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
    )
}

/// True for a character that is escaped when shown: a control or a hidden format character.
pub fn needs_escape(c: char) -> bool {
    c.is_control() || is_hidden_format(c)
}

/// `s` with control characters written as ^X (^? for DEL) and other unsafe characters (C1
/// controls, bidirectional overrides, zero-width characters) as `\u{202e}`: stored text
/// cannot move a cursor, change colours or reorder what is shown around it.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c as u32 {
            n @ 0..=0x1f => {
                out.push('^');
                out.push(char::from_u32(n + 0x40).unwrap_or('?'));
            }
            0x7f => out.push_str("^?"),
            n if needs_escape(c) => out.push_str(&format!("\\u{{{n:x}}}")),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// What a paste puts into a field: line breaks (CR LF, CR, LF) and tabs become one space each
/// (a field is one line; a note is wrapped, not broken, so it folds them too), and other
/// control and hidden format characters are dropped.
pub fn paste_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\t' => out.push(' '),
            c if needs_escape(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Converts full-width ASCII variants (U+FF01..=U+FF5E, e.g. `０`-`９`, `－`,
/// `／`, `．`, `：`, `Ｘ`) to their ASCII forms and the ideographic space
/// (U+3000) to a plain space. Chinese IMEs often type these.
pub fn fold_fullwidth(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Folds full-width characters and removes all whitespace.
pub fn compact(input: &str) -> String {
    fold_fullwidth(input)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Keeps the first `front` and last `back` characters and replaces every
/// other character with `*`. Character-based, never panics. Strings too
/// short to hide anything (`len <= front + back`) are masked completely.
pub fn mask_middle(value: &str, front: usize, back: usize) -> String {
    let len = value.chars().count();
    if len <= front.saturating_add(back) {
        return "*".repeat(len);
    }
    let hidden_end = len - back;
    value
        .chars()
        .enumerate()
        .map(|(i, c)| if i < front || i >= hidden_end { c } else { '*' })
        .collect()
}

/// True when `s` is non-empty and consists of ASCII digits only.
pub fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_and_control_characters_are_escaped_or_dropped() {
        assert_eq!(escape("正常"), "正常");
        assert_eq!(escape("a\u{202E}b"), "a\\u{202e}b");
        assert_eq!(escape("\u{200B}\u{FEFF}"), "\\u{200b}\\u{feff}");
        assert_eq!(escape("x\ny\u{1b}"), "x^Jy^[");
        assert_eq!(paste_text("甲\r\n乙\r丙\n丁\t戊"), "甲 乙 丙 丁 戊");
        assert_eq!(paste_text("a\u{202E}b\u{200B}c\u{7}"), "abc");
    }

    #[test]
    fn folds_fullwidth_digits_and_separators() {
        assert_eq!(fold_fullwidth("２０２６－０１／０５．"), "2026-01/05.");
        assert_eq!(fold_fullwidth("Ｘ\u{3000}：，"), "X :,");
        assert_eq!(fold_fullwidth("张三"), "张三");
    }

    #[test]
    fn compact_strips_all_whitespace() {
        assert_eq!(compact(" 138 0013\u{3000}8000 "), "13800138000");
    }

    #[test]
    fn mask_middle_is_safe() {
        assert_eq!(mask_middle("", 2, 2), "");
        assert_eq!(mask_middle("abc", 2, 2), "***");
        assert_eq!(mask_middle("abcd", 2, 2), "****");
        assert_eq!(mask_middle("abcde", 2, 2), "ab*de");
        assert_eq!(mask_middle("张三丰李四", 1, 1), "张***四");
    }
}
