//! Case numbers and the 统一社会信用代码 check.

use super::*;

#[test]
fn case_numbers() {
    assert_eq!(case_number(2026, "版石", 7), "〔2026〕版石人调字第007号");
    assert_eq!(case_number(2026, "版石", 0), "〔2026〕版石人调字第000号");
    assert_eq!(
        case_number(2026, " 版石 ", 999),
        "〔2026〕版石人调字第999号"
    );
    assert_eq!(case_number(2027, "X", 1000), "〔2027〕X人调字第1000号");
    assert_eq!(case_number(2027, "", 12345), "〔2027〕人调字第12345号");
}

// ---- 统一社会信用代码 -----------------------------------------------------------------------

#[test]
fn credit_codes_from_the_standard_and_computed() {
    // The example of GB 32100-2015.
    assert_eq!(
        check_credit_code("91350100M000100Y43"),
        Ok("91350100M000100Y43".to_string())
    );
    // Computed with the standard's weights; the last one has check value 31 → 0.
    for code in [
        "91360722MA35L8K9XN",
        "52360000MJD000000M",
        "121000004000003112",
        "91360722MA35L8K9BY",
        "91360722MA35L8K910",
    ] {
        assert_eq!(check_credit_code(code).as_deref(), Ok(code));
    }
    // Lower case, spaces and full-width characters as an IME types them.
    assert_eq!(
        check_credit_code(" 91360722ma35l8k9xn ").as_deref(),
        Ok("91360722MA35L8K9XN")
    );
    assert_eq!(
        check_credit_code("９１３５０１００Ｍ０００１００Ｙ４３").as_deref(),
        Ok("91350100M000100Y43")
    );
}

#[test]
fn bad_credit_codes() {
    assert_eq!(check_credit_code("  "), Err(CreditCodeError::Empty));
    assert_eq!(
        check_credit_code("91350100M000100Y4"),
        Err(CreditCodeError::Length(17))
    );
    assert_eq!(
        check_credit_code("91350100M000100Y4")
            .unwrap_err()
            .to_string(),
        "统一社会信用代码应为18位，现为17位"
    );
    let e = check_credit_code("91350100O000100Y43").unwrap_err();
    assert_eq!(
        e,
        CreditCodeError::BadChar {
            position: 9,
            found: 'O'
        }
    );
    assert!(e.to_string().contains("第9位“O”"), "{e}");
    for bad in ['I', 'Z', 'S', 'V', '-', '中'] {
        let code = format!("91350100{bad}000100Y43");
        assert!(
            matches!(
                check_credit_code(&code),
                Err(CreditCodeError::BadChar { position: 9, .. })
            ),
            "{code}"
        );
    }
    let e = check_credit_code("91350100M000100Y44").unwrap_err();
    assert_eq!(e, CreditCodeError::BadCheck { expected: '3' });
    assert_eq!(
        e.to_string(),
        "统一社会信用代码校验位错误（应为3），请核对是否输错"
    );
    assert_eq!(credit_check_char("91350100M000100Y4"), Some('3'));
    assert_eq!(credit_check_char("91350100M000100Y"), None);
    assert_eq!(credit_check_char("91350100O000100Y4"), None);
}

fn any_first17() -> impl Strategy<Value = String> {
    let chars: Vec<char> = CREDIT_CODE_CHARS.chars().collect();
    proptest::collection::vec(proptest::sample::select(chars), 17)
        .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn generated_credit_codes_pass(first17 in any_first17()) {
        let code = format!("{first17}{}", credit_check_char(&first17).unwrap());
        prop_assert_eq!(check_credit_code(&code), Ok(code.clone()));
        prop_assert_eq!(check_credit_code(&code.to_lowercase()), Ok(code));
    }

    #[test]
    fn one_changed_character_fails(
        first17 in any_first17(),
        position in 0usize..18,
        replacement in proptest::sample::select(
            "0123456789ABCDEFGHJKLMNPQRTUWXYIOZSV-中".chars().collect::<Vec<_>>()
        ),
    ) {
        let code: Vec<char> = format!("{first17}{}", credit_check_char(&first17).unwrap())
            .chars()
            .collect();
        prop_assume!(code[position] != replacement);
        let mut changed = code.clone();
        changed[position] = replacement;
        let changed: String = changed.into_iter().collect();
        prop_assert!(check_credit_code(&changed).is_err(), "{}", changed);
    }
}
