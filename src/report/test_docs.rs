//! Documents and the font fixture shared by the report tests.

use std::path::PathBuf;

use super::{Col, ColKind, Document, Section};

/// The font fixture: a subset of Noto Sans CJK SC (GB2312 level 1 and the characters used in
/// tests), so that tests need no system font.
pub(crate) fn fixture_font() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/font/NotoSansCJKsc-subset.otf")
}

pub(crate) const NAMES: [&str; 6] = ["张三", "李秀英", "王建国", "刘芳", "陈志强", "杨丽"];

pub(crate) const SUMMARIES: [&str; 4] = [
    "咨询劳动合同解除后经济补偿金的计算方式，用人单位未提前三十日书面通知，要求支付代通知金，已当场解答并告知可申请劳动仲裁。",
    "邻里之间因排水沟堵塞发生纠纷，双方多次争吵，来访人要求司法所出面调解，已登记并约定下周二到村委会调解。",
    "老人询问子女不履行赡养义务怎么办，已解释民法典相关规定，引导其先由村调委会调解，必要时申请法律援助起诉。",
    "农民工反映工地拖欠工资三个月共计一万二千元，已帮助填写法律援助申请表，转交县法律援助中心办理。",
];

pub(crate) fn ledger_columns() -> Vec<Col> {
    let c = |t: &str, w, k| Col::new(t, w, k);
    vec![
        c("序号", 4, ColKind::Number),
        c("时间", 6, ColKind::Text),
        c("渠道", 4, ColKind::Text),
        c("服务类型", 8, ColKind::Text),
        c("来访人", 6, ColKind::Text),
        c("身份证号", 18, ColKind::Id),
        c("电话", 11, ColKind::Id),
        c("事项类别", 8, ColKind::Text),
        c("摘要", 30, ColKind::Text),
        c("处理结果", 8, ColKind::Text),
        c("满意度", 6, ColKind::Text),
        c("经办人", 6, ColKind::Text),
    ]
}

pub(crate) fn ledger_row(i: usize) -> Vec<String> {
    let s = |x: &str| x.to_string();
    vec![
        (i + 1).to_string(),
        format!("{:02}:{:02}", 8 + i / 60 % 10, i % 60),
        s(["窗口", "电话", "上门"][i % 3]),
        s(["法律咨询", "法律援助", "人民调解", "代写法律文书"][i % 4]),
        s(NAMES[i % NAMES.len()]),
        s("3607**********1234"),
        s("138****5678"),
        s(["劳动", "邻里", "赡养抚养", "拖欠农民工工资"][i % 4]),
        s(SUMMARIES[i % SUMMARIES.len()]),
        s(["当场解答", "约期答复", "引导", "转交"][i % 4]),
        s("满意"),
        s("赵敏"),
    ]
}

/// A daily ledger with `n` entries, totals and signature lines, A4 landscape.
pub(crate) fn ledger(n: usize) -> Document {
    let totals = |caption: &str, items: &[(&str, usize)]| Section::Pairs {
        caption: caption.to_string(),
        items: items
            .iter()
            .map(|(l, v)| (l.to_string(), v.to_string()))
            .collect(),
    };
    Document {
        title: "服务台账".into(),
        office: "青山镇司法所".into(),
        period: "2026年11月29日".into(),
        landscape: true,
        sections: vec![
            Section::Table {
                caption: String::new(),
                columns: ledger_columns(),
                rows: (0..n).map(ledger_row).collect(),
                empty: "本日无登记".into(),
            },
            totals(
                "按服务类型",
                &[
                    ("法律咨询", n.div_ceil(4)),
                    ("法律援助", n / 4),
                    ("人民调解", n / 4),
                ],
            ),
            totals(
                "按渠道",
                &[("窗口", n.div_ceil(3)), ("电话", n / 3), ("上门", n / 3)],
            ),
            totals("满意度", &[("满意", n), ("基本满意", 0), ("不满意", 0)]),
        ],
        signatures: vec!["经办人".into(), "审核人".into(), "日期".into()],
    }
}
