//! 人员库: the shared person registry and the picker.

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
pub const PERSONS_OPEN: &str = "修改";
pub const PERSONS_NEW: &str = "新增人员";
pub const PICKER_SAME_NAME_TITLE: &str =
    "已有同名人员：Enter 选定其中一位 · F2 新建人员 · Esc 只记姓名";
pub fn person_record_title(name: &str) -> String {
    format!("人员：{name}")
}
pub const PERSON_SEC_DISPUTES: &str = "纠纷";
pub const PERSON_SEC_VISITS: &str = "服务台账";
pub const PERSON_COL_SIDE: &str = "身份";
pub const PERSON_ACTIONS: &str = "办理";
pub const PERSON_EDIT_ACTION: &str = "修改人员信息";
