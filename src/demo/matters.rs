//! What visitors of a township desk ask about, and how the desk writes it down: the mixes of
//! services, channels, matters and outcomes, and short summaries built from templates.
//!
//! These are data, not interface text. Codes are those of the seeded code lists.

use super::rng::Rng;

// Channels (service_channel).
pub(super) const WINDOW: &str = "window";
pub(super) const PHONE: &str = "phone";
pub(super) const ONLINE: &str = "online";
pub(super) const HOME: &str = "home";
pub(super) const OUTREACH: &str = "outreach";

// Services (service_type).
pub(super) const CONSULT: &str = "consult";
pub(super) const AID: &str = "aid";
pub(super) const MEDIATION: &str = "mediation";
pub(super) const NOTARY: &str = "notary";
pub(super) const FORENSIC: &str = "forensic";
pub(super) const COUNSEL: &str = "counsel";
pub(super) const DRAFTING: &str = "drafting";
pub(super) const PUBLICITY: &str = "publicity";

// Matter categories (matter_category).
pub(super) const LABOUR: &str = "labour";
pub(super) const MARRIAGE: &str = "marriage";
pub(super) const DEBT: &str = "debt";
pub(super) const TRAFFIC: &str = "traffic";
pub(super) const HOUSE: &str = "house";
pub(super) const LAND: &str = "land";
pub(super) const INHERIT: &str = "inherit";
pub(super) const SUPPORT: &str = "support";
pub(super) const INJURY: &str = "injury";
pub(super) const WAGES: &str = "wages";
pub(super) const OTHER: &str = "other";

// Outcomes (service_outcome).
pub(super) const ANSWERED: &str = "answered";
pub(super) const REFERRED: &str = "referred";
pub(super) const GUIDED: &str = "guided";
pub(super) const LATER: &str = "later";

// Satisfaction.
pub(super) const SATISFIED: &str = "satisfied";
pub(super) const FAIR: &str = "fair";
pub(super) const UNSATISFIED: &str = "unsatisfied";
pub(super) const UNRATED: &str = "none";

// Special groups, in the code list's order.
pub(super) const ELDERLY: &str = "elderly";
pub(super) const DISABLED: &str = "disabled";
pub(super) const MINOR: &str = "minor";
pub(super) const WOMEN: &str = "women";
pub(super) const MIGRANT: &str = "migrant";
pub(super) const VETERAN: &str = "veteran";

/// Services by share (per 1,000): consultations dominate.
pub(super) const SERVICES: &[(&str, u32)] = &[
    (CONSULT, 600),
    (MEDIATION, 110),
    (AID, 80),
    (DRAFTING, 70),
    (PUBLICITY, 60),
    (COUNSEL, 35),
    (NOTARY, 25),
    (FORENSIC, 20),
];

/// Services on a Saturday: home visits and outreach only.
pub(super) const SATURDAY_SERVICES: &[(&str, u32)] = &[
    (CONSULT, 500),
    (PUBLICITY, 350),
    (AID, 100),
    (MEDIATION, 50),
];

/// Channels of services other than publicity (per 1,000); with publicity's outreach this
/// gives about 60% window, 20% phone.
pub(super) const CHANNELS: &[(&str, u32)] = &[
    (WINDOW, 620),
    (PHONE, 215),
    (ONLINE, 85),
    (HOME, 50),
    (OUTREACH, 30),
];

/// Matters by share, for consultations and most services.
const MATTERS: &[(&str, u32)] = &[
    (MARRIAGE, 200),
    (WAGES, 120),
    (DEBT, 120),
    (LABOUR, 100),
    (LAND, 100),
    (INHERIT, 80),
    (SUPPORT, 70),
    (TRAFFIC, 60),
    (HOUSE, 60),
    (INJURY, 40),
    (OTHER, 50),
];

/// Legal aid goes mostly to wage claims, injuries, family and support cases.
const AID_MATTERS: &[(&str, u32)] = &[
    (WAGES, 300),
    (LABOUR, 120),
    (INJURY, 120),
    (TRAFFIC, 120),
    (MARRIAGE, 150),
    (SUPPORT, 120),
    (DEBT, 40),
    (OTHER, 30),
];

/// Mediated disputes: family, neighbours' land and houses, debts.
const MEDIATION_MATTERS: &[(&str, u32)] = &[
    (MARRIAGE, 250),
    (LAND, 200),
    (HOUSE, 150),
    (DEBT, 120),
    (SUPPORT, 100),
    (INHERIT, 60),
    (TRAFFIC, 50),
    (WAGES, 40),
    (OTHER, 30),
];

const PUBLICITY_MATTERS: &[(&str, u32)] = &[
    (OTHER, 450),
    (MARRIAGE, 150),
    (WAGES, 120),
    (LAND, 120),
    (SUPPORT, 80),
    (TRAFFIC, 80),
];

const NOTARY_MATTERS: &[(&str, u32)] = &[(INHERIT, 600), (HOUSE, 250), (OTHER, 150)];
const FORENSIC_MATTERS: &[(&str, u32)] = &[(TRAFFIC, 450), (INJURY, 400), (OTHER, 150)];
const COUNSEL_MATTERS: &[(&str, u32)] = &[(LAND, 450), (HOUSE, 250), (DEBT, 200), (OTHER, 100)];
const DRAFTING_MATTERS: &[(&str, u32)] = &[
    (MARRIAGE, 250),
    (DEBT, 200),
    (WAGES, 150),
    (INHERIT, 120),
    (SUPPORT, 100),
    (LAND, 100),
    (TRAFFIC, 80),
];

fn matters_of(service: &str) -> &'static [(&'static str, u32)] {
    match service {
        AID => AID_MATTERS,
        MEDIATION => MEDIATION_MATTERS,
        PUBLICITY => PUBLICITY_MATTERS,
        NOTARY => NOTARY_MATTERS,
        FORENSIC => FORENSIC_MATTERS,
        COUNSEL => COUNSEL_MATTERS,
        DRAFTING => DRAFTING_MATTERS,
        _ => MATTERS,
    }
}

/// A matter for this service.
pub(super) fn matter_for(rng: &mut Rng, service: &str) -> &'static str {
    rng.weighted(matters_of(service)).unwrap_or(OTHER)
}

/// Whether a returning visitor's matter can be brought to this service.
pub(super) fn fits(service: &str, matter: &str) -> bool {
    service != PUBLICITY && matters_of(service).iter().any(|(m, _)| *m == matter)
}

/// An outcome that fits the service.
pub(super) fn outcome_for(rng: &mut Rng, service: &str) -> &'static str {
    let table: &[(&str, u32)] = match service {
        CONSULT => &[(ANSWERED, 780), (REFERRED, 80), (GUIDED, 80), (LATER, 60)],
        AID => &[(REFERRED, 700), (LATER, 150), (ANSWERED, 100), (GUIDED, 50)],
        MEDIATION => &[(ANSWERED, 550), (LATER, 350), (REFERRED, 100)],
        NOTARY | FORENSIC => &[(GUIDED, 800), (ANSWERED, 200)],
        COUNSEL => &[(ANSWERED, 800), (LATER, 200)],
        DRAFTING => &[(ANSWERED, 900), (LATER, 100)],
        _ => &[(ANSWERED, 1)],
    };
    rng.weighted(table).unwrap_or(ANSWERED)
}

/// Where a referred (转交) or guided (引导) visitor of a service other than a consultation is
/// sent (a consultation's topic names its own place).
fn destination(service: &str, matter: &str) -> &'static str {
    match (service, matter) {
        (AID, _) => "县法律援助中心",
        (NOTARY, _) => "县公证处",
        (FORENSIC, _) => "司法鉴定机构",
        (_, LABOUR | WAGES | INJURY) => "县劳动人事争议仲裁院",
        _ => "人民法院",
    }
}

/// A consultation: what was asked, what the desk told the visitor, and where it would send
/// the visitor on.
type Topic = (&'static str, &'static str, &'static str);

fn consult_topics(matter: &str) -> &'static [Topic] {
    match matter {
        LABOUR => &[
            (
                "用人单位未签劳动合同能否要求二倍工资",
                "告知超过一个月未订立书面合同可主张二倍工资，仲裁时效一年",
                "县劳动人事争议仲裁院",
            ),
            (
                "被公司辞退能否要求经济补偿",
                "告知违法解除可主张赔偿金，建议保留解除通知等证据",
                "县劳动人事争议仲裁院",
            ),
            (
                "加班费如何计算",
                "讲解工作日、休息日和法定节假日加班工资的计算标准",
                "劳动监察大队",
            ),
            (
                "单位未缴社会保险怎么办",
                "告知可向社保经办机构投诉，也可解除合同并主张经济补偿",
                "县社保中心",
            ),
            (
                "试用期被辞退是否合法",
                "讲解试用期解除劳动合同的条件和举证责任",
                "县劳动人事争议仲裁院",
            ),
        ],
        WAGES => &[
            (
                "拖欠工资如何维权",
                "告知可向劳动监察投诉或申请劳动仲裁",
                "劳动监察大队",
            ),
            (
                "包工头拖欠工资后失联",
                "告知可向施工总承包单位主张，并向劳动监察大队投诉",
                "劳动监察大队",
            ),
            (
                "在外省工地务工被欠薪",
                "告知可向用工地劳动监察部门投诉，并可申请法律援助",
                "县法律援助中心",
            ),
            (
                "老板以工程款未结为由拖欠工资",
                "告知支付工资不以工程款结算为前提，可申请支付令",
                "人民法院",
            ),
        ],
        MARRIAGE => &[
            (
                "离婚时子女抚养权归属",
                "讲解不满两周岁的子女以随母亲生活为原则，八周岁以上尊重子女意愿",
                "人民法院",
            ),
            (
                "协议离婚的程序",
                "告知须到婚姻登记机关申请，并经三十日离婚冷静期",
                "婚姻登记处",
            ),
            (
                "彩礼返还问题",
                "讲解未办理结婚登记或共同生活时间较短的可请求返还",
                "人民法院",
            ),
            (
                "遭受家庭暴力如何求助",
                "告知可报警、申请人身安全保护令，申请法律援助免予经济困难审查",
                "县妇联",
            ),
            (
                "婚后购房的财产分割",
                "讲解夫妻共同财产的认定和分割原则",
                "人民法院",
            ),
        ],
        DEBT => &[
            (
                "借款到期不还如何追讨",
                "告知保留借条和转账记录，诉讼时效三年，可向法院起诉",
                "人民法院",
            ),
            (
                "为他人担保后被要求还款",
                "讲解一般保证与连带责任保证的区别",
                "人民法院",
            ),
            (
                "只有微信聊天记录能否证明借款",
                "告知聊天记录、转账记录可作证据，建议及时固定",
                "人民法院",
            ),
            (
                "货款被拖欠",
                "建议先发催款函，协商不成可向法院起诉",
                "人民法院",
            ),
        ],
        TRAFFIC => &[
            (
                "交通事故对方不赔偿怎么办",
                "告知可申请交警调解或向法院起诉，保留好事故认定书",
                "交警大队",
            ),
            (
                "电动车与汽车相撞的责任划分",
                "讲解机动车与非机动车事故的赔偿原则",
                "交警大队",
            ),
            (
                "事故后误工费、护理费如何计算",
                "讲解各项赔偿项目及计算标准",
                "人民法院",
            ),
            (
                "肇事车辆逃逸如何处理",
                "告知可申请道路交通事故社会救助基金垫付",
                "交警大队",
            ),
        ],
        HOUSE => &[
            (
                "农村房屋买卖合同的效力",
                "讲解宅基地上房屋卖给村外人员的风险",
                "人民法院",
            ),
            (
                "购房后迟迟不办房产证",
                "告知可依合同主张违约责任",
                "县不动产登记中心",
            ),
            (
                "租房押金不退",
                "建议先协商，协商不成可向法院起诉",
                "人民法院",
            ),
            (
                "邻居建房影响采光和通行",
                "讲解相邻关系的规定，建议先由村调委会调解",
                "村委会",
            ),
        ],
        LAND => &[
            (
                "土地承包经营权流转",
                "讲解流转须签订书面合同并备案",
                "乡镇农业农村办",
            ),
            (
                "与邻居宅基地界址纠纷",
                "告知可申请村调委会调解，或向乡镇政府申请确权",
                "乡镇政府",
            ),
            (
                "征地补偿款分配问题",
                "讲解集体经济组织成员资格认定和补偿款分配规则",
                "乡镇政府",
            ),
            ("山林权属争议", "告知林权争议须先由人民政府处理", "林业站"),
            (
                "出嫁女承包地被收回",
                "告知妇女的土地承包权益受法律保护，可申请调解",
                "县妇联",
            ),
        ],
        INHERIT => &[
            (
                "父母去世后房屋如何继承",
                "讲解法定继承顺序和遗产分割",
                "县公证处",
            ),
            (
                "自书遗嘱的有效条件",
                "告知须亲笔书写、签名并注明年、月、日",
                "县公证处",
            ),
            (
                "宅基地上的房屋能否继承",
                "告知房屋可依法继承，宅基地使用权随房屋处置",
                "县不动产登记中心",
            ),
            (
                "继承存款需办哪些手续",
                "告知可办理继承公证，或凭法院文书到银行办理",
                "县公证处",
            ),
        ],
        SUPPORT => &[
            (
                "子女不履行赡养义务",
                "告知可申请村调委会调解，或向法院起诉要求支付赡养费",
                "村委会",
            ),
            (
                "离婚后对方不付抚养费",
                "告知可向法院起诉或申请强制执行",
                "人民法院",
            ),
            (
                "兄弟姐妹之间赡养费分摊",
                "讲解赡养义务不因放弃继承而免除，可协商分摊",
                "村委会",
            ),
            (
                "老人再婚后子女是否仍须赡养",
                "告知赡养义务不因父母婚姻关系变化而消除",
                "村委会",
            ),
        ],
        INJURY => &[
            (
                "工伤认定申请的时限",
                "告知单位未申报的，本人可在事故发生之日起一年内申请",
                "县人社局工伤保险股",
            ),
            (
                "未签劳动合同受伤能否认定工伤",
                "告知可先申请确认劳动关系",
                "县劳动人事争议仲裁院",
            ),
            (
                "工伤后单位不付停工留薪期工资",
                "讲解停工留薪期待遇，可申请劳动仲裁",
                "县劳动人事争议仲裁院",
            ),
            (
                "伤残等级鉴定的流程",
                "告知向劳动能力鉴定委员会申请",
                "县劳动能力鉴定委员会",
            ),
        ],
        _ => &[
            (
                "网购商品质量问题如何退货",
                "告知可与商家协商，或向市场监管部门投诉",
                "市场监管所",
            ),
            (
                "遭遇电信诈骗如何处理",
                "告知立即报警并保留转账凭证",
                "派出所",
            ),
            (
                "村务公开问题",
                "告知可向村务监督委员会或乡镇纪委反映",
                "乡镇纪委",
            ),
            ("户籍迁移有关问题", "告知到派出所户籍窗口办理", "派出所"),
            (
                "养殖场污染影响生活",
                "告知可向生态环境部门反映，也可申请调解",
                "县生态环境局",
            ),
        ],
    }
}

/// The story behind a long entry, in the visitor's words, and the consultation topic it leads
/// to (an index into [`consult_topics`]).
fn background(rng: &mut Rng, matter: &str) -> (String, usize) {
    let year = 2015 + rng.below(9);
    let amount = (rng.range(3, 120) * 1_000).to_string();
    match matter {
        WAGES => {
            let place = rng.pick(&["广东东莞", "浙江义乌", "福建晋江", "赣州市区", "深圳宝安"]);
            let story = format!(
                "当事人称{year}年起在{place}一工地务工，包工头拖欠工资{amount}元至今未付，多次催要无果，对方现已不接电话。"
            );
            (story, 1)
        }
        LABOUR => {
            let years = rng.range(2, 9);
            let story = format!(
                "当事人称在本地一家工厂工作{years}年，未签书面劳动合同，单位未缴社会保险，近日被口头通知不用再来上班。"
            );
            (story, 1)
        }
        INJURY => {
            let story = format!(
                "当事人称{year}年在务工时从脚手架上摔下致腰椎骨折，住院治疗花费{amount}元，雇主只垫付了部分费用，也未申报工伤。"
            );
            (story, 0)
        }
        MARRIAGE => {
            let story = format!(
                "当事人称与配偶于{year}年登记结婚，育有一子一女，近年对方长期在外务工不归，不负担家庭开支，双方感情破裂。"
            );
            (story, 0)
        }
        DEBT => {
            let story = format!(
                "当事人称{year}年借给同村村民{amount}元，有借条和转账记录，约定一年归还，到期后对方以种种理由拖延不还。"
            );
            (story, 0)
        }
        TRAFFIC => {
            let story = format!(
                "当事人称驾驶电动车在县道与一辆小货车相撞，右腿骨折，交警认定对方负主要责任，医疗费已花去{amount}元，对方至今拒不赔偿。"
            );
            (story, 0)
        }
        HOUSE => {
            let story = format!(
                "当事人称{year}年购买同村村民的房屋一栋，付清房款{amount}元并已入住，现卖方子女以未经其同意为由要求收回房屋。"
            );
            (story, 0)
        }
        LAND => {
            let area = rng.range(8, 60);
            let story = format!(
                "当事人称与邻居因宅基地界址发生争执，对方建围墙占用其老屋旁空地约{area}平方米，村组干部调处未果。"
            );
            (story, 1)
        }
        INHERIT => {
            let story = format!(
                "当事人称父亲于{year}年去世，留有房屋一栋和存款{amount}元，未留遗嘱，兄弟姐妹四人对遗产分割意见不一。"
            );
            (story, 0)
        }
        SUPPORT => {
            let age = rng.range(70, 88);
            let story = format!(
                "当事人今年{age}岁，称有三个儿子，均已成家，几个儿子互相推诿，近一年无人支付生活费和医药费。"
            );
            (story, 0)
        }
        _ => {
            let story = format!(
                "当事人称{year}年在网上购买理财产品被骗{amount}元，对方以高额回报为诱饵，现已无法联系。"
            );
            (story, 1)
        }
    }
}

/// A long entry's closing: what the visitor was told to bring.
fn closing(rng: &mut Rng, service: &str, matter: &str) -> &'static str {
    if service != AID && matches!(matter, WAGES | LABOUR | INJURY) && rng.chance(500) {
        return "另告知需准备身份证、务工证明、考勤记录和聊天记录等证据材料，经济困难的可申请法律援助。";
    }
    rng.pick(&[
        "已告知需准备的证据材料和办理流程，并留下联系电话，当事人表示回去准备材料。",
        "已将相关法律条文打印交当事人，并告知如有新情况可随时来所咨询。",
    ])
}

/// A dispute brought for mediation.
fn dispute(matter: &str) -> &'static str {
    match matter {
        LABOUR => "与务工单位就解除劳动合同的补偿发生纠纷",
        WAGES => "与包工头就拖欠工资发生纠纷",
        MARRIAGE => "夫妻因家庭琐事发生矛盾，女方要求离婚",
        DEBT => "与同村村民因借款归还发生纠纷",
        TRAFFIC => "与对方就交通事故赔偿数额发生争议",
        HOUSE => "与邻居因建房滴水和通行发生纠纷",
        LAND => "与邻居因宅基地界址发生纠纷",
        INHERIT => "兄妹因父母遗留房屋的分割发生纠纷",
        SUPPORT => "兄弟之间因赡养老人及费用分摊发生纠纷",
        INJURY => "与雇主就务工受伤的赔偿发生纠纷",
        _ => "因家禽损毁庄稼发生邻里纠纷",
    }
}

/// A legal-aid matter as the application names it.
fn aid_case(matter: &str) -> &'static str {
    match matter {
        WAGES => "追索劳动报酬",
        LABOUR => "确认劳动关系及经济补偿",
        INJURY => "工伤保险待遇",
        TRAFFIC => "交通事故人身损害赔偿",
        MARRIAGE => "离婚纠纷",
        SUPPORT => "追索赡养费",
        DEBT => "民间借贷纠纷",
        _ => "人身损害赔偿",
    }
}

/// A document written for the visitor.
fn document(rng: &mut Rng, matter: &str) -> &'static str {
    let docs: &[&str] = match matter {
        MARRIAGE => &["离婚协议书", "离婚起诉状"],
        DEBT => &["民事起诉状（民间借贷）", "借款协议", "催款函"],
        WAGES => &["劳动仲裁申请书", "欠薪投诉书"],
        LABOUR => &["劳动仲裁申请书"],
        INHERIT => &["遗嘱", "继承协议"],
        SUPPORT => &["赡养协议", "追索赡养费起诉状"],
        LAND => &["土地流转合同", "宅基地确权申请书"],
        TRAFFIC => &["交通事故赔偿协议", "民事起诉状（交通事故）"],
        _ => &["民事起诉状"],
    };
    rng.pick(docs)
}

/// 普法: a stand or a talk outside, or leaflets and a talk at the window.
fn publicity(rng: &mut Rng, matter: &str, channel: &str) -> String {
    let topic = match matter {
        MARRIAGE => "《反家庭暴力法》和民法典婚姻家庭编",
        WAGES => "《保障农民工工资支付条例》",
        LAND => "《农村土地承包法》",
        SUPPORT => "老年人权益保障法",
        TRAFFIC => "道路交通安全法",
        _ => rng.pick(&[
            "民法典",
            "防范电信网络诈骗知识",
            "禁毒知识",
            "预防未成年人犯罪",
        ]),
    };
    if channel == WINDOW {
        return format!("来所领取普法宣传资料，工作人员结合案例讲解{topic}");
    }
    let place = rng.pick(&["村委会", "圩镇集市", "中心小学", "村文化广场", "敬老院"]);
    format!(
        "在{place}开展普法宣传，讲解{topic}，发放宣传资料{}份，现场解答群众咨询",
        rng.range(3, 20) * 10
    )
}

/// What the desk writes down: 事项摘要, and the place a referred or guided visitor was sent
/// ("" otherwise).
pub(super) struct WriteUp {
    pub summary: String,
    pub destination: &'static str,
}

/// A short Chinese summary. About one in eight consultations, mediations and aid applications
/// opens with the visitor's story and runs to about 120 characters.
pub(super) fn write_up(
    rng: &mut Rng,
    service: &str,
    channel: &str,
    matter: &str,
    outcome: &str,
) -> WriteUp {
    let story_fits = match service {
        CONSULT => true,
        MEDIATION => !matches!(matter, HOUSE | OTHER),
        AID => matter != OTHER,
        _ => false,
    };
    let long = story_fits && rng.chance(125);
    let mut s = String::new();
    if channel == PHONE && rng.chance(400) {
        s.push_str("12348热线来电，");
    }
    let mut topic_index = None;
    if long {
        let (story, topic) = background(rng, matter);
        s.push_str(&story);
        topic_index = Some(topic);
    }
    let mut dest = match outcome {
        REFERRED | GUIDED => destination(service, matter),
        _ => "",
    };
    match service {
        CONSULT => {
            let topics = consult_topics(matter);
            let i = topic_index.unwrap_or_else(|| rng.below(topics.len() as u64) as usize);
            let (topic, advice, place) =
                topics
                    .get(i)
                    .copied()
                    .unwrap_or(("有关法律问题", "已解答", "人民法院"));
            s.push_str(&format!("咨询{topic}，"));
            match outcome {
                REFERRED => {
                    dest = place;
                    s.push_str(&format!("{advice}，已转交{dest}处理"));
                }
                GUIDED => {
                    dest = place;
                    s.push_str(&format!("{advice}，引导至{dest}办理"));
                }
                LATER => s.push_str(&format!(
                    "情况较复杂，需查阅相关材料，约定{}日内电话答复",
                    rng.range(2, 5)
                )),
                _ => s.push_str(advice),
            }
        }
        MEDIATION => {
            s.push_str(&format!("{}，申请调解，", dispute(matter)));
            match outcome {
                REFERRED => {
                    let how = if dest == "人民法院" {
                        "起诉"
                    } else {
                        "申请仲裁"
                    };
                    s.push_str(&format!("经调解未达成协议，已转交{dest}，告知可{how}"));
                }
                LATER => s.push_str(&format!(
                    "已受理，约定{}日后组织双方到所调解",
                    rng.range(2, 7)
                )),
                _ => s.push_str("经调解双方达成协议，当场履行"),
            }
        }
        AID => {
            s.push_str(&format!("申请法律援助（{}），", aid_case(matter)));
            match outcome {
                REFERRED => s.push_str(&format!("已协助填写申请表并收取材料，转交{dest}审查")),
                LATER => s.push_str("材料不齐，已一次性告知需补充的材料，约期补交"),
                GUIDED => s.push_str(&format!("引导至{dest}提出申请")),
                _ => s.push_str("讲解法律援助的条件和申请流程"),
            }
        }
        NOTARY => {
            let kind = match matter {
                INHERIT => "继承",
                HOUSE => "房屋赠与",
                _ => "委托",
            };
            s.push_str(&format!("咨询办理{kind}公证所需材料，"));
            s.push_str(if outcome == GUIDED {
                "引导至县公证处办理"
            } else {
                "已告知所需材料和费用"
            });
        }
        FORENSIC => {
            let kind = match matter {
                TRAFFIC | INJURY => "伤残等级",
                _ => "笔迹",
            };
            s.push_str(&format!("咨询{kind}鉴定的程序，"));
            s.push_str(if outcome == GUIDED {
                "引导至有资质的司法鉴定机构"
            } else {
                "已告知鉴定的申请程序和费用"
            });
        }
        COUNSEL => {
            let kind = match matter {
                LAND => "集体山林承包合同",
                HOUSE => "村集体厂房租赁合同",
                DEBT => "工程款结算协议",
                _ => "村规民约修订稿",
            };
            s.push_str(&format!("村法律顾问服务：审查{kind}，"));
            s.push_str(if outcome == LATER {
                "约定下周提交书面审查意见"
            } else {
                "当场提出修改意见"
            });
        }
        DRAFTING => {
            s.push_str(&format!("代写{}，", document(rng, matter)));
            s.push_str(if outcome == LATER {
                "需补充证据材料后约期取件"
            } else {
                "已向当事人宣读并签字确认"
            });
        }
        _ => s.push_str(&publicity(rng, matter, channel)),
    }
    if long {
        s.push('。');
        s.push_str(closing(rng, service, matter));
    }
    WriteUp {
        summary: s,
        destination: dest,
    }
}
