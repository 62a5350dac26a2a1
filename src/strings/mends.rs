//! Texts for small mends: times out of range, the command line's own errors, the
//! case-number prefix, the bundled PDF font.

// ---- Dates and times ----------------------------------------------------

pub fn time_impossible(typed: &str) -> String {
    format!("时间不存在：{typed}（小时为 0–23，分钟为 00–59）")
}
