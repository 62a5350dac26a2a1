//! The terminal shell: tabs, key descriptions, the form and list widgets, setup.

// ---- shell -------------------------------------------------------------------------------

pub fn tab_not_open_body(title: &str) -> String {
    format!(
        "「{title}」尚未开通。\n\n开通后在这里登记和查询本模块的记录。\n现在可以按 F12 进入设置，维护司法所信息、村（社区）、操作员、代码表和人员库。"
    )
}

pub const STATUS_OFFICE_NONE: &str = "未设置司法所";
pub const STATUS_READ_ONLY: &str = "【只读】不能保存";
pub const MSG_SAVED: &str = "已保存";
pub const MSG_VOIDED: &str = "已作废";
pub const MSG_CANCELLED: &str = "已取消，未保存";
pub const MSG_NOTHING_HERE: &str = "本页尚未开通此功能";
pub const MSG_NOTHING_SELECTED: &str = "没有选中的记录";

pub const HELP_TITLE: &str = "按键说明（Esc 关闭）";

pub const CONFIRM_TITLE: &str = "请确认";
pub const CONFIRM_YES: &str = "确定";
pub const CONFIRM_NO: &str = "取消";
pub const CONFIRM_DISCARD: &str = "表单有未保存的修改，放弃这些修改吗？";
pub const CONFIRM_QUIT_DIRTY: &str = "表单有未保存的修改，仍要退出吗？";
pub const MESSAGE_TITLE: &str = "提示";
pub const MENU_CHOOSE: &str = "请选择（Enter 确定，Esc 返回）";
pub const ERROR_TITLE: &str = "出错了";

// ---- keys: action descriptions (help and the bottom line) ------------------------------
pub const ACT_HELP: &str = "帮助";
pub const ACT_QUIT: &str = "退出";
pub const ACT_TAB: &str = "切换页签";
pub const ACT_PREV_TAB: &str = "上一页签";
pub const ACT_NEXT_TAB: &str = "下一页签";
pub const ACT_UP: &str = "上移";
pub const ACT_DOWN: &str = "下移";
pub const ACT_PAGE_UP: &str = "上一页";
pub const ACT_PAGE_DOWN: &str = "下一页";
pub const ACT_FIRST: &str = "第一条";
pub const ACT_LAST: &str = "最后一条";
pub const ACT_OPEN: &str = "打开";
pub const ACT_NEW: &str = "新建";
pub const ACT_SEARCH: &str = "查找";
pub const ACT_ACTIONS: &str = "操作";
pub const ACT_VOID: &str = "作废";
pub const ACT_PRINT: &str = "打印导出";
pub const ACT_SETTINGS: &str = "设置";
pub const ACT_BACK: &str = "返回";
pub const ACT_SAVE: &str = "保存";
pub const ACT_NEXT_FIELD: &str = "下一项";
pub const ACT_ENTER_FIELD: &str = "下一项（人员栏：查找人员）";
pub const ACT_PREV_FIELD: &str = "上一项";
pub const ACT_LEFT: &str = "左移/上一选项";
pub const ACT_RIGHT: &str = "右移/下一选项";
pub const ACT_LINE_START: &str = "到行首";
pub const ACT_LINE_END: &str = "到行尾";
pub const ACT_BACKSPACE: &str = "删除前一字";
pub const ACT_DELETE: &str = "删除后一字";
pub const ACT_TAKE: &str = "选用";
pub const ACT_NEW_PERSON: &str = "新建人员";
pub const ACT_CONFIRM: &str = "确定";
pub const ACT_SWITCH: &str = "切换按钮";

// ---- form widget -------------------------------------------------------------------------
pub const FORM_REQUIRED_MARK: &str = "*";
pub const FORM_HAS_ERRORS: &str = "有填写错误，请按红色提示修改后再保存";
pub const FORM_NONE_CHOICE: &str = "（无）";
pub const FORM_BOOL_YES: &str = "是";
pub const FORM_BOOL_NO: &str = "否";

pub fn form_more_below(n: usize, ascii: bool) -> String {
    if ascii {
        format!("下面还有 {n} 项")
    } else {
        format!("↓ 还有 {n} 项")
    }
}

// ---- list widget -------------------------------------------------------------------------
pub const LIST_EMPTY: &str = "（没有记录）";

pub fn list_count(shown: usize, more: bool) -> String {
    if more {
        format!("已显示 {shown} 条，向下翻页继续")
    } else {
        format!("共 {shown} 条")
    }
}

// ---- setup and operator ------------------------------------------------------------------
pub const SETUP_TITLE: &str = "首次使用：设置司法所";
pub const SETUP_NAME: &str = "司法所名称";
pub const SETUP_CODE: &str = "机构代码";
pub const SETUP_COUNTY: &str = "所属县（区）";
pub const SETUP_POPULATION: &str = "常住人口";
pub const SETUP_OPERATOR: &str = "第一位操作员";
pub const SETUP_DONE: &str = "司法所已设置，欢迎使用";
pub const WHO_TITLE: &str = "请选择在窗口值班的操作员（↑/↓ 选择，Enter 确定）";

pub fn welcome(operator: &str) -> String {
    format!("{operator}，您好")
}
/// The office's name could not be read again after the settings closed.
pub fn office_reload_failed(error: &str) -> String {
    format!("读取司法所名称失败：{error}")
}
