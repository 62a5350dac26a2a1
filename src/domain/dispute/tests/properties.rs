//! The state machine by property: random and guided walks keep the invariant.

use super::*;

/// What must hold in every state a case can reach.
fn invariant(s: &CaseState) -> bool {
    let reg = s.registered_on;
    let dates_in_order = s.accepted_on.is_none_or(|a| a >= reg)
        && s.mediation_due
            .is_none_or(|due| s.accepted_on.is_some_and(|a| due > a))
        && s.agreed_on
            .is_none_or(|ag| s.accepted_on.is_some_and(|a| ag >= a))
        && s.perform_by
            .is_none_or(|by| s.agreed_on.is_some_and(|ag| by >= ag))
        && s.followed_up_on
            .is_none_or(|f| s.agreed_on.is_some_and(|ag| f >= ag))
        && s.confirmation_applied_on.is_none_or(|c| {
            s.agreed_on
                .is_some_and(|ag| c >= ag && c <= confirmation_closes(ag))
        })
        && s.closed_on.is_none_or(|c| {
            c >= reg && s.accepted_on.is_none_or(|a| c >= a) && s.agreed_on.is_none_or(|ag| c >= ag)
        });
    let linked = s.accepted_on.is_some() == s.mediation_due.is_some()
        && s.agreed_on.is_some() == s.agreement.is_some()
        && (!s.extended || s.accepted_on.is_some())
        && (s.confirmation_applied_on.is_none() || s.agreement == Some(AgreementForm::Written))
        && (s.followed_up_on.is_none() || s.agreed_on.is_some());
    let by_status = match s.status {
        Status::Registered => {
            s.accepted_on.is_none() && s.agreed_on.is_none() && s.closed_on.is_none()
        }
        Status::Rejected => s.accepted_on.is_none() && s.closed_on.is_some(),
        Status::Mediating => {
            s.accepted_on.is_some() && s.agreed_on.is_none() && s.closed_on.is_none()
        }
        Status::Terminated => {
            s.accepted_on.is_some() && s.agreed_on.is_none() && s.closed_on.is_some()
        }
        Status::Performing => s.agreed_on.is_some() && s.closed_on.is_none(),
        Status::Performed | Status::NotPerformed => s.agreed_on.is_some() && s.closed_on.is_some(),
        Status::Archived => {
            s.closed_on.is_some() && (s.agreed_on.is_none() || s.followed_up_on.is_some())
        }
    };
    dates_in_order && linked && by_status
}

/// Every date a state holds, except the ones that lie ahead (due dates).
fn latest_date(s: &CaseState) -> NaiveDate {
    [
        s.accepted_on,
        s.agreed_on,
        s.followed_up_on,
        s.confirmation_applied_on,
        s.closed_on,
    ]
    .into_iter()
    .flatten()
    .fold(s.registered_on, NaiveDate::max)
}

/// An action of `kind` with sensible arguments: what a careful user would type.
fn sensible(s: &CaseState, kind: ActionKind) -> Action {
    let on = latest_date(s);
    match kind {
        ActionKind::Accept => Action::Accept { on },
        ActionKind::Reject => Action::Reject { on },
        ActionKind::RecordSession => Action::RecordSession { on },
        ActionKind::Extend => Action::Extend {
            on,
            new_due: plus(s.mediation_due.unwrap_or(on).max(on), 1),
        },
        ActionKind::Agree => Action::Agree {
            on,
            form: AgreementForm::Written,
            perform_by: Some(on),
        },
        ActionKind::Terminate => Action::Terminate { on },
        ActionKind::RecordPerformance => Action::RecordPerformance {
            on,
            result: Performance::Full,
        },
        ActionKind::FollowUp => Action::FollowUp { on },
        ActionKind::ApplyConfirmation => Action::ApplyConfirmation {
            on: s.agreed_on.unwrap_or(on),
        },
        ActionKind::Archive => Action::Archive { on },
    }
}

fn start() -> NaiveDate {
    d(2028, 2, 10)
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (-5i64..90).prop_map(|n| plus(start(), n))
}

fn any_action() -> impl Strategy<Value = Action> {
    let form = prop_oneof![Just(AgreementForm::Oral), Just(AgreementForm::Written)];
    let result = prop_oneof![
        Just(Performance::Full),
        Just(Performance::Partial),
        Just(Performance::None)
    ];
    prop_oneof![
        any_date().prop_map(|on| Action::Accept { on }),
        any_date().prop_map(|on| Action::Reject { on }),
        any_date().prop_map(|on| Action::RecordSession { on }),
        (any_date(), any_date()).prop_map(|(on, new_due)| Action::Extend { on, new_due }),
        (any_date(), form, proptest::option::of(any_date())).prop_map(|(on, form, perform_by)| {
            Action::Agree {
                on,
                form,
                perform_by,
            }
        }),
        any_date().prop_map(|on| Action::Terminate { on }),
        (any_date(), result).prop_map(|(on, result)| Action::RecordPerformance { on, result }),
        any_date().prop_map(|on| Action::FollowUp { on }),
        any_date().prop_map(|on| Action::ApplyConfirmation { on }),
        any_date().prop_map(|on| Action::Archive { on }),
    ]
}

/// Checks one step; returns the next state.
fn step(s: &CaseState, action: &Action) -> Result<CaseState, TestCaseError> {
    let offered = allowed(s);
    for &kind in &offered {
        let choice = sensible(s, kind);
        prop_assert!(
            apply(s, &choice).is_ok(),
            "{kind:?} is offered in {s:?} but {choice:?} is refused"
        );
    }
    if s.status == Status::Archived {
        prop_assert!(offered.is_empty());
    }
    match apply(s, action) {
        Ok(next) => {
            prop_assert!(
                offered.contains(&action.kind()),
                "{action:?} accepted but not offered in {s:?}"
            );
            prop_assert!(invariant(&next), "{action:?} on {s:?} gave {next:?}");
            prop_assert_eq!(next.registered_on, s.registered_on);
            Ok(next)
        }
        Err(refusal) => {
            if !offered.contains(&action.kind()) {
                // Not offered: refused for that reason, whatever the dates.
                prop_assert_eq!(Err(refusal), permitted(s, action.kind()));
            }
            prop_assert!(!refusal.to_string().is_empty());
            Ok(s.clone())
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Random actions with random dates never reach an impossible state.
    #[test]
    fn random_actions_keep_the_invariant(actions in proptest::collection::vec(any_action(), 1..40)) {
        let mut s = CaseState::new(start());
        prop_assert!(invariant(&s));
        for action in &actions {
            s = step(&s, action)?;
        }
    }

    /// Walks that mostly pick an offered action, so they get deep into the lifecycle.
    #[test]
    fn guided_walks_keep_the_invariant(picks in any_picks()) {
        guided_walk(&picks)?;
    }
}

/// One step of a guided walk: which action (mostly among the offered ones), its date as an
/// offset from the latest date of the case (some too early), a second offset for due dates,
/// and a variant (agreement form, performance result, an action not offered).
type Pick = (usize, i64, i64, usize);

fn any_picks() -> impl Strategy<Value = Vec<Pick>> {
    proptest::collection::vec((0usize..10, -3i64..20, -3i64..40, 0usize..6), 1..30)
}

/// Runs a guided walk through [`step`]; returns every state it went through.
fn guided_walk(picks: &[Pick]) -> Result<Vec<CaseState>, TestCaseError> {
    let mut s = CaseState::new(start());
    let mut seen = vec![s.clone()];
    for &(pick, offset, later, variant) in picks {
        let offered = allowed(&s);
        let kind = if offered.is_empty() || variant == 0 {
            ActionKind::ALL[pick % ActionKind::ALL.len()]
        } else {
            offered[pick % offered.len()]
        };
        let on = plus(latest_date(&s), offset);
        let action = match kind {
            ActionKind::Accept => Action::Accept { on },
            ActionKind::Reject => Action::Reject { on },
            ActionKind::RecordSession => Action::RecordSession { on },
            ActionKind::Extend => Action::Extend {
                on,
                new_due: plus(s.mediation_due.unwrap_or(on), later),
            },
            ActionKind::Agree => Action::Agree {
                on,
                form: AgreementForm::ALL[variant % 2],
                perform_by: (variant < 4).then(|| plus(on, later)),
            },
            ActionKind::Terminate => Action::Terminate { on },
            ActionKind::RecordPerformance => Action::RecordPerformance {
                on,
                result: Performance::ALL[variant % 3],
            },
            ActionKind::FollowUp => Action::FollowUp { on },
            ActionKind::ApplyConfirmation => Action::ApplyConfirmation {
                on: plus(s.agreed_on.unwrap_or(on), later),
            },
            ActionKind::Archive => Action::Archive { on },
        };
        s = step(&s, &action)?;
        seen.push(s.clone());
    }
    Ok(seen)
}

#[test]
fn guided_walks_reach_every_status() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut reached = std::collections::HashSet::new();
    let mut archived_after_agreement = false;
    let mut confirmation_applied = false;
    for _ in 0..200 {
        let picks = any_picks().new_tree(&mut runner).unwrap().current();
        for s in guided_walk(&picks).unwrap() {
            reached.insert(s.status);
            archived_after_agreement |= s.status == Status::Archived && s.agreed_on.is_some();
            confirmation_applied |= s.confirmation_applied_on.is_some();
        }
    }
    for status in Status::ALL {
        assert!(reached.contains(&status), "{status:?} never reached");
    }
    assert!(archived_after_agreement && confirmation_applied);
}

#[test]
fn every_status_satisfies_the_invariant() {
    // One path per status, by hand.
    let a = agreed(AgreementForm::Written);
    let performed = ok(
        &a,
        Action::RecordPerformance {
            on: d(2026, 12, 1),
            result: Performance::Full,
        },
    );
    let not_performed = ok(
        &a,
        Action::RecordPerformance {
            on: d(2026, 12, 1),
            result: Performance::None,
        },
    );
    let rejected = ok(&registered(), Action::Reject { on: d(2026, 11, 2) });
    let terminated = ok(&mediating(), Action::Terminate { on: d(2026, 11, 9) });
    let archived = ok(
        &ok(&performed, Action::FollowUp { on: d(2026, 12, 2) }),
        Action::Archive { on: d(2026, 12, 2) },
    );
    for s in [
        registered(),
        rejected,
        mediating(),
        a,
        performed,
        not_performed,
        terminated,
        archived,
    ] {
        assert!(invariant(&s), "{s:?}");
    }
}
