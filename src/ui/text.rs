//! Text on the screen: widths are display widths (a Chinese character is two columns), text is
//! cut at a display width and never mid-character, and control characters from stored text
//! are shown escaped, never sent to the terminal.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Control characters written as ^X (or \u{..} for C1), so stored text cannot move the cursor
/// or change colours.
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
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
            n if c.is_control() => out.push_str(&format!("\\u{{{n:x}}}")),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The longest prefix of `s` that fits in `max` columns.
pub fn cut(s: &str, max: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        let w = char_width(c);
        if used + w > max {
            return &s[..i];
        }
        used += w;
    }
    s
}

/// `s` cut to `w` columns and padded with spaces to exactly `w` columns.
pub fn fit(s: &str, w: usize) -> String {
    let s = safe(s);
    let cut = cut(&s, w);
    let mut out = String::from(cut);
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(cut))));
    out
}

/// The part of `s` to show in `max` columns so that the caret (a char index) stays visible,
/// and the caret's column within it.
pub fn window(s: &str, caret: usize, max: usize) -> (String, usize) {
    let chars: Vec<char> = s.chars().collect();
    let caret = caret.min(chars.len());
    let before: usize = chars[..caret].iter().map(|c| char_width(*c)).sum();
    if before < max {
        let shown: String = chars.iter().collect();
        return (cut(&shown, max).to_string(), before);
    }
    // Scroll: keep the caret at the right edge, with one column for it.
    let mut start = caret;
    let mut used = 0;
    while start > 0 {
        let w = char_width(chars[start - 1]);
        if used + w + 1 > max {
            break;
        }
        used += w;
        start -= 1;
    }
    let shown: String = chars[start..].iter().collect();
    (cut(&shown, max).to_string(), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_display_width_never_mid_character() {
        assert_eq!(cut("张三丰", 5), "张三");
        assert_eq!(cut("张三丰", 6), "张三丰");
        assert_eq!(cut("a张", 2), "a");
        assert_eq!(fit("张三", 5), "张三 ");
        assert_eq!(width(&fit("欧阳娜娜很长的名字", 7)), 7);
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(safe("a\x1b[31mb"), "a^[[31mb");
        assert_eq!(safe("x\ny"), "x^Jy");
        assert_eq!(safe("正常"), "正常");
    }

    #[test]
    fn window_keeps_the_caret_visible() {
        assert_eq!(window("张三", 2, 10), ("张三".to_string(), 4));
        let (shown, col) = window("一二三四五六七八", 8, 7);
        assert!(width(&shown) <= 7);
        assert_eq!(col, 6);
        assert!(shown.ends_with('八'));
    }
}
