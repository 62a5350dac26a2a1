//! Records: the read-only window's refusal, and a module's records in the demo's summary.

/// A statement given to the read-only window (`store::inspect`) that could change the file.
pub const ERR_NOT_A_QUERY: &str =
    "只读查询只能读取数据；这条语句会修改数据库或不返回数据，没有执行。";

// ---- a module's records in the demo's summary ----------------------------------------------
pub fn tally_disputes(n: usize) -> String {
    format!("纠纷 {n} 件")
}

pub fn tally_legal_literate(n: usize) -> String {
    format!("法律明白人 {n} 人")
}

pub fn tally_corrections(n: usize) -> String {
    format!("社区矫正对象 {n} 人")
}

pub fn tally_resettlement(n: usize) -> String {
    format!("安置帮教对象 {n} 人")
}

pub fn tally_ledger(n: usize) -> String {
    format!("服务台账 {n} 条")
}
pub fn err_bad_setting(key: &str) -> String {
    format!("设置“{key}”的内容无法读取（可能被其他程序改动过），请在设置中重新保存")
}
