//! What a step wrote down, labelled; 满意度 as a choice; instants; closed windows.

use super::*;

#[test]
fn step_details_are_labelled_in_order_with_codes_read() {
    let details = r#"{"satisfaction":"satisfied","performance":"已拆除","visitor":"张敏",
        "form":"written","result":"partial","terms":"拆除围墙","at":"2026-12-02T00:42",
        "place":"","extra":"x"}"#;
    let shown = step_details(details);
    let pairs: Vec<(&str, &str)> = shown
        .iter()
        .map(|(l, v)| (l.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("协议形式", "书面"),
            ("协议内容", "拆除围墙"),
            ("履行结果", "部分履行"),
            ("回访人", "张敏"),
            ("协议履行情况", "已拆除"),
            ("满意度", "满意"),
            ("报告时间", "2026-12-02 00:42"),
            ("extra", "x"),
        ]
    );
    // Free text from before 满意度 was a choice is shown as it was; bad JSON shows nothing.
    assert_eq!(
        step_details(r#"{"satisfaction":"还行"}"#),
        [("满意度".to_string(), "还行".to_string())]
    );
    assert!(step_details("not json").is_empty());
}

#[test]
fn satisfaction_is_one_of_three() {
    let labels: Vec<&str> = Satisfaction::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(labels, ["满意", "基本满意", "不满意"]);
    for s in Satisfaction::ALL {
        assert_eq!(Satisfaction::from_code(s.code()), Some(s));
    }
}

#[test]
fn instants_never_show_a_t() {
    assert_eq!(format_instant("2026-12-02T00:42"), "2026-12-02 00:42");
    assert_eq!(
        format_instant("2026-11-02T10:00:00+08:00"),
        "2026-11-02 10:00"
    );
    assert_eq!(format_instant("2026-11-02 10:00"), "2026-11-02 10:00");
    assert_eq!(format_instant("昨天"), "昨天");
}

#[test]
fn confirmation_is_not_offered_after_its_window() {
    let a = agreed(AgreementForm::Written); // agreed 2026-11-29: closes 2026-12-29
    let closes = d(2026, 12, 29);
    assert!(offered(&a, closes).contains(&ActionKind::ApplyConfirmation));
    assert_eq!(
        window_closed(&a, ActionKind::ApplyConfirmation, closes),
        None
    );
    let late = plus(closes, 1);
    assert!(!offered(&a, late).contains(&ActionKind::ApplyConfirmation));
    assert_eq!(
        window_closed(&a, ActionKind::ApplyConfirmation, late),
        Some(closes)
    );
    assert!(offered(&a, late).contains(&ActionKind::FollowUp));
    assert_eq!(closing_day(closes, late), "2026-12-29（已截止）");
    assert_eq!(closing_day(closes, closes), "2026-12-29");
}
