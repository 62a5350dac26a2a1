//! The state machine by example: codes, the whole way to the archive, and what a closed or
//! archived case refuses.

use super::*;

#[test]
fn codes_and_labels_round_trip() {
    for s in Status::ALL {
        assert_eq!(Status::from_code(s.code()), Some(s));
        assert!(!s.label().is_empty());
    }
    for k in ActionKind::ALL {
        assert_eq!(ActionKind::from_code(k.code()), Some(k));
    }
    for a in AgreementForm::ALL {
        assert_eq!(AgreementForm::from_code(a.code()), Some(a));
    }
    for p in Performance::ALL {
        assert_eq!(Performance::from_code(p.code()), Some(p));
    }
    assert_eq!(Status::from_code("nonsense"), None);
    assert_eq!(Status::NotPerformed.code(), "not_performed");
    assert_eq!(Status::Archived.label(), "已归档");
    let labels: Vec<_> = ActionKind::ALL.iter().map(|k| k.label()).collect();
    assert_eq!(
        labels,
        [
            "受理",
            "不予受理",
            "记录调解",
            "延期",
            "达成协议",
            "调解终止",
            "记录履行",
            "回访",
            "申请司法确认",
            "归档"
        ]
    );
}

#[test]
fn the_whole_way_from_registration_to_archive() {
    let s = registered();
    assert_eq!(allowed(&s), [ActionKind::Accept, ActionKind::Reject]);
    let s = ok(&s, Action::Accept { on: d(2026, 11, 3) });
    assert_eq!(s.status, Status::Mediating);
    assert_eq!(s.mediation_due, Some(d(2026, 12, 3)));
    let s = ok(
        &s,
        Action::RecordSession {
            on: d(2026, 11, 10),
        },
    );
    let s = ok(
        &s,
        Action::Extend {
            on: d(2026, 11, 30),
            new_due: d(2026, 12, 20),
        },
    );
    assert!(s.extended);
    assert_eq!(s.mediation_due, Some(d(2026, 12, 20)));
    let s = ok(
        &s,
        Action::Agree {
            on: d(2026, 12, 10),
            form: AgreementForm::Written,
            perform_by: Some(d(2027, 1, 10)),
        },
    );
    assert_eq!(s.status, Status::Performing);
    assert_eq!(
        allowed(&s),
        [
            ActionKind::RecordPerformance,
            ActionKind::FollowUp,
            ActionKind::ApplyConfirmation
        ]
    );
    let s = ok(
        &s,
        Action::ApplyConfirmation {
            on: d(2026, 12, 15),
        },
    );
    let s = ok(
        &s,
        Action::RecordPerformance {
            on: d(2027, 1, 5),
            result: Performance::Partial,
        },
    );
    assert_eq!(s.status, Status::Performing);
    let s = ok(
        &s,
        Action::RecordPerformance {
            on: d(2027, 1, 9),
            result: Performance::Full,
        },
    );
    assert_eq!(
        (s.status, s.closed_on),
        (Status::Performed, Some(d(2027, 1, 9)))
    );
    assert_eq!(allowed(&s), [ActionKind::FollowUp]);
    let s = ok(&s, Action::FollowUp { on: d(2027, 1, 20) });
    assert_eq!(allowed(&s), [ActionKind::FollowUp, ActionKind::Archive]);
    let s = ok(&s, Action::Archive { on: d(2027, 1, 21) });
    assert_eq!(s.status, Status::Archived);
    assert_eq!(
        s.closed_on,
        Some(d(2027, 1, 9)),
        "归档 keeps the outcome date"
    );
    assert!(allowed(&s).is_empty());
}

#[test]
fn no_follow_up_before_an_agreement() {
    for s in [registered(), mediating()] {
        let r = refused(
            &s,
            Action::FollowUp {
                on: d(2026, 11, 20),
            },
        );
        assert_eq!(
            r,
            Refusal::NotAllowed {
                action: ActionKind::FollowUp,
                status: s.status
            }
        );
        assert!(!allowed(&s).contains(&ActionKind::FollowUp));
    }
    assert_eq!(
        refused(
            &mediating(),
            Action::FollowUp {
                on: d(2026, 11, 20)
            }
        )
        .to_string(),
        "「调解中」的纠纷不能回访"
    );
    let terminated = ok(
        &mediating(),
        Action::Terminate {
            on: d(2026, 11, 20),
        },
    );
    assert!(
        refused(
            &terminated,
            Action::FollowUp {
                on: d(2026, 11, 21)
            }
        )
        .to_string()
            == "「调解终止」的纠纷不能回访"
    );
}

#[test]
fn no_archive_of_an_open_case() {
    let on = d(2026, 12, 31);
    for s in [registered(), mediating(), agreed(AgreementForm::Oral)] {
        assert!(s.status.is_open());
        assert_eq!(
            refused(&s, Action::Archive { on }),
            Refusal::NotAllowed {
                action: ActionKind::Archive,
                status: s.status
            }
        );
        assert!(!allowed(&s).contains(&ActionKind::Archive));
    }
    assert_eq!(
        refused(&agreed(AgreementForm::Oral), Action::Archive { on }).to_string(),
        "「履行中」的纠纷不能归档"
    );
    // Performed but not yet visited: 回访 first.
    let performed = ok(
        &agreed(AgreementForm::Oral),
        Action::RecordPerformance {
            on: d(2026, 12, 1),
            result: Performance::Full,
        },
    );
    let r = refused(&performed, Action::Archive { on });
    assert_eq!(r, Refusal::FollowUpFirst);
    assert_eq!(r.to_string(), "归档前请先回访");
    assert_eq!(permitted(&performed, ActionKind::Archive), Err(r));
    assert!(!allowed(&performed).contains(&ActionKind::Archive));
}

#[test]
fn nothing_happens_to_an_archived_case() {
    let rejected = ok(&registered(), Action::Reject { on: d(2026, 11, 2) });
    assert_eq!(allowed(&rejected), [ActionKind::Archive]);
    let archived = ok(&rejected, Action::Archive { on: d(2026, 11, 5) });
    assert!(allowed(&archived).is_empty());
    let r = refused(&archived, Action::FollowUp { on: d(2026, 11, 6) });
    assert_eq!(r.to_string(), "「已归档」的纠纷不能回访");
    let r = refused(&archived, Action::Archive { on: d(2026, 11, 6) });
    assert_eq!(r.to_string(), "「已归档」的纠纷不能归档");
}
