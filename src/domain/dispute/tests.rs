use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plus(date: NaiveDate, days: i64) -> NaiveDate {
    date + chrono::Duration::days(days)
}

fn ok(state: &CaseState, action: Action) -> CaseState {
    apply(state, &action).unwrap_or_else(|r| panic!("{action:?} refused: {r}"))
}

fn refused(state: &CaseState, action: Action) -> Refusal {
    apply(state, &action).expect_err("should be refused")
}

// ---- the state machine: examples -------------------------------------------------------------

const REG: (i32, u32, u32) = (2026, 11, 2);

fn registered() -> CaseState {
    CaseState::new(d(REG.0, REG.1, REG.2))
}

fn mediating() -> CaseState {
    ok(&registered(), Action::Accept { on: d(2026, 11, 3) })
}

fn agreed(form: AgreementForm) -> CaseState {
    ok(
        &mediating(),
        Action::Agree {
            on: d(2026, 11, 29),
            form,
            perform_by: Some(d(2026, 12, 20)),
        },
    )
}

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

// ---- the state machine: properties -------------------------------------------------------------

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

// ---- deadlines -----------------------------------------------------------------------------

fn accepted_on(on: NaiveDate) -> CaseState {
    ok(&CaseState::new(plus(on, -3)), Action::Accept { on })
}

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

// ---- case numbers ----------------------------------------------------------------------------

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

// ---- intake ----------------------------------------------------------------------------------

fn today() -> NaiveDate {
    d(2026, 11, 29)
}

fn person(id: i64, name: &str) -> PartyInput {
    PartyInput::Person {
        person_id: id,
        name: name.into(),
    }
}

fn org(name: &str, code: &str) -> PartyInput {
    PartyInput::Organisation {
        name: name.into(),
        credit_code: code.into(),
    }
}

fn neighbours() -> IntakeInput {
    IntakeInput {
        registered_on: "2026-11-29".into(),
        source: "apply".into(),
        kind: "neighbour".into(),
        applicants: vec![person(1, " 张三 ")],
        respondents: vec![person(2, "李四")],
        facts: "  两家因宅基地边界的排水沟发生争执  ".into(),
        mediators: vec!["王调解".into()],
        ..Default::default()
    }
}

fn errors_of(input: &IntakeInput) -> Vec<(&'static str, String)> {
    validate_intake(input, today())
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect()
}

#[test]
fn a_plain_neighbour_dispute_passes() {
    let v = validate_intake(&neighbours(), today()).unwrap();
    assert_eq!(v.registered_on, today());
    assert_eq!(v.applicants, [person(1, "张三")]);
    assert_eq!(v.facts, "两家因宅基地边界的排水沟发生争执");
    assert_eq!((v.people_involved, v.amount_fen), (0, 0));
    assert_eq!(v.referrer, "");
    assert_eq!(v.mediators, ["王调解"]);
}

#[test]
fn a_referred_wage_dispute_with_an_organisation() {
    let input = IntakeInput {
        source: SOURCE_REFERRAL.into(),
        referrer: " 县人民法院 ".into(),
        found_via: "park".into(),
        kind: "labour".into(),
        applicants: vec![person(1, "张三"), person(3, "王五")],
        respondents: vec![org(" 江西某建筑劳务有限公司 ", "91360722ma35l8k9xn")],
        people_involved: "１２".into(),
        amount: "86,400.50元".into(),
        mediators: vec![
            "王调解".into(),
            " ".into(),
            "王调解".into(),
            "刘调解".into(),
        ],
        escalation_risk: true,
        ..neighbours()
    };
    let v = validate_intake(&input, today()).unwrap();
    assert_eq!(v.referrer, "县人民法院");
    assert_eq!(
        v.respondents,
        [org("江西某建筑劳务有限公司", "91360722MA35L8K9XN")]
    );
    assert_eq!((v.people_involved, v.amount_fen), (12, 8_640_050));
    assert_eq!(v.mediators, ["王调解", "刘调解"]);
    assert!(v.escalation_risk);
    // The referrer is dropped when the source is not a referral.
    let other = IntakeInput {
        referrer: "县人民法院".into(),
        ..neighbours()
    };
    assert_eq!(validate_intake(&other, today()).unwrap().referrer, "");
}

#[test]
fn everything_wrong_at_once() {
    let input = IntakeInput {
        registered_on: "2026-11-30".into(),
        source: SOURCE_REFERRAL.into(),
        referrer: " ".into(),
        kind: "".into(),
        applicants: vec![],
        respondents: vec![],
        facts: "字".repeat(FACTS_MAX + 1),
        people_involved: "-3".into(),
        amount: "-100".into(),
        mediators: vec![" ".into()],
        ..Default::default()
    };
    let errors = errors_of(&input);
    let fields: Vec<_> = errors.iter().map(|e| e.0).collect();
    assert_eq!(
        fields,
        [
            "registered_on",
            "referrer",
            "kind",
            "applicants",
            "respondents",
            "facts",
            "people_involved",
            "amount",
            "mediators"
        ]
    );
    let messages: Vec<_> = errors.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(messages[0], "登记日期不能晚于今天");
    assert_eq!(messages[1], "案件来源为委托移送时，请写移送单位");
    assert_eq!(messages[3], "至少要有一位申请人");
    assert_eq!(messages[4], "至少要有一位被申请人");
    assert_eq!(messages[5], "不能超过2000个字，现有2001个字");
    assert_eq!(messages[6], "数量不能是负数");
    assert_eq!(messages[7], "金额不能是负数");
    assert_eq!(messages[8], "至少要有一位调解员");
    // Source missing too.
    let no_source = IntakeInput {
        source: "".into(),
        ..neighbours()
    };
    assert_eq!(errors_of(&no_source), [("source", "必填".to_string())]);
}

#[test]
fn bad_dates_and_amounts_use_the_domain_messages() {
    for (registered_on, message) in [
        ("", "日期不能为空"),
        ("2026-02-30", "日期不存在：2026-02-30"),
        (
            "昨天",
            "日期格式不对，请写成 2026-01-05、20260105 或 2026/1/5",
        ),
    ] {
        let input = IntakeInput {
            registered_on: registered_on.into(),
            ..neighbours()
        };
        assert_eq!(errors_of(&input), [("registered_on", message.to_string())]);
    }
    for (amount, message) in [
        ("一千", "金额只能写数字，最多两位小数，如 1200 或 1200.50"),
        ("12.345", "金额最多两位小数（精确到分），如 1200.50"),
    ] {
        let input = IntakeInput {
            amount: amount.into(),
            ..neighbours()
        };
        assert_eq!(errors_of(&input), [("amount", message.to_string())]);
    }
    let input = IntakeInput {
        people_involved: "三人".into(),
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [("people_involved", "数量只能写整数，如 3".to_string())]
    );
    // Today itself is fine; the facts exactly at the limit are fine.
    let input = IntakeInput {
        facts: "字".repeat(FACTS_MAX),
        ..neighbours()
    };
    assert!(validate_intake(&input, today()).is_ok());
}

#[test]
fn the_same_party_on_both_sides_is_refused() {
    let input = IntakeInput {
        applicants: vec![person(1, "张三")],
        respondents: vec![person(2, "李四"), person(1, "张三")],
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [(
            "respondents",
            "「张三」不能既是申请人又是被申请人".to_string()
        )]
    );
    let input = IntakeInput {
        applicants: vec![org("某公司", "91350100M000100Y43")],
        respondents: vec![org("某公司（分公司）", " 91350100m000100y43")],
        ..neighbours()
    };
    assert_eq!(
        errors_of(&input),
        [(
            "respondents",
            "「某公司（分公司）」不能既是申请人又是被申请人".to_string()
        )]
    );
    // Two organisations without credit codes are not taken for the same one.
    let input = IntakeInput {
        applicants: vec![org("村委会", "")],
        respondents: vec![org("村委会", "")],
        ..neighbours()
    };
    assert!(validate_intake(&input, today()).is_ok());
}

#[test]
fn organisation_problems_name_the_organisation() {
    let long = "长".repeat(ORG_NAME_MAX + 1);
    let input = IntakeInput {
        applicants: vec![person(1, "张三"), person(1, "张三")],
        respondents: vec![
            org("某建筑公司", "91350100M000100Y44"),
            org(" ", "123"),
            org(&long, ""),
        ],
        ..neighbours()
    };
    let errors = errors_of(&input);
    assert_eq!(
        errors,
        [
            ("applicants", "「张三」填写了两次".to_string()),
            (
                "respondents",
                format!(
                    "「某建筑公司」：统一社会信用代码校验位错误（应为3），请核对是否输错；\
                     单位名称不能为空；\
                     「未写名称的单位」：统一社会信用代码应为18位，现为3位；\
                     「{long}」：不能超过50个字，现有51个字"
                )
            ),
        ]
    );
    let at_limit = IntakeInput {
        respondents: vec![org(&"长".repeat(ORG_NAME_MAX), "")],
        ..neighbours()
    };
    assert!(validate_intake(&at_limit, today()).is_ok());
}
