//! The modules of the office's work, in the order of the tabs. One registry that the tab list,
//! the person's roles across modules, the demo's summary and the code lists all read.

use crate::strings as s;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Module {
    /// 纠纷受理: people's mediation.
    Disputes,
    /// 法律明白人: legal-literate persons per household.
    LegalLiterate,
    /// 社区矫正: community corrections.
    Corrections,
    /// 安置帮教: released persons.
    Resettlement,
    /// 服务台账: the public-legal-service ledger.
    Ledger,
}

impl Module {
    /// In the order of the tabs.
    pub const ALL: [Module; 5] = [
        Module::Disputes,
        Module::LegalLiterate,
        Module::Corrections,
        Module::Resettlement,
        Module::Ledger,
    ];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Module::Disputes => s::MODULE_DISPUTES,
            Module::LegalLiterate => s::MODULE_LEGAL_LITERATE,
            Module::Corrections => s::MODULE_CORRECTIONS,
            Module::Resettlement => s::MODULE_RESETTLEMENT,
            Module::Ledger => s::MODULE_LEDGER,
        }
    }

    /// The tab's index (0 for the first).
    pub fn index(self) -> usize {
        Module::ALL.iter().position(|m| *m == self).unwrap_or(0)
    }

    /// Whether the module's work can be done in this version (the others say 未开通).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Module::Disputes | Module::Corrections | Module::Ledger
        )
    }

    /// A person's part in this module, for the registry's 其他模块 column: `count` records
    /// (台账3次, 纠纷1件 …).
    pub fn role(self, count: i64) -> String {
        match self {
            Module::Disputes => s::role_disputes(count),
            Module::LegalLiterate => s::role_legal_literate(count),
            Module::Corrections => s::role_corrections(count),
            Module::Resettlement => s::role_resettlement(count),
            Module::Ledger => s::role_ledger(count),
        }
    }

    /// The record tables of the module: the first holds its own records (a dispute, a ledger
    /// entry), the others their parts. The demo refuses a file with rows in any of them and
    /// counts the first in its summary.
    pub fn tables(self) -> &'static [&'static str] {
        match self {
            Module::Disputes => &["disputes", "dispute_parties", "dispute_events"],
            Module::Ledger => &["service_entries"],
            Module::Corrections => &[
                "corrections",
                "correction_levels",
                "correction_checkins",
                "correction_months",
                "correction_incidents",
                "correction_approvals",
                "correction_tags",
                "correction_medical",
            ],
            Module::LegalLiterate | Module::Resettlement => &[],
        }
    }

    /// The table of the module's own records (the first of [`Module::tables`]), if it has any.
    pub fn records_table(self) -> Option<&'static str> {
        self.tables().first().copied()
    }

    /// `count` records of the module, as the demo's summary says it (纠纷 12 件, 服务台账 30 条).
    pub fn tally(self, count: usize) -> String {
        match self {
            Module::Disputes => s::tally_disputes(count),
            Module::LegalLiterate => s::tally_legal_literate(count),
            Module::Corrections => s::tally_corrections(count),
            Module::Resettlement => s::tally_resettlement(count),
            Module::Ledger => s::tally_ledger(count),
        }
    }

    /// The code lists the module owns, in the order the settings show them.
    pub fn code_lists(self) -> &'static [CodeList] {
        match self {
            Module::Disputes => &[
                CodeList::DisputeType,
                CodeList::DisputeSource,
                CodeList::DisputeFoundVia,
            ],
            Module::Ledger => &[
                CodeList::ServiceChannel,
                CodeList::ServiceType,
                CodeList::SpecialGroup,
                CodeList::MatterCategory,
                CodeList::ServiceOutcome,
                CodeList::Satisfaction,
            ],
            Module::LegalLiterate | Module::Corrections | Module::Resettlement => &[],
        }
    }
}

/// A code list: rows in the `codes` table under this name, seeded by schema.sql, with the
/// office's own entries added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeList {
    DisputeType,
    DisputeSource,
    DisputeFoundVia,
    ServiceChannel,
    ServiceType,
    SpecialGroup,
    MatterCategory,
    ServiceOutcome,
    Satisfaction,
    Ethnicity,
    OperatorRole,
}

impl CodeList {
    /// Every list, in the order the settings screen shows them: the modules' lists in tab
    /// order, then the shared ones.
    pub fn all() -> Vec<CodeList> {
        let mut out: Vec<CodeList> = Module::ALL
            .iter()
            .flat_map(|m| m.code_lists().iter().copied())
            .collect();
        out.extend([CodeList::Ethnicity, CodeList::OperatorRole]);
        out
    }

    /// The name of the list in the database.
    pub fn key(self) -> &'static str {
        match self {
            CodeList::DisputeType => "dispute_type",
            CodeList::DisputeSource => "dispute_source",
            CodeList::DisputeFoundVia => "dispute_found_via",
            CodeList::ServiceChannel => "service_channel",
            CodeList::ServiceType => "service_type",
            CodeList::SpecialGroup => "special_group",
            CodeList::MatterCategory => "matter_category",
            CodeList::ServiceOutcome => "service_outcome",
            CodeList::Satisfaction => "satisfaction",
            CodeList::Ethnicity => "ethnicity",
            CodeList::OperatorRole => "operator_role",
        }
    }

    /// Its Chinese name.
    pub fn label(self) -> &'static str {
        s::code_list_title(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_list_is_listed_once_with_a_chinese_name() {
        let all = CodeList::all();
        for (i, list) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(list), "{list:?} twice");
            assert_ne!(list.label(), list.key(), "{list:?} has no Chinese name");
        }
        assert_eq!(all.len(), 11);
    }

    #[test]
    fn the_tabs_are_in_the_designed_order() {
        let titles: Vec<&str> = Module::ALL.iter().map(|m| m.title()).collect();
        assert_eq!(
            titles,
            ["纠纷受理", "法律明白人", "社区矫正", "安置帮教", "服务台账"]
        );
        assert_eq!(Module::Ledger.index(), 4);
        assert_eq!(Module::Disputes.role(2), "纠纷2件");
        assert_eq!(Module::Ledger.role(3), "台账3次");
    }
}
