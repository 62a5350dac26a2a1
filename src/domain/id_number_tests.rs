use super::*;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Builds a valid ID from its parts by computing the check character.
fn make_id(region: u32, birth: NaiveDate, seq: u32) -> String {
    let first17 = format!("{region:06}{}{seq:03}", birth.format("%Y%m%d"));
    let check = check_char(&first17).unwrap();
    format!("{first17}{check}")
}

#[test]
fn known_valid_ids() {
    // Standard example from GB 11643-1999.
    let id = IdNumber::parse("11010519491231002X", today()).unwrap();
    assert_eq!(id.as_str(), "11010519491231002X");
    assert_eq!(id.birth_date(), date(1949, 12, 31));
    assert_eq!(id.gender(), Gender::Female);
    assert_eq!(id.age_on(today()), 76);

    let id = IdNumber::parse(" 440524188001010014 ", today());
    // Born 1880: before 1900, rejected.
    assert_eq!(id, Err(IdError::BadBirthDate));
}

#[test]
fn lower_case_x_and_fullwidth_accepted() {
    let id = IdNumber::parse("11010519491231002x", today()).unwrap();
    assert_eq!(id.as_str(), "11010519491231002X");
    let id = IdNumber::parse("１１０１０５１９４９１２３１００２ｘ", today()).unwrap();
    assert_eq!(id.as_str(), "11010519491231002X");
}

#[test]
fn error_kinds() {
    assert_eq!(IdNumber::parse("   ", today()), Err(IdError::Empty));
    assert_eq!(
        IdNumber::parse("11010519491231002", today()),
        Err(IdError::Length(17))
    );
    assert_eq!(
        IdNumber::parse("1101051949123100张X", today()),
        Err(IdError::NotDigits)
    );
    assert_eq!(
        IdNumber::parse("01010519491231002X", today()),
        Err(IdError::BadRegion)
    );
    assert_eq!(
        IdNumber::parse(
            &make_id(110105, date(1990, 1, 1), 1).replace("19900101", "19900230"),
            today()
        ),
        Err(IdError::BadBirthDate)
    );
    let future = make_id(360702, date(2026, 1, 6), 123);
    assert_eq!(
        IdNumber::parse(&future, today()),
        Err(IdError::FutureBirthDate)
    );
    assert_eq!(
        IdNumber::parse("110105194912310021", today()),
        Err(IdError::BadCheck { expected: 'X' })
    );
    assert_eq!(
        IdNumber::parse("11010519491231002A", today()),
        Err(IdError::BadCheck { expected: 'X' })
    );
}

#[test]
fn error_messages_are_chinese() {
    assert_eq!(
        IdError::Length(17).to_string(),
        "身份证号应为18位，现为17位"
    );
    assert_eq!(IdError::NotDigits.to_string(), "身份证号前17位必须是数字");
    assert_eq!(
        IdError::BadBirthDate.to_string(),
        "身份证号中的出生日期不存在"
    );
    // The right check character is not given away: see strings::id_bad_check.
    assert!(
        !IdError::BadCheck { expected: 'X' }
            .to_string()
            .contains('X')
    );
}

#[test]
fn age_counts_full_years() {
    let id = IdNumber::parse(&make_id(360702, date(2000, 3, 15), 11), today()).unwrap();
    assert_eq!(id.gender(), Gender::Male);
    assert_eq!(id.age_on(date(2026, 3, 14)), 25);
    assert_eq!(id.age_on(date(2026, 3, 15)), 26);
    assert_eq!(id.age_on(date(1999, 1, 1)), 0);
}

#[test]
fn check_char_rejects_bad_input() {
    assert_eq!(check_char("1101051949123100"), None);
    assert_eq!(check_char("1101051949123100a"), None);
    assert_eq!(check_char("１１０１０５１９４９１２３１００"), None);
    assert_eq!(check_char("11010519491231002"), Some('X'));
}

#[test]
fn gender_labels_round_trip() {
    for g in [Gender::Male, Gender::Female] {
        assert_eq!(Gender::from_label(g.label()), Some(g));
    }
    assert_eq!(Gender::from_label(" 男 "), Some(Gender::Male));
    assert_eq!(Gender::from_label("未知"), None);
}

#[test]
fn masking() {
    assert_eq!(mask_id("360702199001011234"), "3607**********1234");
    assert_eq!(mask_id(""), "");
    assert_eq!(mask_id("12"), "**");
    assert_eq!(mask_id("123456"), "12**56");
    assert_eq!(mask_id("张三李四王五"), "张三**王五");
}

const PROVINCES: [u32; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

fn valid_id() -> impl Strategy<Value = String> {
    let first = date(1920, 1, 1);
    let span = (date(2020, 12, 31) - first).num_days();
    (
        proptest::sample::select(&PROVINCES[..]),
        0u32..10_000,
        0i64..=span,
        0u32..1000,
    )
        .prop_map(move |(prov, rest, days, seq)| {
            let birth = first + chrono::Duration::days(days);
            make_id(prov * 10_000 + rest, birth, seq)
        })
}

proptest! {
    #[test]
    fn generated_ids_are_valid(id in valid_id()) {
        let parsed = IdNumber::parse(&id, today()).unwrap();
        prop_assert_eq!(parsed.as_str(), id.as_str());
        let lower = id.to_ascii_lowercase();
        let from_lower = IdNumber::parse(&lower, today()).unwrap();
        prop_assert_eq!(from_lower.as_str(), id.as_str());
    }

    #[test]
    fn any_single_change_is_detected(
        id in valid_id(),
        pos in 0usize..18,
        replacement in proptest::sample::select(&b"0123456789X"[..]),
    ) {
        let mut bytes = id.clone().into_bytes();
        prop_assume!(bytes[pos] != replacement);
        bytes[pos] = replacement;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(IdNumber::parse(&changed, today()).is_err(), "accepted {}", changed);
    }

    #[test]
    fn parse_never_panics(s in "\\PC{0,24}") {
        let _ = IdNumber::parse(&s, today());
        let _ = mask_id(&s);
    }
}
