//! Deadlines: mediation due dates, flags, follow-ups and the confirmation window.

use super::*;

#[test]
fn mediation_due_across_month_ends_and_leap_years() {
    for (accepted, due) in [
        (d(2026, 1, 31), d(2026, 3, 2)),
        (d(2028, 2, 15), d(2028, 3, 16)),
        (d(2026, 2, 15), d(2026, 3, 17)),
        (d(2028, 1, 31), d(2028, 3, 1)),
        (d(2026, 12, 15), d(2027, 1, 14)),
        (d(2027, 12, 31), d(2028, 1, 30)),
    ] {
        let s = accepted_on(accepted);
        assert_eq!(s.mediation_due, Some(due), "{accepted}");
        assert_eq!(deadlines(&s).mediation_due, Some(due));
    }
}

#[test]
fn extension_moves_the_due_date() {
    let s = accepted_on(d(2026, 1, 31));
    let s = ok(
        &s,
        Action::Extend {
            on: d(2026, 2, 27),
            new_due: d(2026, 3, 31),
        },
    );
    assert_eq!(deadlines(&s).mediation_due, Some(d(2026, 3, 31)));
    assert_eq!(flag(&s, d(2026, 3, 3)), Flag::None);
    assert_eq!(flag(&s, d(2026, 4, 1)), Flag::Overdue { days_over: 1 });
}

#[test]
fn flags_of_the_mediation_deadline() {
    let s = accepted_on(d(2026, 1, 31)); // due 2026-03-02
    let due = d(2026, 3, 2);
    assert_eq!(flag(&s, plus(due, -6)), Flag::None);
    assert_eq!(flag(&s, plus(due, -5)), Flag::DueSoon { days_left: 5 });
    assert_eq!(flag(&s, due), Flag::DueSoon { days_left: 0 });
    assert_eq!(flag(&s, plus(due, 1)), Flag::Overdue { days_over: 1 });
    assert_eq!(
        most_urgent(&s, plus(due, 1)),
        Some((DeadlineKind::Mediation, Flag::Overdue { days_over: 1 }))
    );
    assert_eq!(Flag::DueSoon { days_left: 5 }.label(), "剩5天");
    assert_eq!(Flag::DueSoon { days_left: 0 }.label(), "今天到期");
    assert_eq!(Flag::Overdue { days_over: 12 }.label(), "逾期12天");
    assert_eq!(Flag::None.label(), "");
    assert_eq!(DeadlineKind::Mediation.label(), "调解期限");
    // Once agreed or terminated, the mediation deadline is no longer open.
    let terminated = ok(&s, Action::Terminate { on: d(2026, 2, 20) });
    assert_eq!(deadlines(&terminated), Deadlines::default());
    assert_eq!(flag(&terminated, plus(due, 10)), Flag::None);
    // Not accepted yet: no deadline, no days since acceptance.
    let fresh = CaseState::new(d(2026, 1, 5));
    assert_eq!(flag(&fresh, d(2026, 6, 1)), Flag::None);
    assert_eq!(days_since_acceptance(&fresh, d(2026, 6, 1)), None);
    assert_eq!(days_since_acceptance(&s, d(2026, 3, 2)), Some(30));
    assert_eq!(days_since_acceptance(&s, d(2026, 1, 31)), Some(0));
    // A closed case shows the days it took, not the days since.
    assert_eq!(days_since_acceptance(&terminated, d(2026, 6, 1)), Some(20));
}

#[test]
fn follow_up_is_due_after_the_performance_deadline() {
    let a = agreed(AgreementForm::Oral); // agreed 2026-11-29, perform by 2026-12-20
    assert_eq!(deadlines(&a).follow_up_due, Some(d(2026, 12, 20)));
    assert_eq!(flag(&a, d(2026, 12, 14)), Flag::None);
    assert_eq!(flag(&a, d(2026, 12, 15)), Flag::DueSoon { days_left: 5 });
    assert_eq!(flag(&a, d(2026, 12, 20)), Flag::DueSoon { days_left: 0 });
    assert_eq!(
        most_urgent(&a, d(2026, 12, 23)),
        Some((DeadlineKind::FollowUp, Flag::Overdue { days_over: 3 }))
    );
    // Performed: the visit is still owed.
    let performed = ok(
        &a,
        Action::RecordPerformance {
            on: d(2026, 12, 18),
            result: Performance::Full,
        },
    );
    assert_eq!(
        flag(&performed, d(2026, 12, 23)),
        Flag::Overdue { days_over: 3 }
    );
    // Followed up: nothing due any more.
    let visited = ok(
        &performed,
        Action::FollowUp {
            on: d(2026, 12, 22),
        },
    );
    assert_eq!(deadlines(&visited).follow_up_due, None);
    assert_eq!(flag(&visited, d(2027, 3, 1)), Flag::None);
    // No performance deadline, no follow-up deadline.
    let open_ended = ok(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form: AgreementForm::Oral,
            perform_by: None,
        },
    );
    assert_eq!(deadlines(&open_ended), Deadlines::default());
}

#[test]
fn the_confirmation_window() {
    let w = agreed(AgreementForm::Written); // agreed 2026-11-29, perform by 2026-12-20
    let closes = d(2026, 12, 29);
    assert_eq!(deadlines(&w).confirmation_closes, Some(closes));
    assert_eq!(confirmation_closes(d(2028, 2, 10)), d(2028, 3, 11));
    assert_eq!(confirmation_closes(d(2027, 2, 10)), d(2027, 3, 12));
    // The follow-up (overdue) outranks the window closing soon.
    assert_eq!(
        most_urgent(&w, d(2026, 12, 25)),
        Some((DeadlineKind::FollowUp, Flag::Overdue { days_over: 5 }))
    );
    let visited = ok(
        &w,
        Action::FollowUp {
            on: d(2026, 12, 21),
        },
    );
    assert_eq!(
        most_urgent(&visited, d(2026, 12, 25)),
        Some((DeadlineKind::Confirmation, Flag::DueSoon { days_left: 4 }))
    );
    // A closed window is not flagged: applying is the parties' choice.
    assert_eq!(deadlines(&visited).confirmation_closes, Some(closes));
    assert_eq!(flag(&visited, d(2026, 12, 30)), Flag::None);
    // Applied: no longer open.
    let applied = ok(&visited, Action::ApplyConfirmation { on: d(2026, 12, 1) });
    assert_eq!(deadlines(&applied).confirmation_closes, None);
    assert_eq!(flag(&applied, d(2026, 12, 25)), Flag::None);
    // Oral agreements have no window.
    assert_eq!(
        deadlines(&agreed(AgreementForm::Oral)).confirmation_closes,
        None
    );
}

#[test]
fn the_most_urgent_of_two_due_soon() {
    // Perform by 2026-12-26, the window closing 2026-12-29: on 2026-12-24 both are due soon
    // (2 and 5 days left); the nearer one wins.
    let s = ok(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form: AgreementForm::Written,
            perform_by: Some(d(2026, 12, 26)),
        },
    );
    assert_eq!(
        most_urgent(&s, d(2026, 12, 24)),
        Some((DeadlineKind::FollowUp, Flag::DueSoon { days_left: 2 }))
    );
    assert_eq!(
        most_urgent(&s, d(2026, 12, 27)),
        Some((DeadlineKind::FollowUp, Flag::Overdue { days_over: 1 }))
    );
}

#[test]
fn archived_cases_have_no_deadline() {
    let s = ok(
        &ok(
            &ok(
                &agreed(AgreementForm::Written),
                Action::RecordPerformance {
                    on: d(2026, 12, 1),
                    result: Performance::None,
                },
            ),
            Action::FollowUp { on: d(2026, 12, 2) },
        ),
        Action::Archive { on: d(2026, 12, 3) },
    );
    assert_eq!(deadlines(&s), Deadlines::default());
    assert_eq!(flag(&s, d(2026, 12, 28)), Flag::None);
}
