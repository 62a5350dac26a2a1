//! The module registry drives what the demo refuses and what its summary counts.

use super::*;
use crate::domain::ledger::{EntryInput, validate_entry};
use crate::store::ledger;

#[test]
fn a_record_in_a_module_table_alone_is_refused() {
    // No office, operator, village or person: only a ledger entry (a table the demo knows
    // through `Module::tables`, not by name).
    let mut store = Store::open_in_memory().unwrap();
    let input = EntryInput {
        served_at: "2026-03-16 09:30".into(),
        channel: "window".into(),
        service: "consult".into(),
        visitor_name: "匿名".into(),
        matter: "wages".into(),
        summary: "咨询拖欠工资如何维权".into(),
        outcome: "answered".into(),
        handler: "李明".into(),
        ..Default::default()
    };
    let entry = validate_entry(&input, now()).unwrap();
    ledger::insert(&mut store, &entry).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM offices"), 0);
    assert_eq!(count(&store, "SELECT count(*) FROM persons"), 0);
    let audit = count(&store, "SELECT count(*) FROM audit_log");

    let result = generate(&mut store, Scale::Township, 1, now());
    assert!(
        matches!(result, Err(DemoError::HasRealRecords)),
        "{result:?}"
    );
    assert_eq!(count(&store, "SELECT count(*) FROM audit_log"), audit);
    assert_eq!(count(&store, "SELECT count(*) FROM service_entries"), 1);
    assert_eq!(settings::get(&store, settings::DEMO).unwrap(), None);
}

#[test]
fn the_summary_counts_each_module_with_a_table_in_tab_order() {
    let (store, summary) = generated(Scale::Township, 42);
    let modules: Vec<Module> = summary.records.iter().map(|(m, _)| *m).collect();
    let with_tables: Vec<Module> = Module::ALL
        .into_iter()
        .filter(|m| !m.tables().is_empty())
        .collect();
    assert_eq!(modules, with_tables);
    assert_eq!(
        modules,
        [Module::Disputes, Module::Corrections, Module::Ledger]
    );
    for (module, n) in &summary.records {
        let table = module.records_table().unwrap();
        let rows = count(&store, &format!("SELECT count(*) FROM {table}"));
        assert!(rows > 0, "{table}");
        assert_eq!(rows as usize, *n, "{table}");
    }
    assert_eq!(
        summary.line(),
        format!(
            "已生成示例数据：1 个司法所，{} 人，纠纷 {} 件，社区矫正对象 {} 人（在矫 {} 人），\
             服务台账 {} 条。",
            summary.persons,
            summary.records_of(Module::Disputes),
            summary.records_of(Module::Corrections),
            summary.in_correction,
            summary.records_of(Module::Ledger)
        )
    );
}
