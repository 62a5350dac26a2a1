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

/// Control characters written as ^X (or \u{..} for C1), and bidirectional overrides and
/// zero-width characters as \u{..}, so stored text cannot move the cursor, change colours or
/// reorder what is shown around it.
pub fn safe(s: &str) -> Cow<'_, str> {
    crate::domain::text::escape(s)
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

/// `s` with its control characters escaped, and the caret (a char index into `s`) moved to
/// the same place in the escaped text: the caret arithmetic agrees with what is drawn.
pub fn safe_with_caret(s: &str, caret: usize) -> (String, usize) {
    let before: String = s.chars().take(caret).collect();
    (safe(s).into_owned(), safe(&before).chars().count())
}

/// `s` broken into lines of at most `w` display columns, never inside a character: each
/// line's first char index and its text. An empty `s` is one empty line.
pub fn wrap_chars(s: &str, w: usize) -> Vec<(usize, String)> {
    let w = w.max(2);
    let mut lines = vec![(0, String::new())];
    let mut used = 0;
    for (i, c) in s.chars().enumerate() {
        let cw = char_width(c);
        if used + cw > w {
            lines.push((i, String::new()));
            used = 0;
        }
        if let Some((_, line)) = lines.last_mut() {
            line.push(c);
        }
        used += cw;
    }
    lines
}

/// The line and column (display columns) of the caret (a char index) in wrapped lines. A
/// caret at the end of a full last line goes to the start of a new line.
pub fn caret_in_lines(lines: &[(usize, String)], caret: usize, w: usize) -> (usize, usize) {
    let line = lines
        .iter()
        .rposition(|(start, _)| *start <= caret)
        .unwrap_or(0);
    let (start, text) = &lines[line];
    let before: String = text.chars().take(caret - start).collect();
    let col = width(&before);
    if line + 1 == lines.len() && col >= w.max(2) {
        return (line + 1, 0);
    }
    (line, col)
}

/// The char index in `lines` at display column `col` of line `line` (or the line's end).
pub fn caret_at(lines: &[(usize, String)], line: usize, col: usize) -> usize {
    let Some((start, text)) = lines.get(line) else {
        return lines.last().map_or(0, |(s, t)| s + t.chars().count());
    };
    let mut used = 0;
    let mut n = 0;
    for c in text.chars() {
        let cw = char_width(c);
        if used + cw > col {
            break;
        }
        used += cw;
        n += 1;
    }
    // The end of a line that is not the last is the next line's first character: stay before
    // this line's last character instead.
    let len = text.chars().count();
    if n == len && line + 1 < lines.len() {
        n = len.saturating_sub(1);
    }
    start + n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_caret_counts_escaped_control_characters_as_drawn() {
        assert_eq!(safe_with_caret("a\u{1}b", 3), ("a^Ab".to_string(), 4));
        assert_eq!(safe_with_caret("a\u{1}b", 1), ("a^Ab".to_string(), 1));
        let (shown, caret) = safe_with_caret("张\x1b三", 3);
        assert_eq!((shown.as_str(), caret), ("张^[三", 4));
    }

    #[test]
    fn wrapped_chinese_keeps_the_caret_on_the_character_it_is_at() {
        // 10 columns: five Chinese characters a line.
        let text = "甲乙丙丁戊己庚辛壬癸子丑";
        let lines = wrap_chars(text, 10);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], (5, "己庚辛壬癸".to_string()));
        assert_eq!(caret_in_lines(&lines, 7, 10), (1, 4));
        assert_eq!(caret_in_lines(&lines, 12, 10), (2, 4));
        // A wide character never straddles the edge: 9 columns hold four and a half.
        let odd = wrap_chars("甲乙丙丁戊", 9);
        assert_eq!(odd[0].1, "甲乙丙丁");
        // Moving down keeps the column; a shorter line takes its end.
        assert_eq!(caret_at(&lines, 2, 4), 12);
        assert_eq!(caret_at(&lines, 2, 9), 12);
        // Past the end of a line that is not the last: before its last character.
        assert_eq!(caret_at(&lines, 0, 12), 4);
        // A full last line puts the caret at the start of the next.
        let full = wrap_chars("甲乙丙丁戊", 10);
        assert_eq!(caret_in_lines(&full, 5, 10), (1, 0));
    }

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
        assert_eq!(safe("张\u{202E}三"), "张\\u{202e}三");
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
