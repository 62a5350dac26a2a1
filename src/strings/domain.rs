//! Messages of the pure rules: ID numbers, phones, dates, money, persons, the office.

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
pub const MONTH_FORMAT: &str = "月份格式不对，请写成 2026-11 或 202611";
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
pub const BIRTH_DATE_TOO_EARLY: &str = "出生日期不能早于 1900-01-01，请核对年份";

pub fn gender_conflicts_with_id(id_gender: &str) -> String {
    format!("与身份证号不符（身份证号显示为{id_gender}）")
}

pub fn birth_date_conflicts_with_id(id_birth_date: &str) -> String {
    format!("与身份证号不符（身份证号显示为{id_birth_date}）")
}

// ---- domain: office ----------------------------------------------------------------------
pub const ERR_OFFICE_CODE: &str = "机构代码只能由字母和数字组成，最多20位";
pub const ERR_NEW_OFFICE_CODE: &str =
    "机构代码应为乡镇（街道）的9位行政区划代码（或12位统计用区划代码），如 360726101";

pub fn time_impossible(typed: &str) -> String {
    format!("时间不存在：{typed}（小时为 0–23，分钟为 00–59）")
}
