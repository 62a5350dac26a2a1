//! Pinyin search keys for person names and classification of search input.

use ::pinyin::ToPinyin;

use crate::domain::text::fold_fullwidth;

/// Search keys of a name: lower-case ASCII without separators.
/// 张三 → full `zhangsan`, initials `zs`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameKeys {
    pub full: String,
    pub initials: String,
}

/// Compound surnames (matched at the start of a name, before single ones).
/// Each entry lists one syllable per character.
const COMPOUND_SURNAMES: &[(&str, &[&str])] = &[
    ("尉迟", &["yu", "chi"]),
    ("万俟", &["mo", "qi"]),
    ("长孙", &["zhang", "sun"]),
    ("令狐", &["ling", "hu"]),
    ("欧阳", &["ou", "yang"]),
    ("上官", &["shang", "guan"]),
    ("诸葛", &["zhu", "ge"]),
    ("司马", &["si", "ma"]),
    ("东方", &["dong", "fang"]),
];

/// Single-character surnames whose surname reading differs from (or is not
/// reliably) the character's most common reading.
const SURNAMES: &[(char, &str)] = &[
    ('单', "shan"),
    ('曾', "zeng"),
    ('解', "xie"),
    ('仇', "qiu"),
    ('区', "ou"),
    ('查', "zha"),
    ('朴', "piao"),
    ('覃', "qin"),
    ('盖', "ge"),
    ('华', "hua"),
    ('任', "ren"),
    ('乐', "yue"),
    ('缪', "miao"),
    ('重', "chong"),
    ('翟', "zhai"),
    ('折', "she"),
    ('黑', "he"),
    ('繁', "po"),
    ('员', "yun"),
    ('那', "na"),
    ('种', "chong"),
    ('秘', "bi"),
    ('燕', "yan"),
    ('纪', "ji"),
];

/// Syllables of the surname at the start of `name`, if it is in the tables,
/// and the rest of the name after it.
fn special_surname(name: &str) -> Option<(Vec<&'static str>, &str)> {
    for (surname, syllables) in COMPOUND_SURNAMES {
        if let Some(rest) = name.strip_prefix(surname) {
            return Some((syllables.to_vec(), rest));
        }
    }
    let first = name.chars().next()?;
    let (_, syllable) = SURNAMES.iter().find(|(c, _)| *c == first)?;
    Some((vec![*syllable], name.get(first.len_utf8()..)?))
}

/// Makes a crate syllable plain ASCII: `ü` → `v`, `ê` → `e`; anything else
/// that is not a lower-case ASCII letter is dropped.
fn ascii_syllable(syllable: &str) -> String {
    syllable
        .chars()
        .filter_map(|c| match c {
            'ü' => Some('v'),
            'ê' => Some('e'),
            'a'..='z' => Some(c),
            _ => None,
        })
        .collect()
}

/// Builds the pinyin search keys of a name. The surname uses the special
/// reading table; other Han characters use the `pinyin` crate's first
/// reading; runs of ASCII letters are kept lower-cased as one word; everything else (digits,
/// `·`, spaces, unknown characters) is skipped.
pub fn name_keys(name: &str) -> NameKeys {
    let name = name.trim();
    let mut keys = NameKeys::default();
    let mut push = |syllable: &str| {
        if let Some(first) = syllable.chars().next() {
            keys.full.push_str(syllable);
            keys.initials.push(first);
        }
    };
    let rest = match special_surname(name) {
        Some((syllables, rest)) => {
            syllables.into_iter().for_each(&mut push);
            rest
        }
        None => name,
    };
    // A run of ASCII letters is one word: "Anna张" → "annazhang" / "az".
    let mut word = String::new();
    for c in rest.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        push(&word);
        word.clear();
        if let Some(p) = c.to_pinyin() {
            push(&ascii_syllable(p.plain()));
        }
    }
    push(&word);
    keys
}

/// Ways to read pinyin letters as the full pinyin of a surname followed by the initials of
/// the given name (`zengsl` → `zeng` + `sl` finds 曾水莲): (surname pinyin, initials after it).
/// The surname has at least two letters, the given name one to three initials.
pub fn surname_then_initials(letters: &str) -> Vec<(String, String)> {
    if !letters.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let n = letters.len();
    (n.saturating_sub(3).max(2)..n)
        .map(|k| (letters[..k].to_string(), letters[k..].to_string()))
        .collect()
}

/// What a search box input looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Empty,
    /// ASCII digits, optionally ending in `X` (ID or phone fragments).
    Digits(String),
    /// ASCII letters, lower-cased (pinyin or initials).
    Letters(String),
    /// Anything else, trimmed (Chinese name fragments and so on).
    Text(String),
}

/// Classifies search input. Full-width digits/letters are folded and inner
/// whitespace is ignored for the digit and letter classes.
pub fn classify_query(input: &str) -> Query {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Query::Empty;
    }
    let compact: String = fold_fullwidth(trimmed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let body = compact.strip_suffix(['x', 'X']).unwrap_or(compact.as_str());
    if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
        return Query::Digits(compact.to_ascii_uppercase());
    }
    if compact.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Query::Letters(compact.to_ascii_lowercase());
    }
    Query::Text(trimmed.to_string())
}

#[cfg(test)]
#[path = "pinyin_tests.rs"]
mod tests;
