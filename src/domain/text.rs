//! Small text helpers shared by the parsers: full-width folding and masking.

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
