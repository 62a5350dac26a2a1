//! Records: the read-only window's refusal, and a module's records in the demo's summary.

/// A statement given to the read-only window (`store::inspect`) that could change the file.
pub const ERR_NOT_A_QUERY: &str =
    "只读查询只能读取数据；这条语句会修改数据库或不返回数据，没有执行。";
