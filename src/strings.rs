//! Every user-visible text, in Simplified Chinese. A leaf module: it imports nothing, so every
//! layer may use it. Code, identifiers and logs stay English.

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

// ==== domain ==========================================================================
// ---- Gender -------------------------------------------------------------

pub const GENDER_MALE: &str = "男";
pub const GENDER_FEMALE: &str = "女";

// ---- Resident ID number -------------------------------------------------

pub const ID_EMPTY: &str = "身份证号不能为空";
pub const ID_NOT_DIGITS: &str = "身份证号前17位必须是数字";
pub const ID_BAD_REGION: &str = "身份证号开头的地区代码不对";
pub const ID_BAD_BIRTH_DATE: &str = "身份证号中的出生日期不存在";
pub const ID_FUTURE_BIRTH_DATE: &str = "身份证号中的出生日期晚于今天";

pub fn id_length(count: usize) -> String {
    format!("身份证号应为18位，现为{count}位")
}

/// The check character is not shown: a clerk who mistyped a middle digit would "fix" the last
/// one and store a valid-looking wrong number.
pub fn id_bad_check(_expected: char) -> String {
    "身份证号校验不符，请对照证件逐位核对".to_string()
}

// ---- Phone --------------------------------------------------------------

pub const PHONE_EMPTY: &str = "电话号码不能为空";
pub const PHONE_INVALID: &str =
    "电话号码格式不对：手机号应为1开头的11位数字，座机为区号-号码，如0797-1234567";

// ---- Dates --------------------------------------------------------------

pub const DATE_EMPTY: &str = "日期不能为空";
pub const DATE_FORMAT: &str = "日期格式不对，请写成 2026-01-05、20260105 或 2026/1/5";
pub const DATETIME_FORMAT: &str = "时间格式不对，请写成 2026-01-05 09:30";

pub fn date_impossible(typed: &str) -> String {
    format!("日期不存在：{typed}")
}

// ---- Money and counts ---------------------------------------------------

pub const MONEY_EMPTY: &str = "金额不能为空";
pub const MONEY_NOT_NUMBER: &str = "金额只能写数字，最多两位小数，如 1200 或 1200.50";
pub const MONEY_NEGATIVE: &str = "金额不能是负数";
pub const MONEY_TOO_MANY_DECIMALS: &str = "金额最多两位小数（精确到分），如 1200.50";
pub const MONEY_TOO_LARGE: &str = "金额太大，请核对（最多一万亿元）";

pub const COUNT_EMPTY: &str = "数量不能为空";
pub const COUNT_NOT_NUMBER: &str = "数量只能写整数，如 3";
pub const COUNT_NEGATIVE: &str = "数量不能是负数";
pub const COUNT_TOO_LARGE: &str = "数量太大，请核对";

// ---- Generic field validation -------------------------------------------

pub const REQUIRED: &str = "必填";

pub fn text_too_long(max_chars: usize, actual_chars: usize) -> String {
    format!("不能超过{max_chars}个字，现有{actual_chars}个字")
}

// ---- Person -------------------------------------------------------------

pub const GENDER_INVALID: &str = "性别只能填“男”或“女”";
pub const BIRTH_DATE_IN_FUTURE: &str = "出生日期不能晚于今天";

pub fn gender_conflicts_with_id(id_gender: &str) -> String {
    format!("与身份证号不符（身份证号显示为{id_gender}）")
}

pub fn birth_date_conflicts_with_id(id_birth_date: &str) -> String {
    format!("与身份证号不符（身份证号显示为{id_birth_date}）")
}

// ---- domain: office ----------------------------------------------------------------------
pub const ERR_OFFICE_CODE: &str = "机构代码只能由字母和数字组成，最多20位";

// ---- domain: ledger -----------------------------------------------------------------------
pub const LEDGER_FUTURE_TIME: &str = "时间不能晚于现在";
pub const LEDGER_NO_VISITOR: &str = "请选择来访人（Enter 查找），或写姓名；不愿留名写“匿名”";
pub const LEDGER_REFERRED_WHERE: &str = "处理结果为转交时，请写转交去向";

// ---- domain: disputes ----------------------------------------------------------------------
pub const DISPUTE_STATUS_REGISTERED: &str = "登记";
pub const DISPUTE_STATUS_REJECTED: &str = "不予受理";
pub const DISPUTE_STATUS_MEDIATING: &str = "调解中";
pub const DISPUTE_STATUS_PERFORMING: &str = "履行中";
pub const DISPUTE_STATUS_PERFORMED: &str = "履行完毕";
pub const DISPUTE_STATUS_NOT_PERFORMED: &str = "未履行";
pub const DISPUTE_STATUS_TERMINATED: &str = "调解终止";
pub const DISPUTE_STATUS_ARCHIVED: &str = "已归档";

pub const DISPUTE_ACT_ACCEPT: &str = "受理";
pub const DISPUTE_ACT_REJECT: &str = "不予受理";
pub const DISPUTE_ACT_SESSION: &str = "记录调解";
pub const DISPUTE_ACT_EXTEND: &str = "延期";
pub const DISPUTE_ACT_AGREE: &str = "达成协议";
pub const DISPUTE_ACT_TERMINATE: &str = "调解终止";
pub const DISPUTE_ACT_PERFORMANCE: &str = "记录履行";
pub const DISPUTE_ACT_FOLLOW_UP: &str = "回访";
pub const DISPUTE_ACT_CONFIRMATION: &str = "申请司法确认";
pub const DISPUTE_ACT_ARCHIVE: &str = "归档";

pub const DISPUTE_AGREEMENT_ORAL: &str = "口头";
pub const DISPUTE_AGREEMENT_WRITTEN: &str = "书面";
pub const DISPUTE_PERFORMANCE_FULL: &str = "履行完毕";
pub const DISPUTE_PERFORMANCE_PARTIAL: &str = "部分履行";
pub const DISPUTE_PERFORMANCE_NONE: &str = "未履行";

pub const DISPUTE_DEADLINE_MEDIATION: &str = "调解期限";
pub const DISPUTE_DEADLINE_FOLLOW_UP: &str = "回访";
pub const DISPUTE_DEADLINE_CONFIRMATION: &str = "司法确认";
pub const DISPUTE_DUE_TODAY: &str = "今天到期";

pub fn dispute_days_left(days: i64) -> String {
    format!("剩{days}天")
}

pub fn dispute_days_over(days: i64) -> String {
    format!("逾期{days}天")
}

pub fn dispute_case_number(year: i32, prefix: &str, seq: &str) -> String {
    format!("〔{year}〕{prefix}人调字第{seq}号")
}

pub fn dispute_not_allowed(status: &str, action: &str) -> String {
    format!("「{status}」的纠纷不能{action}")
}

pub fn dispute_before_registration(date: &str) -> String {
    format!("日期不能早于登记日期（{date}）")
}

pub fn dispute_before_acceptance(date: &str) -> String {
    format!("日期不能早于受理日期（{date}）")
}

pub fn dispute_before_agreement(date: &str) -> String {
    format!("日期不能早于达成协议的日期（{date}）")
}

pub fn dispute_before_closing(date: &str) -> String {
    format!("归档日期不能早于办结日期（{date}）")
}

pub fn dispute_before_follow_up(date: &str) -> String {
    format!("归档日期不能早于回访日期（{date}）")
}

pub fn dispute_due_not_later(date: &str) -> String {
    format!("延期后的调解期限应晚于 {date}")
}

pub fn dispute_perform_by_early(date: &str) -> String {
    format!("履行期限不能早于达成协议的日期（{date}）")
}

pub const DISPUTE_NEEDS_WRITTEN: &str = "只有书面调解协议才能申请司法确认";

pub fn dispute_confirmation_closed(days: i64, date: &str) -> String {
    format!("司法确认应在协议生效后{days}日内申请，已于 {date} 截止")
}

pub fn dispute_already_applied(date: &str) -> String {
    format!("已于 {date} 申请过司法确认")
}

pub const DISPUTE_FOLLOW_UP_FIRST: &str = "归档前请先回访";

pub const CREDIT_CODE_EMPTY: &str = "统一社会信用代码不能为空";

pub fn credit_code_length(count: usize) -> String {
    format!("统一社会信用代码应为18位，现为{count}位")
}

pub fn credit_code_bad_char(position: usize, found: char) -> String {
    format!(
        "统一社会信用代码第{position}位“{found}”不是有效字符（只用数字和大写字母，不用 I、O、Z、S、V）"
    )
}

pub fn credit_code_bad_check(expected: char) -> String {
    format!("统一社会信用代码校验位错误（应为{expected}），请核对是否输错")
}

pub const DISPUTE_REGISTERED_IN_FUTURE: &str = "登记日期不能晚于今天";
pub const DISPUTE_NO_REFERRER: &str = "案件来源为委托移送时，请写移送单位";
pub const DISPUTE_NO_APPLICANT: &str = "至少要有一位申请人";
pub const DISPUTE_NO_RESPONDENT: &str = "至少要有一位被申请人";
pub const DISPUTE_NO_MEDIATOR: &str = "至少要有一位调解员";
pub const DISPUTE_ORG_NO_NAME: &str = "单位名称不能为空";
pub const DISPUTE_ORG_UNNAMED: &str = "未写名称的单位";
/// Joins several problems reported at one field.
pub const DISPUTE_PROBLEM_SEP: &str = "；";

pub fn dispute_party_problem(name: &str, problem: &str) -> String {
    format!("「{name}」：{problem}")
}

pub fn dispute_party_twice(name: &str) -> String {
    format!("「{name}」填写了两次")
}

pub fn dispute_both_sides(name: &str) -> String {
    format!("「{name}」不能既是申请人又是被申请人")
}

// ---- command line ------------------------------------------------------------------------
pub const CLI_ABOUT: &str = "司法所窗口：纠纷受理、法律明白人、社区矫正、安置帮教、服务台账";
pub const CLI_NO_DATA_DIR: &str = "找不到本机的数据目录，请用 --db 指定数据库文件";

pub fn cli_init_done(name: &str, code: &str, operator: &str) -> String {
    format!("已建立司法所：{name}（代码 {code}），操作员：{operator}")
}

pub fn cli_already_set_up(name: &str, code: &str) -> String {
    format!("这个数据库已设置为 {name}（代码 {code}），没有做任何改动。")
}

pub fn cli_field_error(label: &str, message: &str) -> String {
    format!("{label}：{message}")
}

pub const CLI_DEMO_REFUSED: &str =
    "这个数据库里已有真实记录，示例数据只能写入新文件。请用 --db 指定一个新文件。";
pub const CLI_DEMO_ALREADY: &str = "这个数据库已经有示例数据，没有再写入。";

pub fn cli_demo_done(offices: usize, persons: usize, entries: usize, disputes: usize) -> String {
    format!(
        "已生成示例数据：{offices} 个司法所，{persons} 人，服务台账 {entries} 条，纠纷 {disputes} 件。"
    )
}

pub fn cli_failed(message: &str) -> String {
    format!("出错：{message}")
}

pub const ERR_TERMINAL: &str = "终端出错";
pub const CLI_NOT_SET_UP: &str =
    "这个数据库还没有设置司法所。请先运行 sifa-desk init 或打开界面完成设置。";

pub fn cli_no_database(path: &str) -> String {
    format!("数据库文件不存在：{path}。请检查 --db 或 SIFA_DESK_DB。")
}

pub const CLI_READ_ONLY_BANNER: &str = "只读";

// ---- shell -------------------------------------------------------------------------------
pub const TAB_TITLES: [&str; 5] = ["纠纷受理", "法律明白人", "社区矫正", "安置帮教", "服务台账"];

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

// ---- settings ----------------------------------------------------------------------------
pub const SETTINGS_TITLE: &str = "设置";
pub const SETTINGS_SECTIONS: [&str; 8] = [
    "司法所信息",
    "村（社区）",
    "操作员",
    "代码表",
    "人员库",
    "显示与打印",
    "服务台账",
    "纠纷受理",
];
pub const SET_DISPUTE_PREFIX: &str = "案号前缀（〔年〕前缀人调字第…号）";
pub const SET_LEDGER_TARGET: &str = "服务人次目标（每十万人每年）";
pub const SET_LEDGER_SCOPE: &str = "服务人次统计口径";
pub const SET_LEDGER_SCOPES: [&str; 2] = ["全部服务", "仅法律援助"];
pub const SET_OFFICE_TITLE: &str = "司法所信息";
pub const SET_OFFICE_CODE_FIXED: &str = "机构代码（不可改）";
pub const SET_VILLAGE_NAME: &str = "名称";
pub const SET_VILLAGE_KIND: &str = "类别";
pub const SET_VILLAGE_KINDS: [&str; 2] = ["村", "社区"];
pub const SET_STATUS: &str = "状态";
pub const SET_ACTIVE: &str = "在用";
pub const SET_RETIRED: &str = "停用";
pub const SET_VILLAGE_TAKEN: &str = "已有同名的村（社区）";
pub const SET_OPERATOR_NAME: &str = "姓名";
pub const SET_OPERATOR_ROLE: &str = "角色";
pub const SET_CODE_LABEL: &str = "名称";
pub const SET_CODE_TAKEN: &str = "这个代码表里已有同名条目";
pub const SET_CODE_SOURCE: &str = "来源";
pub const SET_CODE_SEEDED: &str = "全国";
pub const SET_CODE_LOCAL: &str = "本所";
pub const SET_THEME: &str = "边框样式";
pub const SET_THEMES: [&str; 2] = ["标准", "ASCII（旧控制台）"];
pub const SET_PRINTING: &str = "直接打印";
pub const SET_PRINTER: &str = "打印机（空为默认）";
pub const SET_PDF_FONT: &str = "PDF 字体文件（空为自动查找）";
pub const SET_OUTPUT_DIR: &str = "打印文件保存位置（空为 文档/sifa-desk）";
pub const SET_DIR_MISSING: &str = "找不到这个文件夹";
pub const SET_NEW_VILLAGE: &str = "新建村（社区）";
pub const SET_EDIT_VILLAGE: &str = "修改村（社区）";
pub const SET_NEW_OPERATOR: &str = "新建操作员";
pub const SET_EDIT_OPERATOR: &str = "修改操作员";
pub const SET_NEW_CODE: &str = "新增本所条目";
pub const SET_LAST_ADMIN: &str = "至少要保留一位在用的操作员";

pub fn set_retire_code(label: &str) -> String {
    format!("停用「{label}」？停用后新记录不能再选它，已有记录不受影响。")
}

pub fn set_restore_code(label: &str) -> String {
    format!("恢复使用「{label}」？")
}

/// The Chinese title of a code list.
pub fn code_list_title(list: &str) -> &'static str {
    match list {
        "dispute_type" => "纠纷类型",
        "dispute_source" => "案件来源",
        "dispute_found_via" => "发现渠道",
        "service_channel" => "服务渠道",
        "service_type" => "服务类型",
        "special_group" => "特殊群体",
        "matter_category" => "事项类别",
        "service_outcome" => "处理结果",
        "satisfaction" => "满意度",
        "ethnicity" => "民族",
        "operator_role" => "操作员角色",
        _ => "代码表",
    }
}

// ---- persons -----------------------------------------------------------------------------
pub const PERSONS_TITLE: &str = "人员库";
pub const PERSON_NEW: &str = "新建人员";
pub const PERSON_EDIT: &str = "人员信息";
pub const PERSON_NAME: &str = "姓名";
pub const PERSON_ID: &str = "身份证号";
pub const PERSON_GENDER: &str = "性别";
pub const PERSON_BIRTH: &str = "出生日期";
pub const PERSON_ETHNICITY: &str = "民族";
pub const PERSON_PHONE: &str = "电话";
pub const PERSON_ADDRESS: &str = "住址";
pub const PERSON_VILLAGE: &str = "村（社区）";
pub const PERSON_ROLES: &str = "其他模块";
pub const PERSON_IN_REGISTRY: &str = "已在人员库";
pub const GENDERS: [&str; 2] = ["男", "女"];

/// The person's records in other modules, for lists and the picker.
pub fn person_roles(visits: i64) -> String {
    if visits > 0 {
        format!("台账{visits}次")
    } else {
        String::new()
    }
}

pub fn person_age(age: u32) -> String {
    format!("{age} 岁")
}

pub fn person_existing(name: &str) -> String {
    format!("该身份证号已登记为「{name}」，已选中此人，没有重复建档")
}

pub fn person_saved(name: &str) -> String {
    format!("已保存：{name}")
}

pub const PICKER_TITLE: &str = "查找人员（姓名、拼音首字母、身份证号）";
pub const PICKER_PROMPT: &str = "输入：";
pub const PICKER_TYPE_TO_SEARCH: &str = "请输入姓名、拼音（如 zs 或 zhangsan）或身份证号中的数字";
pub const PICKER_NO_MATCH: &str = "没有找到。按 Enter 或 F2 新建此人";

// ---- ledger (服务台账) ----------------------------------------------------------------------
pub const LEDGER_TITLE: &str = "服务台账";
pub const LEDGER_NEW: &str = "服务台账：新登记";
pub const LEDGER_EDIT: &str = "服务台账：修改登记";
pub const LEDGER_FILTER_TITLE: &str = "查找台账（Esc 在列表中清除查找）";
pub const LEDGER_COL_TIME: &str = "时间";
pub const LEDGER_COL_CHANNEL: &str = "渠道";
pub const LEDGER_COL_SERVICE: &str = "服务类型";
pub const LEDGER_COL_VISITOR: &str = "来访人";
pub const LEDGER_COL_MATTER: &str = "事项类别";
pub const LEDGER_COL_OUTCOME: &str = "处理结果";
pub const LEDGER_COL_SUMMARY: &str = "事项摘要";
pub const LEDGER_F_TIME: &str = "时间";
pub const LEDGER_F_GROUPS: &str = "特殊群体";
pub const LEDGER_F_REFERRED: &str = "转交去向";
pub const LEDGER_F_FOLLOW_UP: &str = "需回访";
pub const LEDGER_F_SATISFACTION: &str = "满意度";
pub const LEDGER_F_HANDLER: &str = "经办人";
pub const LEDGER_F_FROM: &str = "从";
pub const LEDGER_F_TO: &str = "到";
pub const LEDGER_F_VISITOR_QUERY: &str = "来访人（姓名/拼音/身份证号）";
pub const LEDGER_F_TEXT: &str = "摘要包含";
pub const LEDGER_RANGE_BACKWARDS: &str = "结束日期不能早于开始日期";
pub const LEDGER_OUTCOME_REFERRED_LABEL: &str = "转交";
pub const LEDGER_REFERRED_NOTE: &str = "转交时必填";
pub const LEDGER_FILTERED: &str = "（已筛选，Esc 清除）";
pub const LEDGER_EMPTY_TODAY: &str = "今天还没有登记。按 F2 登记第一位来访人。";
pub const LEDGER_EMPTY_FILTER: &str = "没有符合条件的登记。按 Esc 回到今天。";

pub fn ledger_today(date: &str) -> String {
    format!("今日 {date}")
}

pub fn ledger_range(from: &str, to: &str) -> String {
    format!("{from} 至 {to}")
}

pub fn ledger_header(period: &str, total: i64, by_service: &str, filtered: &str) -> String {
    if total == 0 {
        format!("{period} 共 0 条{filtered}")
    } else {
        format!("{period} 共 {total} 条：{by_service}{filtered}")
    }
}

// ---- disputes (纠纷受理) ---------------------------------------------------------------------
pub const DISPUTE_NEW: &str = "纠纷受理：登记";
pub const DISPUTE_FILTER_TITLE: &str = "查找纠纷（Esc 在列表中清除查找）";
pub const DISPUTE_COL_CASE_NO: &str = "案号";
pub const DISPUTE_COL_REGISTERED_SHORT: &str = "登记";
pub const DISPUTE_COL_KIND: &str = "纠纷类型";
pub const DISPUTE_COL_STATUS: &str = "状态";
pub const DISPUTE_COL_DAYS: &str = "天数";
pub const DISPUTE_COL_FLAG: &str = "期限";
pub const DISPUTE_COL_MEDIATOR: &str = "调解员";
pub const DISPUTE_COL_PARTIES: &str = "当事人";
pub const DISPUTE_NOT_ACCEPTED: &str = "未受理";
pub const DISPUTE_EMPTY: &str = "还没有纠纷登记。按 F2 登记。";
pub const DISPUTE_EMPTY_FILTER: &str = "没有符合条件的纠纷。按 Esc 清除查找。";
pub const DISPUTE_F_REGISTERED: &str = "登记日期";
pub const DISPUTE_F_SOURCE: &str = "案件来源";
pub const DISPUTE_F_REFERRER: &str = "移送单位（委托移送时）";
pub const DISPUTE_F_FOUND_VIA: &str = "发现渠道";
pub const DISPUTE_F_APPLICANT: &str = "申请人";
pub const DISPUTE_F_APPLICANTS: [&str; 8] = [
    "申请人",
    "申请人（二）",
    "申请人（三）",
    "申请人（四）",
    "申请人（五）",
    "申请人（六）",
    "申请人（七）",
    "申请人（八）",
];
pub const DISPUTE_F_RESPONDENT: &str = "被申请人";
pub const DISPUTE_F_RESPONDENTS: [&str; 8] = [
    "被申请人",
    "被申请人（二）",
    "被申请人（三）",
    "被申请人（四）",
    "被申请人（五）",
    "被申请人（六）",
    "被申请人（七）",
    "被申请人（八）",
];
pub const DISPUTE_F_ORG: &str = "被申请单位";
pub const DISPUTE_F_ORG_CODE: &str = "统一社会信用代码";
pub const DISPUTE_ORG_HINT: &str = "信用代码";
pub const DISPUTE_F_FACTS: &str = "纠纷简要情况";
pub const DISPUTE_F_PEOPLE: &str = "涉及人数";
pub const DISPUTE_F_AMOUNT: &str = "涉及金额（元）";
pub const DISPUTE_F_DIFFICULT: &str = "疑难";
pub const DISPUTE_F_RISK: &str = "易激化";
pub const DISPUTE_F_POLICE: &str = "已报告公安机关";
pub const DISPUTE_POLICE_STEP: &str = "记录已报告公安机关";
pub const DISPUTE_F_POLICE_AT: &str = "报告时间";
pub const DISPUTE_RISK_NOTE: &str = "易激化纠纷须及时报告公安机关（人民调解法第二十五条）";
pub const DISPUTE_SAVED_TELL_POLICE: &str = "已保存。易激化纠纷：请报告公安机关，并在案件中记录";
pub const DISPUTE_F_QUERY: &str = "当事人或案号";
pub const DISPUTE_F_OVERDUE: &str = "只看逾期";
pub const DISPUTE_F_ON: &str = "日期";
pub const DISPUTE_F_REASON: &str = "原因";
pub const DISPUTE_F_ADVICE: &str = "引导建议";
pub const DISPUTE_F_PLACE: &str = "地点";
pub const DISPUTE_F_NOTES: &str = "调解情况";
pub const DISPUTE_F_NEW_DUE: &str = "延至";
pub const DISPUTE_F_AGREEMENT: &str = "协议形式";
pub const DISPUTE_F_TERMS: &str = "协议内容";
pub const DISPUTE_F_PERFORM_BY: &str = "履行期限";
pub const DISPUTE_F_AGREED_AMOUNT: &str = "协议金额（元）";
pub const DISPUTE_F_ROUTES: &str = "告知的其他途径";
pub const DISPUTE_F_RESULT: &str = "履行情况";
pub const DISPUTE_F_VISITOR: &str = "回访人";
pub const DISPUTE_F_PERFORMANCE: &str = "协议履行情况";
pub const DISPUTE_F_LATENT_RISK: &str = "矛盾隐患";
pub const DISPUTE_FUTURE_DATE: &str = "日期不能晚于今天";
pub const DISPUTE_ACCEPTED_ON: &str = "受理日期";
pub const DISPUTE_MEDIATION_DUE: &str = "调解期限";
pub const DISPUTE_AGREED_ON: &str = "协议日期";
pub const DISPUTE_FOLLOW_UP_DUE: &str = "回访（履行期限届满后）";
pub const DISPUTE_CONFIRMATION_CLOSES: &str = "司法确认申请截止";
pub const DISPUTE_FLAGS: &str = "提示";
pub const DISPUTE_STEPS: &str = "办理经过：";
pub const DISPUTE_ACT_REGISTER: &str = "登记";
pub const DISPUTE_NO_STEPS: &str = "这件纠纷已办结，没有可做的操作";
pub const DISPUTE_STEP_MENU: &str = "可做的操作";

pub fn dispute_parties(applicants: &str, respondents: &str) -> String {
    format!("{applicants} 诉 {respondents}")
}

pub fn dispute_history(count: i64, last: &str) -> String {
    format!("既往纠纷{count}件，最近：{last}")
}

pub fn dispute_police_told(at: &str) -> String {
    format!("易激化，已于 {at} 报告公安机关")
}

pub fn dispute_case_title(parties: &str) -> String {
    format!("纠纷：{parties}（F4 操作，Esc 返回）")
}

// ---- report: ledger -----------------------------------------------------------------------
pub const REPORT_DAILY_TITLE: &str = "服务台账";
pub const REPORT_MONTHLY_TITLE: &str = "公共法律服务月度统计";
pub const REPORT_SIGNATURES: [&str; 3] = ["经办人", "审核人", "日期"];
pub const REPORT_COL_NO: &str = "序号";
pub const REPORT_COL_SUMMARY: &str = "摘要";
pub const REPORT_DAILY_EMPTY: &str = "本日无登记";
pub const REPORT_MONTHLY_EMPTY: &str = "本月无登记";
pub const REPORT_TOTAL: &str = "合计";
pub const REPORT_BY_SERVICE: &str = "按服务类型";
pub const REPORT_BY_CHANNEL: &str = "按渠道";
pub const REPORT_BY_SATISFACTION: &str = "满意度";
pub const REPORT_BY_MATTER: &str = "按事项类别";
pub const REPORT_BY_GROUP: &str = "按特殊群体";
pub const REPORT_SERVICE_BY_CHANNEL: &str = "服务类型 × 渠道";
pub const REPORT_SATISFACTION_RATE: &str = "满意率（满意+基本满意）";
pub const REPORT_KPI: &str = "服务人次（每十万常住人口）";
pub const REPORT_KPI_SCOPE: &str = "统计口径";
pub const REPORT_POPULATION: &str = "常住人口";
pub const REPORT_KPI_MONTH: &str = "本月人次";
pub const REPORT_KPI_MONTH_RATE: &str = "本月每十万人";
pub const REPORT_KPI_MONTH_TARGET: &str = "本月目标（按比例）";
pub const REPORT_KPI_YTD: &str = "年初至今人次";
pub const REPORT_KPI_YTD_RATE: &str = "年初至今每十万人";
pub const REPORT_KPI_YTD_TARGET: &str = "年初至今目标（按比例）";

pub fn report_summary_referred(summary: &str, to: &str) -> String {
    format!("{summary}（转交：{to}）")
}

pub fn report_saved(path: &str) -> String {
    format!("已生成：{path}")
}

pub fn report_printed(path: &str) -> String {
    format!("已送打印机（文件：{path}）")
}

pub fn report_print_failed(path: &str, why: &str) -> String {
    format!("打印没有成功：{why}。文件已保存：{path}")
}

pub const REPORT_WORKING: &str = "正在生成，请稍候";
pub const REPORT_BAD_MONTH: &str = "月份格式不对，请写成 2026-11";
pub const REPORT_MENU_TITLE: &str = "打印导出";
/// The F9 menu of the ledger; `day` is the day the ledger lines print.
pub fn report_menu(day: &str) -> [String; 7] {
    [
        format!("打印 {day} 台账（PDF）"),
        format!("导出 {day} 台账 Excel（XLSX）"),
        format!("导出 {day} 台账 CSV"),
        format!("导出 {day} 台账 文本（TXT）"),
        "本月统计（PDF）".to_string(),
        "本月统计 Excel（XLSX）".to_string(),
        "本月统计 CSV".to_string(),
    ]
}

pub fn report_unknown_office(code: &str) -> String {
    format!("这个数据库里没有机构代码为 {code} 的司法所")
}

// ---- void --------------------------------------------------------------------------------
pub const VOID_TITLE: &str = "作废（记录不会删除，原因记入审计）";
pub const VOID_REASON: &str = "作废原因";

// ---- report ------------------------------------------------------------------------------
/// Between a label and its value on a printout: 法律咨询：12, 经办人：________.
pub const REPORT_LABEL_SEP: &str = "：";
/// The blank a person signs on.
pub const REPORT_SIGNATURE_BLANK: &str = "________";
/// Font named in XLSX cells (Excel and WPS on Chinese Windows know it by this name).
pub const REPORT_XLSX_FONT: &str = "宋体";
/// XLSX page footer: &P is the page, &N the number of pages.
pub const REPORT_XLSX_FOOTER: &str = "&C第 &P 页 共 &N 页";
pub const REPORT_FONT_NOT_FOUND: &str = "文件不存在";
pub const REPORT_FONT_NOT_A_FONT: &str = "不是可用的字体文件（TTF、OTF 或 TTC）";
pub const REPORT_FONT_NO_CHINESE: &str = "这个字体没有简体中文字形";
pub const REPORT_IO_NO_FOLDER: &str = "文件夹不存在";
pub const REPORT_IO_DENIED: &str =
    "没有写入权限，或文件正被其他程序（如 Excel、WPS、PDF 阅读器）打开，请先关闭它";
pub const REPORT_IO_IS_FOLDER: &str = "这是一个文件夹，请给出文件名";
pub const REPORT_IO_DISK_FULL: &str = "磁盘已满";
pub const REPORT_IO_READ_ONLY: &str = "磁盘或文件夹是只读的";

pub fn report_page_label(page: usize, pages: usize) -> String {
    format!("第 {page} 页 共 {pages} 页")
}

pub fn report_unknown_format(typed: &str) -> String {
    format!("不认识的格式「{typed}」，可选：pdf、xlsx、csv、txt")
}

pub fn report_no_font(tried: &[String]) -> String {
    let mut text = String::from(
        "找不到可用的中文字体，无法生成 PDF。请安装一个简体中文字体（Linux：Noto Sans CJK 或文泉驿；Windows：宋体 SimSun 或微软雅黑），或在 设置 → 显示与打印 → PDF 字体文件 中指定一个字体文件。XLSX、CSV、TXT 格式不需要字体，仍可导出。",
    );
    if !tried.is_empty() {
        let shown: Vec<&str> = tried.iter().take(6).map(String::as_str).collect();
        text.push_str(&format!("（已查找：{}", shown.join("、")));
        if tried.len() > shown.len() {
            text.push_str(&format!(" 等 {} 处", tried.len()));
        }
        text.push('）');
    }
    text
}

pub fn report_font_unusable(path: &str, reason: &str) -> String {
    format!(
        "PDF 字体文件不能用：{path}（{reason}）。请在 设置 → 显示与打印 → PDF 字体文件 中改选一个简体中文字体，或清空该项以自动查找。"
    )
}

pub fn report_io(path: &str, reason: &str) -> String {
    format!("无法写入文件 {path}：{reason}。没有留下不完整的文件。")
}

pub fn report_xlsx_failed(detail: &str) -> String {
    format!("生成 XLSX 文件出错：{detail}")
}

pub fn report_pdf_failed(detail: &str) -> String {
    format!("生成 PDF 文件出错：{detail}")
}

// ---- report: disputes ---------------------------------------------------------------------
pub const DISPUTE_OUTCOME_SUCCESS: &str = "调解成功";
pub const DISPUTE_OUTCOME_UNSUCCESSFUL: &str = "调解不成功";
pub const DISPUTE_OUTCOME_REJECTED: &str = "不予受理";
pub const DISPUTE_OUTCOME_ONGOING: &str = "调解中";
pub const DREPORT_FORM_TITLE: &str = "人民调解受理登记表";
pub const DREPORT_REGISTER_TITLE: &str = "人民调解案件登记簿";
pub const DREPORT_MONTHLY_TITLE: &str = "人民调解月度统计";
pub const DREPORT_FORM_SIGNATURES: [&str; 3] = ["申请人", "调解员", "日期"];
pub const DREPORT_CASE: &str = "案件情况";
pub const DREPORT_PARTIES: &str = "当事人";
pub const DREPORT_COL_SIDE: &str = "身份";
pub const DREPORT_COL_NAME: &str = "姓名或名称";
pub const DREPORT_COL_ID: &str = "身份证号或统一社会信用代码";
pub const DREPORT_COL_DATE: &str = "日期";
pub const DREPORT_COL_STEP: &str = "事项";
pub const DREPORT_COL_NOTES: &str = "情况";
pub const DREPORT_NO_STEPS: &str = "尚无办理记录";
pub const DREPORT_YES: &str = "是";
pub const DREPORT_NO: &str = "否";
pub const DREPORT_NONE: &str = "—";
pub const DREPORT_REGISTER_EMPTY: &str = "本期无纠纷登记";
pub const DREPORT_MONTHLY_EMPTY: &str = "本月无纠纷登记";
pub const DREPORT_BY_STATUS: &str = "按状态";
pub const DREPORT_KIND_BY_OUTCOME: &str = "纠纷类型 × 调解结果";
pub const DREPORT_BY_SOURCE: &str = "按案件来源";
pub const DREPORT_SUCCESS: &str = "调解成功率";
pub const DREPORT_SUCCESS_RATE: &str = "成功率（调解成功 ÷（调解成功＋调解不成功））";
pub const DREPORT_PREVENTION: &str = "防激化";
pub const DREPORT_RISK: &str = "易激化纠纷";
pub const DREPORT_RISK_TOLD: &str = "其中已报告公安机关";
pub const DREPORT_DIFFICULT: &str = "疑难纠纷";
pub const DREPORT_MENU_TITLE: &str = "纠纷打印导出";
pub const DREPORT_MENU: [&str; 7] = [
    "选中案件的受理登记表（PDF）",
    "本月登记簿（PDF）",
    "本月登记簿 Excel（XLSX）",
    "本月登记簿 CSV",
    "本月统计（PDF）",
    "本月统计 Excel（XLSX）",
    "本月统计 CSV",
];
pub const DREPORT_NEED_CASE: &str = "请用 --case-no 或 --id 指明案件";

pub fn dreport_period(from: &str, to: &str) -> String {
    format!("{from}至{to}")
}

pub fn dreport_unknown_case(which: &str) -> String {
    format!("没有找到案件：{which}")
}

pub fn dreport_referred_by(source: &str, referrer: &str) -> String {
    format!("{source}（{referrer}）")
}

pub fn dreport_party(name: &str, id: &str) -> String {
    format!("{name}（{id}）")
}
