//! Texts for small mends: times out of range, the command line's own errors, the
//! case-number prefix, the bundled PDF font.

// ---- Dates and times ----------------------------------------------------

pub fn time_impossible(typed: &str) -> String {
    format!("时间不存在：{typed}（小时为 0–23，分钟为 00–59）")
}

// ---- Case numbers (纠纷受理) ----------------------------------------------

pub const DISPUTE_NO_CASE_PREFIX: &str =
    "没有案号前缀，不能受理：请先在 设置 → 纠纷受理 中填写案号前缀（如“版石”）";
