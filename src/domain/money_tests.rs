use super::*;
use proptest::prelude::*;

#[test]
fn parses_amounts() {
    let cases = [
        ("1200", 120_000),
        ("1200.5", 120_050),
        ("1200.50", 120_050),
        ("1200.05", 120_005),
        ("1,200.50", 120_050),
        ("１２００．５０", 120_050),
        ("１，２００", 120_000),
        ("1200元", 120_000),
        (" 1200 元 ", 120_000),
        ("￥1200", 120_000),
        ("0", 0),
        ("0.01", 1),
        ("1000000000000", 100_000_000_000_000),
        ("0001", 100),
    ];
    for (input, fen) in cases {
        assert_eq!(parse_yuan(input), Ok(fen), "{input}");
    }
}

#[test]
fn refuses_bad_amounts() {
    let cases = [
        ("", MoneyError::Empty),
        ("  ", MoneyError::Empty),
        ("元", MoneyError::Empty),
        ("-1", MoneyError::Negative),
        ("－1", MoneyError::Negative),
        ("abc", MoneyError::NotNumber),
        ("12a", MoneyError::NotNumber),
        (".5", MoneyError::NotNumber),
        ("12.", MoneyError::NotNumber),
        ("1.2.3", MoneyError::NotNumber),
        ("1e5", MoneyError::NotNumber),
        ("+5", MoneyError::NotNumber),
        ("一千", MoneyError::NotNumber),
        ("1.234", MoneyError::TooManyDecimals),
        ("1000000000000.01", MoneyError::TooLarge),
        ("1000000000001", MoneyError::TooLarge),
        ("99999999999999999999999999", MoneyError::TooLarge),
    ];
    for (input, err) in cases {
        assert_eq!(parse_yuan(input), Err(err), "{input}");
    }
    assert_eq!(
        MoneyError::NotNumber.to_string(),
        "金额只能写数字，最多两位小数，如 1200 或 1200.50"
    );
}

#[test]
fn formats_fen() {
    assert_eq!(format_fen(120_050), "1200.50");
    assert_eq!(format_fen(0), "0.00");
    assert_eq!(format_fen(5), "0.05");
    assert_eq!(format_fen(-5), "-0.05");
    assert_eq!(format_fen(-120_050), "-1200.50");
    assert_eq!(format_fen(i64::MIN), "-92233720368547758.08");
    assert_eq!(format_fen(i64::MAX), "92233720368547758.07");
}

#[test]
fn parses_counts() {
    assert_eq!(parse_count("3"), Ok(3));
    assert_eq!(parse_count(" ３ "), Ok(3));
    assert_eq!(parse_count("0"), Ok(0));
    assert_eq!(parse_count("4294967295"), Ok(u32::MAX));
    assert_eq!(parse_count(""), Err(CountError::Empty));
    assert_eq!(parse_count("-1"), Err(CountError::Negative));
    assert_eq!(parse_count("1.5"), Err(CountError::NotNumber));
    assert_eq!(parse_count("三"), Err(CountError::NotNumber));
    assert_eq!(parse_count("4294967296"), Err(CountError::TooLarge));
    assert_eq!(
        parse_count("99999999999999999999999"),
        Err(CountError::TooLarge)
    );
    assert!(!CountError::NotNumber.to_string().is_empty());
}

proptest! {
    #[test]
    fn format_then_parse_round_trips(fen in 0i64..=MAX_YUAN * 100) {
        prop_assert_eq!(parse_yuan(&format_fen(fen)), Ok(fen));
    }

    #[test]
    fn never_panics(s in "\\PC{0,24}") {
        let _ = parse_yuan(&s);
        let _ = parse_count(&s);
    }
}
