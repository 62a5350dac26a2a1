use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

/// Valid ID: female, born 1949-12-31.
const ID: &str = "11010519491231002X";

fn input(name: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        ..PersonInput::default()
    }
}

fn fields(errors: &FieldErrors) -> Vec<&'static str> {
    errors.iter().map(|e| e.field).collect()
}

#[test]
fn minimal_person() {
    let p = validate_person(&input(" 张 "), today()).unwrap();
    assert_eq!(p.name, "张");
    assert_eq!(p.id_number, None);
    assert_eq!(p.gender, None);
    assert_eq!(p.birth_date, None);
    assert_eq!(p.phone, None);
}

#[test]
fn full_person_derives_from_id() {
    let p = validate_person(
        &PersonInput {
            name: "买买提•艾力".into(),
            id_number: "11010519491231002x".into(),
            gender: "女".into(),
            birth_date: "1949年12月31日".into(),
            ethnicity: " 维吾尔族 ".into(),
            phone: "138 0013 8000".into(),
            address: "江西省赣州市".into(),
        },
        today(),
    )
    .unwrap();
    assert_eq!(p.name, "买买提·艾力");
    assert_eq!(p.id_number.unwrap().as_str(), ID);
    assert_eq!(p.gender, Some(Gender::Female));
    assert_eq!(p.birth_date, NaiveDate::from_ymd_opt(1949, 12, 31));
    assert_eq!(p.ethnicity, "维吾尔族");
    assert_eq!(p.phone.as_deref(), Some("13800138000"));
}

#[test]
fn id_fills_gender_and_birth_date() {
    let mut i = input("李四");
    i.id_number = ID.into();
    let p = validate_person(&i, today()).unwrap();
    assert_eq!(p.gender, Some(Gender::Female));
    assert_eq!(p.birth_date, NaiveDate::from_ymd_opt(1949, 12, 31));
}

#[test]
fn typed_values_used_without_id() {
    let mut i = input("李四");
    i.gender = "男".into();
    i.birth_date = "1980-2-3".into();
    let p = validate_person(&i, today()).unwrap();
    assert_eq!(p.gender, Some(Gender::Male));
    assert_eq!(p.birth_date, NaiveDate::from_ymd_opt(1980, 2, 3));
}

#[test]
fn conflicts_with_id_are_errors() {
    let mut i = input("李四");
    i.id_number = ID.into();
    i.gender = "男".into();
    i.birth_date = "1950-01-01".into();
    let errors = validate_person(&i, today()).unwrap_err();
    assert_eq!(fields(&errors), ["gender", "birth_date"]);
    assert!(errors[0].message.starts_with("与身份证号不符"));
    assert!(errors[1].message.starts_with("与身份证号不符"));
    assert!(errors[1].message.contains("1949-12-31"));
}

#[test]
fn collects_all_errors() {
    let i = PersonInput {
        name: "  ".into(),
        id_number: "12345".into(),
        gender: "未知".into(),
        birth_date: "2026-02-30".into(),
        ethnicity: String::new(),
        phone: "123".into(),
        address: "址".repeat(101),
    };
    let errors = validate_person(&i, today()).unwrap_err();
    assert_eq!(
        fields(&errors),
        [
            "name",
            "id_number",
            "gender",
            "birth_date",
            "phone",
            "address"
        ]
    );
    assert_eq!(errors[0].message, "必填");
    assert_eq!(errors[1].message, "身份证号应为18位，现为5位");
    assert_eq!(errors[3].message, "日期不存在：2026-02-30");
    assert_eq!(errors[5].message, "不能超过100个字，现有101个字");
}

#[test]
fn name_length_limits() {
    assert!(validate_person(&input(&"张".repeat(20)), today()).is_ok());
    let errors = validate_person(&input(&"张".repeat(21)), today()).unwrap_err();
    assert_eq!(fields(&errors), ["name"]);
    assert!(validate_person(&input("欧阳娜娜"), today()).is_ok());
}

#[test]
fn future_birth_date_is_error() {
    let mut i = input("王五");
    i.birth_date = "2026-01-06".into();
    let errors = validate_person(&i, today()).unwrap_err();
    assert_eq!(fields(&errors), ["birth_date"]);
}

#[test]
fn a_birth_date_before_1900_is_refused() {
    let mut i = input("张三");
    i.birth_date = "1899-12-31".into();
    let errors = validate_person(&i, today()).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.field == "birth_date" && e.message.contains("1900"))
    );
    i.birth_date = "1900-01-01".into();
    assert!(validate_person(&i, today()).is_ok());
}
