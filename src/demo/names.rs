//! Synthetic-data tables for the demo: surnames, given names, place names, region codes.
//!
//! These are data, not interface text. The county is Anyuan (安远县) in Ganzhou, Jiangxi: its
//! eighteen real townships come first, seven invented ones fill the county demo up to 25.

use super::rng::Rng;

/// The county every demo office belongs to.
pub const COUNTY: &str = "安远县";
/// Office code of the first township; the others follow (360726101 ..= 360726125).
pub const FIRST_OFFICE_CODE: u64 = 360_726_101;
/// The suffix of an office's name after its township.
pub const OFFICE_SUFFIX: &str = "司法所";
/// Landline numbers of the county: area code and the first digits of the local number.
pub const LANDLINE_PREFIX: &str = "0797-37";

/// Townships in office order; the first one is the file's own office.
pub const TOWNS: [&str; 25] = [
    "版石镇",
    "欣山镇",
    "孔田镇",
    "天心镇",
    "龙布镇",
    "鹤子镇",
    "三百山镇",
    "车头镇",
    "镇岗乡",
    "凤山乡",
    "新龙乡",
    "蔡坊乡",
    "重石乡",
    "长沙乡",
    "浮槎乡",
    "双芫乡",
    "塘村乡",
    "高云山乡",
    "石门镇",
    "龙岗乡",
    "桃源乡",
    "清溪镇",
    "梅林乡",
    "水口镇",
    "黄坑乡",
];

/// Surnames with weights (roughly per 10,000, leaning to the Hakka south of Jiangxi).
const SURNAMES: &[(&str, u32)] = &[
    ("刘", 700),
    ("陈", 650),
    ("李", 550),
    ("王", 500),
    ("张", 450),
    ("黄", 400),
    ("赖", 350),
    ("谢", 300),
    ("钟", 300),
    ("杨", 250),
    ("罗", 250),
    ("曾", 250),
    ("吴", 220),
    ("周", 200),
    ("林", 200),
    ("廖", 200),
    ("胡", 180),
    ("徐", 150),
    ("朱", 150),
    ("何", 150),
    ("邓", 150),
    ("肖", 150),
    ("温", 150),
    ("赵", 120),
    ("郭", 120),
    ("郑", 120),
    ("唐", 120),
    ("彭", 120),
    ("叶", 120),
    ("邱", 120),
    ("高", 100),
    ("梁", 100),
    ("余", 100),
    ("孙", 90),
    ("许", 80),
    ("袁", 80),
    ("蔡", 80),
    ("邹", 80),
    ("马", 60),
    ("宋", 60),
    ("冯", 60),
    ("曹", 60),
    ("潘", 60),
    ("程", 60),
    ("魏", 60),
    ("卢", 60),
    ("熊", 60),
    ("江", 60),
    ("欧阳", 60),
    ("田", 50),
    ("董", 50),
    ("蒋", 50),
    ("苏", 50),
    ("丁", 50),
    ("姚", 50),
    ("谭", 50),
    ("汪", 50),
    ("石", 50),
    ("付", 50),
    ("方", 50),
    ("雷", 50),
    ("韩", 40),
    ("杜", 40),
    ("吕", 40),
    ("任", 40),
    ("范", 40),
    ("夏", 40),
    ("龙", 40),
    ("黎", 40),
    ("沈", 30),
    ("姜", 30),
    ("陆", 30),
    ("金", 30),
    ("贺", 30),
    ("龚", 30),
    ("贾", 20),
    ("单", 3),
    ("解", 3),
    ("仇", 3),
    ("查", 3),
    ("覃", 3),
    ("区", 2),
    ("朴", 2),
    ("司马", 2),
    ("尉迟", 1),
];

/// Surnames with a special reading, and compound ones: each office has at least one of each.
pub const SHOWCASE_SURNAMES: [&str; 11] = [
    "单", "曾", "解", "仇", "区", "查", "朴", "覃", "尉迟", "欧阳", "司马",
];

/// The Korean surname: its bearers are mostly of the Korean ethnicity (code 10).
pub const KOREAN_SURNAME: &str = "朴";

/// Whole given names by sex and generation: born before 1975, 1975-1994, from 1995.
const GIVEN_MALE_OLD: &[&str] = &[
    "建国", "国强", "建华", "志强", "国华", "建军", "卫东", "德明", "光明", "志明", "文华", "春生",
    "水生", "冬生", "福生", "金生", "长生", "永福", "国平", "新民", "学军", "振华", "德胜", "树林",
    "金华", "有才", "保平", "根生", "远明", "家明", "兴旺", "发生", "木生", "运发", "顺发", "桂生",
];
const GIVEN_MALE_MIDDLE: &[&str] = &[
    "志伟", "文杰", "明辉", "海波", "建宇", "文涛", "小龙", "俊峰", "伟东", "宏伟", "晓东", "鹏飞",
    "志鹏", "海军", "剑锋", "建平", "永红", "春华", "小平", "国良",
];
const GIVEN_MALE_YOUNG: &[&str] = &[
    "俊杰", "子轩", "浩然", "宇轩", "晨阳", "嘉豪", "思远", "梓豪", "家乐", "一鸣", "天佑", "博文",
    "雨泽", "锦程", "皓轩", "振宇", "泽宇", "家豪", "子豪", "浩宇", "俊熙", "宇航",
];
const GIVEN_FEMALE_OLD: &[&str] = &[
    "秀英", "桂英", "玉兰", "秀兰", "淑珍", "凤英", "桂兰", "金莲", "春梅", "冬梅", "红梅", "玉梅",
    "秀珍", "兰英", "美兰", "菊英", "桂花", "荷花", "秀梅", "玉英", "月英", "招娣", "满秀", "水莲",
];
const GIVEN_FEMALE_MIDDLE: &[&str] = &[
    "丽华", "晓燕", "海燕", "慧敏", "晓丽", "春燕", "丽萍", "小红", "艳芳", "美玲", "文静", "雅婷",
    "丽娟", "晓琳", "红霞", "小燕", "秀丽", "海霞",
];
const GIVEN_FEMALE_YOUNG: &[&str] = &[
    "欣怡", "子涵", "梓涵", "雨桐", "诗琪", "思琪", "佳怡", "雨欣", "婷婷", "梦瑶", "可欣", "紫涵",
    "思雨", "欣妍", "语嫣", "雨萱", "诗涵", "梓萱", "佳琪", "一诺",
];
/// Characters that form given names: first and second positions, and one-character names.
const MALE_FIRST: &[&str] = &[
    "志", "建", "国", "文", "明", "华", "伟", "俊", "家", "德", "永", "海", "春", "金", "光", "正",
    "宏", "新", "立", "子", "宇", "浩", "嘉", "思", "天", "晓", "振", "兴", "学", "福",
];
const MALE_SECOND: &[&str] = &[
    "荣", "成", "军", "平", "强", "辉", "林", "斌", "峰", "涛", "杰", "鹏", "龙", "生", "发", "东",
    "明", "华", "勇", "波", "文", "亮", "刚", "彬", "锋", "轩", "豪", "宇", "根", "胜",
];
const MALE_SINGLE: &[&str] = &[
    "伟", "军", "强", "平", "勇", "明", "华", "磊", "杰", "涛", "鹏", "超", "斌", "浩", "宇", "俊",
    "睿", "鑫", "峰", "东",
];
const FEMALE_FIRST: &[&str] = &[
    "秀", "玉", "桂", "春", "美", "丽", "晓", "雪", "海", "红", "金", "月", "慧", "静", "佳", "雨",
    "思", "欣", "梦", "诗", "小", "翠", "素", "彩", "冬",
];
const FEMALE_SECOND: &[&str] = &[
    "婷", "燕", "芳", "兰", "英", "梅", "霞", "琴", "萍", "莉", "娟", "敏", "丹", "颖", "琳", "怡",
    "涵", "琪", "洁", "珍", "凤", "莲", "花", "华", "云",
];
const FEMALE_SINGLE: &[&str] = &[
    "丽", "娟", "敏", "静", "婷", "燕", "丹", "雪", "芳", "红", "霞", "颖", "倩", "洁", "慧", "琳",
    "英", "兰", "梅", "萍",
];

/// Village names: a first and a second syllable (Hakka place words), or a whole name.
const VILLAGE_FIRST: &[&str] = &[
    "石", "龙", "东", "西", "南", "北", "上", "下", "大", "小", "新", "高", "黄", "樟", "杨", "梅",
    "竹", "马", "凤", "塘", "长", "古", "金", "桃", "柏", "茶", "枫", "鹤", "莲", "清", "太", "中",
    "洋", "岭", "坪", "水", "车", "潭", "罗", "白",
];
const VILLAGE_SECOND: &[&str] = &[
    "桥", "泉", "坪", "田", "岭", "坝", "湖", "背", "口", "圩", "山", "岗", "坑", "塘", "江", "陂",
    "溪", "源", "排", "坳", "围", "迳", "寨", "洲", "湾", "垅",
];
const VILLAGE_WHOLE: &[&str] = &[
    "东风", "红星", "光明", "胜利", "团结", "和平", "太平", "永和", "中和", "仁和", "新民", "联合",
    "建新", "前进", "丰收", "长富", "三联", "五一", "新屋", "老屋",
];
const COMMUNITIES: &[&str] = &[
    "东风", "新华", "解放", "建设", "城南", "城北", "长安", "人民", "滨江", "育才", "濂江", "福鳌",
];
const ROADS: &[&str] = &[
    "解放路",
    "建设路",
    "人民路",
    "新华路",
    "中山路",
    "和平路",
    "濂江路",
    "龙泉路",
    "滨江大道",
    "迎宾大道",
];
pub const VILLAGE: &str = "村";
pub const COMMUNITY: &str = "社区";
pub const GROUP: &str = "组";
pub const HOUSE_NO: &str = "号";

/// Mobile prefixes of the three carriers (all 1[3-9]x).
const MOBILE_PREFIXES: &[&str] = &[
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183",
    "186", "187", "188", "189", "191", "193", "198", "199",
];

/// The county's own region code today, its code before Ganzhou became a city in 1999 (still
/// carried by older residents), and neighbouring counties and districts.
const REGION_OWN: &str = "360726";
const REGION_OLD: &str = "362127";
const REGION_NEIGHBOURS: &[&str] = &[
    "360731", // Yudu
    "360733", // Huichang
    "360734", // Xunwu
    "360722", // Xinfeng
    "360728", // Dingnan
    "360704", // Ganxian district
    "360702", // Zhanggong district
];

pub fn surname(rng: &mut Rng) -> &'static str {
    rng.weighted(SURNAMES).unwrap_or("王")
}

/// A given name of one or two characters; compound surnames always take two.
pub fn given_name(rng: &mut Rng, male: bool, born: i32, compound: bool) -> String {
    // One-character names were most common among those born 1960-1990.
    let single_per_mille = if (1960..1990).contains(&born) {
        220
    } else {
        90
    };
    if !compound && rng.chance(single_per_mille) {
        return rng
            .pick(if male { MALE_SINGLE } else { FEMALE_SINGLE })
            .to_string();
    }
    if rng.chance(450) {
        let whole = match (male, born) {
            (true, ..1975) => GIVEN_MALE_OLD,
            (true, 1975..1995) => GIVEN_MALE_MIDDLE,
            (true, _) => GIVEN_MALE_YOUNG,
            (false, ..1975) => GIVEN_FEMALE_OLD,
            (false, 1975..1995) => GIVEN_FEMALE_MIDDLE,
            (false, _) => GIVEN_FEMALE_YOUNG,
        };
        return rng.pick(whole).to_string();
    }
    let (first, second) = if male {
        (MALE_FIRST, MALE_SECOND)
    } else {
        (FEMALE_FIRST, FEMALE_SECOND)
    };
    let a = rng.pick(first);
    let mut b = rng.pick(second);
    if a == b {
        b = rng.pick(second);
    }
    format!("{a}{b}")
}

/// A community name such as 东风 (without 社区).
pub fn community_name(rng: &mut Rng) -> &'static str {
    rng.pick(COMMUNITIES)
}

/// A village name such as 石桥 (without 村).
pub fn village_name(rng: &mut Rng) -> String {
    if rng.chance(200) {
        rng.pick(VILLAGE_WHOLE).to_string()
    } else {
        let a = rng.pick(VILLAGE_FIRST);
        let b = rng.pick(VILLAGE_SECOND);
        format!("{a}{b}")
    }
}

pub fn road(rng: &mut Rng) -> &'static str {
    rng.pick(ROADS)
}

pub fn mobile(rng: &mut Rng) -> String {
    let prefix = rng.pick(MOBILE_PREFIXES);
    format!("{prefix}{:08}", rng.below(100_000_000))
}

pub fn landline(rng: &mut Rng) -> String {
    format!("{LANDLINE_PREFIX}{:05}", rng.below(100_000))
}

/// The six-digit region code of a resident born in `born`.
pub fn region_code(rng: &mut Rng, born: i32) -> &'static str {
    let roll = rng.below(1000);
    match (born < 1983, roll) {
        (true, 0..600) => REGION_OLD,
        (true, 600..850) | (false, 0..850) => REGION_OWN,
        _ => rng.pick(REGION_NEIGHBOURS),
    }
}
