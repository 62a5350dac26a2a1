use super::*;

fn keys(name: &str) -> (String, String) {
    let k = name_keys(name);
    (k.full, k.initials)
}

fn pair(full: &str, initials: &str) -> (String, String) {
    (full.to_string(), initials.to_string())
}

#[test]
fn ordinary_names() {
    assert_eq!(keys("张三"), pair("zhangsan", "zs"));
    assert_eq!(keys(" 李四 "), pair("lisi", "ls"));
    assert_eq!(keys("王"), pair("wang", "w"));
    assert_eq!(keys("爱新觉罗"), pair("aixinjueluo", "axjl"));
    assert_eq!(keys(""), pair("", ""));
}

#[test]
fn special_single_surnames() {
    assert_eq!(keys("单雄信"), pair("shanxiongxin", "sxx"));
    assert_eq!(keys("曾国藩"), pair("zengguofan", "zgf"));
    assert_eq!(keys("解缙"), pair("xiejin", "xj"));
    assert_eq!(keys("仇英"), pair("qiuying", "qy"));
    assert_eq!(keys("区"), pair("ou", "o"));
    assert_eq!(keys("查良镛"), pair("zhaliangyong", "zly"));
    assert_eq!(keys("朴树"), pair("piaoshu", "ps"));
    assert_eq!(keys("覃"), pair("qin", "q"));
    assert_eq!(keys("乐嘉"), pair("yuejia", "yj"));
    assert_eq!(keys("翟"), pair("zhai", "z"));
    assert_eq!(keys("繁漪"), pair("poyi", "py"));
}

#[test]
fn surname_table_only_applies_to_first_character() {
    // 单 in a given name reads "dan" (the crate's first reading).
    assert_eq!(keys("王单"), pair("wangdan", "wd"));
}

#[test]
fn compound_surnames() {
    assert_eq!(keys("尉迟恭"), pair("yuchigong", "ycg"));
    assert_eq!(keys("欧阳修"), pair("ouyangxiu", "oyx"));
    assert_eq!(keys("万俟卨"), pair("moqixie", "mqx"));
    assert_eq!(keys("长孙无忌"), pair("zhangsunwuji", "zswj"));
    assert_eq!(keys("诸葛亮"), pair("zhugeliang", "zgl"));
    assert_eq!(keys("司马相如"), pair("simaxiangru", "smxr"));
}

#[test]
fn non_han_characters() {
    assert_eq!(keys("买买提·艾力"), pair("maimaitiaili", "mmtal"));
    assert_eq!(keys("Anna张"), pair("annazhang", "az"));
    assert_eq!(keys("吕2号"), pair("lvhao", "lh"));
    assert_eq!(keys("Tom Li"), pair("tomli", "tl"));
    assert_eq!(keys("女"), pair("nv", "n"));
}

#[test]
fn keys_are_ascii_lowercase() {
    for name in ["吕布", "欸乃", "嗯", "呣", "绿", "张Ａ三", "🙂李"] {
        let k = name_keys(name);
        assert!(
            k.full.bytes().all(|b| b.is_ascii_lowercase()),
            "{name}: {}",
            k.full
        );
        assert!(k.initials.bytes().all(|b| b.is_ascii_lowercase()), "{name}");
    }
}

#[test]
fn classifies_queries() {
    assert_eq!(classify_query("   "), Query::Empty);
    assert_eq!(classify_query(" 1380 "), Query::Digits("1380".into()));
    assert_eq!(
        classify_query("11010519491231002x"),
        Query::Digits("11010519491231002X".into())
    );
    assert_eq!(classify_query("１２３"), Query::Digits("123".into()));
    assert_eq!(
        classify_query("ZhangSan"),
        Query::Letters("zhangsan".into())
    );
    assert_eq!(
        classify_query("zhang san"),
        Query::Letters("zhangsan".into())
    );
    assert_eq!(classify_query("x"), Query::Letters("x".into()));
    assert_eq!(classify_query("12xx"), Query::Text("12xx".into()));
    assert_eq!(classify_query("x12"), Query::Text("x12".into()));
    assert_eq!(classify_query(" 张三 "), Query::Text("张三".into()));
    assert_eq!(classify_query("zs1"), Query::Text("zs1".into()));
}

#[test]
fn surname_then_initials_splits_the_letters() {
    use super::surname_then_initials;
    let splits = surname_then_initials("zengsl");
    assert!(splits.contains(&("zeng".to_string(), "sl".to_string())));
    assert!(
        splits
            .iter()
            .all(|(s, rest)| s.len() >= 2 && (1..=3).contains(&rest.len()))
    );
    assert!(surname_then_initials("zs").is_empty());
    assert!(surname_then_initials("ZS1").is_empty());
}
