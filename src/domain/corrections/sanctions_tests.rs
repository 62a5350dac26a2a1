//! Tests of the sanction rules: day thresholds, categories, escalation, rewards.

use super::*;
use Category::*;
use IncidentKind::*;
use Measure::*;

const ALL: [Category; 4] = [Control, Probation, Parole, Outside];

fn days(kind: IncidentKind, days: u32) -> Incident {
    Incident {
        kind,
        days,
        not_corrected_after_told: false,
    }
}

fn of(kind: IncidentKind) -> Incident {
    days(kind, 0)
}

fn clean() -> History {
    History::default()
}

fn after(reprimands: u32, warnings: u32, punished: bool) -> History {
    History {
        reprimands,
        warnings,
        punished,
    }
}

#[test]
fn day_thresholds_for_a_late_report_and_out_of_contact() {
    for kind in [LateReport, OutOfContact] {
        for category in ALL {
            let at = |n| suggest(category, &days(kind, n), &clean());
            assert_eq!(at(1), Some(Reprimand), "{kind:?} {category:?}");
            assert_eq!(at(10), Some(Reprimand), "{kind:?} {category:?}");
            assert_eq!(at(11), Some(Warning), "{kind:?} {category:?}");
            assert_eq!(at(30), Some(Warning), "{kind:?} {category:?}");
            assert_eq!(at(31), Some(revocation(category)), "{kind:?} {category:?}");
        }
    }
}

#[test]
fn over_a_month_asks_the_categorys_revocation() {
    let month_and_a_day = days(OutOfContact, 31);
    assert_eq!(
        suggest(Probation, &month_and_a_day, &clean()),
        Some(RevokeProbation)
    );
    assert_eq!(
        suggest(Parole, &month_and_a_day, &clean()),
        Some(RevokeParole)
    );
    assert_eq!(suggest(Outside, &month_and_a_day, &clean()), Some(Recommit));
    assert_eq!(
        suggest(Control, &month_and_a_day, &clean()),
        Some(SecurityPenalty),
        "管制 has no revocation: 提请治安管理处罚"
    );
}

#[test]
fn missed_education_only_after_being_told() {
    let mut incident = of(MissedEducation);
    assert_eq!(suggest(Probation, &incident, &clean()), None);
    assert_eq!(
        suggest(Probation, &incident, &after(1, 1, true)),
        None,
        "tell them first, whatever the history"
    );
    incident.not_corrected_after_told = true;
    assert_eq!(suggest(Probation, &incident, &clean()), Some(Reprimand));
}

#[test]
fn other_incidents() {
    for category in ALL {
        assert_eq!(
            suggest(category, &of(BanViolation), &clean()),
            Some(Warning)
        );
        assert_eq!(
            suggest(category, &of(MedicalReportMissing), &clean()),
            Some(Warning)
        );
        assert_eq!(
            suggest(category, &of(OtherViolation), &clean()),
            Some(Reprimand)
        );
        assert_eq!(suggest(category, &of(Punished), &clean()), None);
        assert_eq!(
            suggest(category, &of(Punished), &after(2, 2, true)),
            None,
            "a 治安处罚 is recorded for the history"
        );
    }
}

#[test]
fn two_reprimands_not_corrected_make_a_warning() {
    let incident = of(OtherViolation);
    for (before, want) in [(0, Reprimand), (1, Reprimand), (2, Warning), (3, Warning)] {
        assert_eq!(
            suggest(Probation, &incident, &after(before, 0, false)),
            Some(want),
            "{before} 训诫 before"
        );
    }
    assert_eq!(
        suggest(Control, &incident, &after(3, 0, false)),
        Some(Warning)
    );
    assert_eq!(
        suggest(Probation, &days(LateReport, 5), &after(2, 0, false)),
        Some(Warning)
    );
}

#[test]
fn two_warnings_not_corrected_ask_for_revocation() {
    let incident = of(BanViolation);
    for (before, want) in [(0, Warning), (1, Warning), (2, RevokeProbation)] {
        assert_eq!(
            suggest(Probation, &incident, &after(0, before, false)),
            Some(want),
            "{before} 警告 before"
        );
    }
    assert_eq!(
        suggest(Parole, &incident, &after(0, 2, false)),
        Some(RevokeParole)
    );
    assert_eq!(
        suggest(Outside, &of(MedicalReportMissing), &after(0, 2, false)),
        Some(Recommit)
    );
    assert_eq!(
        suggest(Control, &incident, &after(0, 2, false)),
        Some(SecurityPenalty),
        "管制: 提请治安管理处罚"
    );
    assert_eq!(
        suggest(Probation, &days(OutOfContact, 20), &after(0, 2, false)),
        Some(RevokeProbation)
    );
}

#[test]
fn a_reprimand_raised_to_a_warning_after_two_warnings_asks_for_revocation() {
    // A 训诫 raised by two earlier 训诫 to 警告, with two 警告 before: revocation.
    assert_eq!(
        suggest(Probation, &of(OtherViolation), &after(2, 2, false)),
        Some(RevokeProbation)
    );
    // A 训诫 with only 警告 before stays a 训诫.
    assert_eq!(
        suggest(Probation, &of(OtherViolation), &after(0, 2, false)),
        Some(Reprimand)
    );
}

#[test]
fn not_corrected_after_a_security_penalty_asks_for_revocation() {
    let punished = after(0, 0, true);
    for incident in [of(OtherViolation), of(BanViolation), days(LateReport, 3)] {
        assert_eq!(
            suggest(Probation, &incident, &punished),
            Some(RevokeProbation)
        );
        assert_eq!(suggest(Parole, &incident, &punished), Some(RevokeParole));
        assert_eq!(suggest(Outside, &incident, &punished), Some(Recommit));
        assert_eq!(
            suggest(Control, &incident, &punished),
            Some(SecurityPenalty)
        );
    }
}

#[test]
fn rewards_are_not_raised_by_the_history() {
    let bad = after(3, 3, true);
    for category in ALL {
        assert_eq!(suggest(category, &of(GoodConduct), &clean()), Some(Praise));
        assert_eq!(suggest(category, &of(GoodConduct), &bad), Some(Praise));
        assert_eq!(suggest(category, &of(Merit), &bad), Some(Commutation));
    }
}

#[test]
fn which_measures_sanction() {
    for m in [
        Reprimand,
        Warning,
        SecurityPenalty,
        RevokeProbation,
        RevokeParole,
        Recommit,
        Arrest,
    ] {
        assert!(is_sanction(m), "{m:?}");
    }
    assert!(!is_sanction(Praise));
    assert!(!is_sanction(Commutation));
}
