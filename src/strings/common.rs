//! Texts of the program as a whole: its name, the store's errors, voiding.

// ---- program ---------------------------------------------------------------------------
pub const SYSTEM_OPERATOR: &str = "系统";
pub const DEFAULT_OPERATOR: &str = "管理员";

// ---- store -----------------------------------------------------------------------------
pub const ERR_NOT_A_DATABASE: &str = "这个文件不是 sifa-desk 数据库（内容无法识别），没有打开，也没有改动它。请用 --db 指定正确的文件。";
pub const ERR_FOREIGN_DATABASE: &str = "这个文件是其他程序的数据库，不是 sifa-desk 的，没有打开，也没有改动它。请用 --db 指定正确的文件。";
pub const ERR_BUSY: &str =
    "数据库正被另一个 sifa-desk 写入，等待后仍未释放。请稍后再试，或关闭另一台电脑上的程序。";
pub const ERR_READ_ONLY: &str = "数据库是只读打开的，不能保存。";
pub const ERR_DUPLICATE_ID: &str = "这个身份证号已属于另一个人";
pub const ERR_NOT_FOUND: &str = "记录不存在或已作废";
pub const ERR_DATABASE: &str = "数据库出错";
pub const ERR_FILE: &str = "文件出错";

pub fn err_newer_version(found: i64, known: i64) -> String {
    format!(
        "这个数据库由更新版本的 sifa-desk 写成（结构版本 {found}，本程序只认识到 {known}），没有打开，也没有改动它。请升级 sifa-desk。"
    )
}

// ---- void --------------------------------------------------------------------------------
pub const VOID_TITLE: &str = "作废（记录不会删除，原因记入审计）";
pub const VOID_REASON: &str = "作废原因";
