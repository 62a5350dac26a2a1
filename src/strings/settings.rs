//! 设置: the office's settings screens.

// ---- settings ----------------------------------------------------------------------------
pub const SETTINGS_TITLE: &str = "设置";
pub const SETTINGS_SECTIONS: [&str; 10] = [
    "司法所信息",
    "村（社区）",
    "操作员",
    "代码表",
    "人员库",
    "显示与打印",
    "服务台账",
    "纠纷受理",
    "社区矫正：期限、预警与考核",
    "社区矫正：各管理等级的要求",
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
pub const SET_CORR_EXCLUDE: &str = "报到期限不算起始日";
pub const SET_CORR_WEEKEND: &str = "期限末日逢休息日顺延";
pub const SET_CORR_HOLIDAYS: &str = "法定节假日（日期，空格分隔）";
pub const SET_CORR_WORKDAYS: &str = "调休上班的周末";
pub const SET_CORR_ASSESS: &str = "考核方式";
pub const SET_CORR_REPORT_DAYS: &str = "报到期限（天）";
pub const SET_CORR_PASS_SCORE: &str = "考核合格分";
pub const SET_CORR_END_WARN: &str = "期满前几天提示小结鉴定";
pub const SET_CORR_RELEASE_WARN: &str = "期满前几天提示解矫宣告";
pub const SET_CORR_TAG_WARN: &str = "电子定位到期前几天提示";
pub const SET_CORR_TAG_MONTHS: &str = "电子定位每次最长（月）";
pub const SET_CORR_RECHECK: &str = "保外就医复查间隔（月）";
pub const SET_CORR_SESSION: &str = "集中教育每次学时";
pub const SET_CORR_DUTY: &str = "要求";
pub const SET_CORR_TIMES: &str = "次数";
pub const SET_CORR_HOURS: &str = "小时";
pub const SET_CORR_PER: &str = "周期";
pub const SET_CORR_BY_LEVEL: &str = "按管理等级筛选";
pub const SET_CORR_USE_HOURS: &str = "这一项按小时计，请填在“小时”一栏";
pub const SET_CORR_USE_TIMES: &str = "这一项按次数计，请填在“次数”一栏";
pub fn set_corr_over(max: u32) -> String {
    format!("不能超过{max}")
}
pub const SET_CODE_OPEN: &str = "查看/改名";
pub const SET_CODE_TOGGLE: &str = "停用/恢复";
pub const SET_CODE_SEEDED_FIXED: &str = "全国（统一条目，不能改名，可停用）";
pub const SETUP_QUIT_CONFIRM: &str = "还没有设置司法所，退出程序吗？下次打开时仍会先请您设置。";
