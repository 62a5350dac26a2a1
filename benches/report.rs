//! Daily ledger printout: a 500-entry A4 landscape ledger rendered to PDF.
//!
//!     cargo bench --bench report [-- --font FILE] [--out DIR] [--rows N]
//!
//! Renders the PDF 20 times and prints the median and worst time. Without --font the font is
//! found as the program finds it (settings aside); with --out the PDF, XLSX, CSV and TXT are
//! also written to DIR for a look. Peak memory: run the bench binary that cargo names in its
//! "Running" line under `/usr/bin/time -v`, e.g.
//!
//!     /usr/bin/time -v target/release/deps/report-<hash> 2>&1 | grep -E 'median|Maximum resident'

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sifa_desk::report::{self, Col, ColKind, Document, Format, Section};

const RUNS: usize = 20;

const SUMMARIES: [&str; 8] = [
    "咨询劳动合同解除后经济补偿金的计算方式，用人单位未提前三十日书面通知，要求支付代通知金，已当场解答并告知可申请劳动仲裁。",
    "邻里之间因排水沟堵塞发生纠纷，双方多次争吵，来访人要求司法所出面调解，已登记并约定下周二到村委会调解。",
    "老人询问子女不履行赡养义务怎么办，已解释民法典相关规定，引导其先由村调委会调解，必要时申请法律援助起诉。",
    "农民工反映工地拖欠工资三个月共计一万二千元，已帮助填写法律援助申请表，转交县法律援助中心办理。",
    "咨询离婚时夫妻共同财产如何分割、孩子抚养权归属，已讲解相关法律规定。",
    "询问交通事故责任认定后对方拒不赔偿医疗费的处理办法，建议先行协商，协商不成可向法院起诉，并告知诉讼时效。",
    "宅基地界址争议，两户均称对方越界建房，已约期到现场查看并通知村调委会参加。",
    "请求代写借款纠纷起诉状，借款五万元到期未还，已代写并告知立案所需材料。",
];

const NAMES: [&str; 10] = [
    "张三",
    "李秀英",
    "王建国",
    "刘芳",
    "陈志强",
    "杨丽",
    "黄海涛",
    "赵敏",
    "周小燕",
    "吴国华",
];

fn ledger(n: usize) -> Document {
    let col = |t: &str, w, k| Col::new(t, w, k);
    let columns = vec![
        col("序号", 4, ColKind::Number),
        col("时间", 6, ColKind::Text),
        col("渠道", 4, ColKind::Text),
        col("服务类型", 8, ColKind::Text),
        col("来访人", 6, ColKind::Text),
        col("身份证号", 18, ColKind::Id),
        col("电话", 11, ColKind::Id),
        col("事项类别", 8, ColKind::Text),
        col("摘要", 30, ColKind::Text),
        col("处理结果", 8, ColKind::Text),
        col("满意度", 6, ColKind::Text),
        col("经办人", 6, ColKind::Text),
    ];
    let services = ["法律咨询", "法律援助", "人民调解", "代写法律文书", "普法"];
    let channels = ["窗口", "电话", "网络", "上门", "流动"];
    let rows = (0..n)
        .map(|i| {
            vec![
                (i + 1).to_string(),
                format!("{:02}:{:02}", 8 + i / 60 % 10, i % 60),
                channels[i % channels.len()].to_string(),
                services[i % services.len()].to_string(),
                NAMES[i * 7 % NAMES.len()].to_string(),
                format!("3607**********{:04}", 1000 + i),
                format!("13{}****{:04}", i % 10, 5678 + i % 1000),
                ["劳动", "婚姻家庭", "债权债务", "交通事故", "土地"][i % 5].to_string(),
                SUMMARIES[i % SUMMARIES.len()].to_string(),
                ["当场解答", "转交", "引导", "约期答复"][i % 4].to_string(),
                ["满意", "基本满意", "满意", "未评价"][i % 4].to_string(),
                NAMES[i % 3].to_string(),
            ]
        })
        .collect();
    let count = |k: usize, of: usize| (n / of + usize::from(k < n % of)).to_string();
    let totals = |caption: &str, labels: &[&str]| Section::Pairs {
        caption: caption.to_string(),
        items: labels
            .iter()
            .enumerate()
            .map(|(k, l)| (l.to_string(), count(k, labels.len())))
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
                columns,
                rows,
                empty: "本日无登记".into(),
            },
            totals("按服务类型统计", &services),
            totals("按渠道统计", &channels),
            totals("满意度", &["满意", "基本满意", "不满意", "未评价"]),
        ],
        signatures: vec!["经办人".into(), "审核人".into(), "日期".into()],
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let font = value("--font").map(PathBuf::from);
    let rows = value("--rows").and_then(|n| n.parse().ok()).unwrap_or(500);
    let doc = ledger(rows);

    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        match report::render(&doc, Format::Pdf, font.as_deref()) {
            Ok(bytes) => size = bytes.len(),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        times.push(start.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "report pdf, {rows} rows: median {:.1} ms, worst {:.1} ms, {} KB",
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1]),
        size / 1024
    );

    if let Some(dir) = value("--out").map(PathBuf::from) {
        for format in Format::ALL {
            let out = dir.join(format!("ledger.{}", format.extension()));
            match report::write_file(&doc, format, &out, font.as_deref()) {
                Ok(()) => println!("wrote {}", out.display()),
                Err(e) => eprintln!("{e}"),
            }
        }
    }
}
