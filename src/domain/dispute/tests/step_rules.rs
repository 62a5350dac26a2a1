//! The state machine by example: dates, extensions, judicial confirmation, late performance,
//! and what each status offers.

use super::*;

#[test]
fn dates_may_not_go_backwards() {
    let s = registered();
    let r = refused(&s, Action::Accept { on: d(2026, 11, 1) });
    assert_eq!(r, Refusal::DateBeforeRegistration(d(2026, 11, 2)));
    assert_eq!(r.to_string(), "日期不能早于登记日期（2026-11-02）");
    // Before both registration and acceptance: acceptance is named.
    let r = refused(&mediating(), Action::RecordSession { on: d(2026, 10, 1) });
    assert_eq!(r, Refusal::DateBeforeAcceptance(d(2026, 11, 3)));
    assert_eq!(r.to_string(), "日期不能早于受理日期（2026-11-03）");
    let a = agreed(AgreementForm::Oral);
    let r = refused(
        &a,
        Action::FollowUp {
            on: d(2026, 11, 28),
        },
    );
    assert_eq!(r, Refusal::DateBeforeAgreement(d(2026, 11, 29)));
    let r = refused(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form: AgreementForm::Oral,
            perform_by: Some(d(2026, 11, 28)),
        },
    );
    assert_eq!(r, Refusal::PerformByBeforeAgreement(d(2026, 11, 29)));
    assert_eq!(
        r.to_string(),
        "履行期限不能早于达成协议的日期（2026-11-29）"
    );
    // Performing on the day of the agreement is fine.
    ok(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form: AgreementForm::Oral,
            perform_by: Some(d(2026, 11, 29)),
        },
    );
    // 归档 not before the outcome, nor before the latest 回访.
    let terminated = ok(
        &mediating(),
        Action::Terminate {
            on: d(2026, 11, 20),
        },
    );
    let r = refused(
        &terminated,
        Action::Archive {
            on: d(2026, 11, 19),
        },
    );
    assert_eq!(r.to_string(), "归档日期不能早于办结日期（2026-11-20）");
    let visited = ok(
        &ok(
            &a,
            Action::RecordPerformance {
                on: d(2026, 12, 1),
                result: Performance::Full,
            },
        ),
        Action::FollowUp {
            on: d(2026, 12, 10),
        },
    );
    let r = refused(&visited, Action::Archive { on: d(2026, 12, 5) });
    assert_eq!(r, Refusal::DateBeforeFollowUp(d(2026, 12, 10)));
}

#[test]
fn extension_must_move_the_due_date_later() {
    let s = mediating();
    let due = d(2026, 12, 3);
    for new_due in [due, d(2026, 12, 1)] {
        let r = refused(
            &s,
            Action::Extend {
                on: d(2026, 11, 30),
                new_due,
            },
        );
        assert_eq!(r, Refusal::DueNotLater(due));
        assert_eq!(r.to_string(), "延期后的调解期限应晚于 2026-12-03");
    }
    // Agreed late, after the due date: the new due date must be after that day.
    let r = refused(
        &s,
        Action::Extend {
            on: d(2026, 12, 10),
            new_due: d(2026, 12, 8),
        },
    );
    assert_eq!(r, Refusal::DueNotLater(d(2026, 12, 10)));
    let s = ok(
        &s,
        Action::Extend {
            on: d(2026, 12, 1),
            new_due: d(2026, 12, 4),
        },
    );
    let s = ok(
        &s,
        Action::Extend {
            on: d(2026, 12, 2),
            new_due: d(2027, 1, 4),
        },
    );
    assert_eq!(s.mediation_due, Some(d(2027, 1, 4)));
}

#[test]
fn judicial_confirmation_rules() {
    let oral = agreed(AgreementForm::Oral);
    assert!(!allowed(&oral).contains(&ActionKind::ApplyConfirmation));
    let r = refused(&oral, Action::ApplyConfirmation { on: d(2026, 12, 1) });
    assert_eq!(r, Refusal::NeedsWrittenAgreement);
    assert_eq!(r.to_string(), "只有书面调解协议才能申请司法确认");

    let written = agreed(AgreementForm::Written);
    // Agreed 2026-11-29: the 30th day after is 2026-12-29, the last day to apply.
    let r = refused(
        &written,
        Action::ApplyConfirmation {
            on: d(2026, 12, 30),
        },
    );
    assert_eq!(r, Refusal::ConfirmationWindowClosed(d(2026, 12, 29)));
    assert_eq!(
        r.to_string(),
        "司法确认应在协议生效后30日内申请，已于 2026-12-29 截止"
    );
    let applied = ok(
        &written,
        Action::ApplyConfirmation {
            on: d(2026, 12, 29),
        },
    );
    assert!(!allowed(&applied).contains(&ActionKind::ApplyConfirmation));
    let r = refused(
        &applied,
        Action::ApplyConfirmation {
            on: d(2026, 12, 29),
        },
    );
    assert_eq!(r.to_string(), "已于 2026-12-29 申请过司法确认");
    // Also after performance is recorded, still within the window.
    let not_performed = ok(
        &written,
        Action::RecordPerformance {
            on: d(2026, 12, 21),
            result: Performance::None,
        },
    );
    ok(
        &not_performed,
        Action::ApplyConfirmation {
            on: d(2026, 12, 22),
        },
    );
    // Not before the agreement, not in 调解中.
    let r = refused(
        &written,
        Action::ApplyConfirmation {
            on: d(2026, 11, 28),
        },
    );
    assert_eq!(r, Refusal::DateBeforeAgreement(d(2026, 11, 29)));
    assert!(matches!(
        refused(
            &mediating(),
            Action::ApplyConfirmation {
                on: d(2026, 11, 28)
            }
        ),
        Refusal::NotAllowed { .. }
    ));
}

#[test]
fn late_performance_after_non_performance() {
    let a = agreed(AgreementForm::Oral);
    let s = ok(
        &a,
        Action::RecordPerformance {
            on: d(2026, 12, 21),
            result: Performance::None,
        },
    );
    assert_eq!(
        (s.status, s.closed_on),
        (Status::NotPerformed, Some(d(2026, 12, 21)))
    );
    assert_eq!(
        allowed(&s),
        [ActionKind::RecordPerformance, ActionKind::FollowUp]
    );
    // 部分履行 / 未履行 again: still 未履行, the outcome date kept.
    for result in [Performance::Partial, Performance::None] {
        assert_eq!(
            ok(
                &s,
                Action::RecordPerformance {
                    on: d(2026, 12, 25),
                    result
                }
            ),
            s
        );
    }
    let s = ok(
        &s,
        Action::FollowUp {
            on: d(2026, 12, 22),
        },
    );
    assert_eq!(
        allowed(&s),
        [
            ActionKind::RecordPerformance,
            ActionKind::FollowUp,
            ActionKind::Archive
        ]
    );
    let s = ok(
        &s,
        Action::RecordPerformance {
            on: d(2027, 1, 15),
            result: Performance::Full,
        },
    );
    assert_eq!(
        (s.status, s.closed_on),
        (Status::Performed, Some(d(2027, 1, 15)))
    );
    // The earlier 回访 counts; a later one moves the date, an earlier one does not.
    let s = ok(&s, Action::FollowUp { on: d(2027, 1, 20) });
    let s = ok(&s, Action::FollowUp { on: d(2027, 1, 16) });
    assert_eq!(s.followed_up_on, Some(d(2027, 1, 20)));
    ok(&s, Action::Archive { on: d(2027, 1, 20) });
}

#[test]
fn allowed_by_status() {
    let table = [
        (
            Status::Registered,
            vec![ActionKind::Accept, ActionKind::Reject],
        ),
        (Status::Rejected, vec![ActionKind::Archive]),
        (
            Status::Mediating,
            vec![
                ActionKind::RecordSession,
                ActionKind::Extend,
                ActionKind::Agree,
                ActionKind::Terminate,
            ],
        ),
        (Status::Terminated, vec![ActionKind::Archive]),
        (Status::Archived, vec![]),
    ];
    for (status, want) in table {
        let mut s = registered();
        s.status = status;
        assert_eq!(allowed(&s), want, "{status:?}");
    }
}
