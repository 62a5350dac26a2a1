//! Wrapping keeps numbers (amounts, phones, ID numbers) whole, in the layout and in the
//! bytes of a text printout.

use super::layout::{self, DisplayWidth, wrap};
use super::test_docs::{ledger, ledger_row};
use super::{Format, Section, render};

#[test]
fn numbers_move_whole_to_the_next_line() {
    let w = |text: &str, max| wrap(text, max, &DisplayWidth);
    // A phone after Chinese text: no space before it, still kept whole.
    assert_eq!(
        w("来电13800138000请回电", 12),
        ["来电", "13800138000", "请回电"]
    );
    // An amount with its thousands comma and decimal point.
    assert_eq!(w("共计金额1,234.56元", 12), ["共计金额", "1,234.56元"]);
    // An ID number with its check letter, and a masked one.
    assert_eq!(
        w("身份证36072619900101123X", 20),
        ["身份证", "36072619900101123X"]
    );
    assert_eq!(
        w("号码3607**********1234", 20),
        ["号码", "3607**********1234"]
    );
    // A landline and a time; closing punctuation after a number takes the number along.
    assert_eq!(w("座机0797-1234567。", 14), ["座机", "0797-1234567。"]);
    assert_eq!(w("约定9:30到场", 6), ["约定", "9:30到", "场"]);
    assert_eq!(w("增长了12.5%", 10), ["增长了", "12.5%"]);
    // A sentence's full stop is no joiner: the number before it may end a line.
    assert_eq!(w("a 12. b", 4), ["a ", "12. ", "b"]);
    // Only a number wider than a whole line breaks, and it starts its own line first.
    assert_eq!(w("号13800138000", 6), ["号", "138001", "38000"]);
}

#[test]
fn widest_number_measures_what_wrap_keeps_whole() {
    let m = &DisplayWidth;
    assert_eq!(
        layout::widest_number("电话13800138000，金额1,234.56元", m),
        11
    );
    assert_eq!(layout::widest_number("身份证3607**********1234", m), 18);
    assert_eq!(layout::widest_number("没有数字 abc", m), 0);
    assert_eq!(layout::widest_number("第1条\n第22条", m), 2);
}

#[test]
fn text_bytes_keep_every_number_on_one_line() {
    let numbers = [
        "13800138000",
        "0797-1234567",
        "360726199001011233",
        "12,345.67",
        "3607**********9876",
    ];
    let summary = format!(
        "来访人电话{}，座机{}，身份证号{}，被拖欠工资共计{}元，另一人{}。",
        numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]
    );
    let mut row = ledger_row(0);
    row[8] = summary.repeat(3);
    let mut doc = ledger(0);
    if let Some(Section::Table { rows, .. }) = doc.sections.first_mut() {
        *rows = vec![row];
    }
    let bytes = render(&doc, Format::Txt, None).unwrap();
    assert_eq!(
        bytes.first(),
        Some(&b' '),
        "the first line is the centred title, no mark"
    );
    let text = String::from_utf8(bytes).unwrap();
    for number in numbers {
        let whole = text.lines().filter(|l| l.contains(number)).count();
        assert_eq!(whole, 3, "{number} whole on a line three times in:\n{text}");
    }
    // The summary did wrap: its cell spans many lines.
    assert!(
        text.lines().filter(|l| l.contains('，')).count() > 6,
        "{text}"
    );
}
