-- sifa-desk: the whole current schema (user_version 5).
-- Applied to an empty file in one transaction; later changes are numbered migrations in
-- src/store/migrate.rs. Every record table carries the same columns: id, uid (UUIDv7),
-- office_code, created_at/by, updated_at/by, voided_at, void_reason. Nothing is deleted.

-- Key/value settings of this file: the own office code, theme, printing, font, demo marker.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Offices (司法所). A file normally holds one; the county demo holds 25.
CREATE TABLE offices (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    county      TEXT NOT NULL DEFAULT '',
    population  INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT
);

-- Staff at the desk.
CREATE TABLE operators (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'staff',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT
);
CREATE INDEX operators_office ON operators (office_code, active, name);

-- The office's villages and communities (村/社区).
CREATE TABLE villages (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT '村' CHECK (kind IN ('村', '社区')),
    sort        INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT,
    UNIQUE (office_code, name)
);

-- Code lists: one row per entry. Seeded entries have office_code ''; offices add local ones.
-- An entry in use is retired (retired = 1), never deleted.
CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL DEFAULT '',
    list        TEXT NOT NULL,
    code        TEXT NOT NULL,
    label       TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT,
    UNIQUE (list, code)
);
CREATE INDEX codes_list ON codes (list, sort);

-- One person record shared by every module.
CREATE TABLE persons (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    office_code   TEXT NOT NULL,
    name          TEXT NOT NULL,
    name_pinyin   TEXT NOT NULL DEFAULT '',
    name_initials TEXT NOT NULL DEFAULT '',
    id_number     TEXT CHECK (id_number IS NULL OR id_number = upper(id_number)),
    gender        TEXT CHECK (gender IS NULL OR gender IN ('男', '女')),
    birth_date    TEXT,
    ethnicity     TEXT NOT NULL DEFAULT '',
    phone         TEXT,
    address       TEXT NOT NULL DEFAULT '',
    village_id    INTEGER REFERENCES villages (id),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    voided_at     TEXT,
    void_reason   TEXT
);
CREATE UNIQUE INDEX persons_id_number ON persons (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX persons_name ON persons (office_code, name);
CREATE INDEX persons_pinyin ON persons (office_code, name_pinyin);
CREATE INDEX persons_initials ON persons (office_code, name_initials);

-- The audit trail: one row for every insert, update and void, written in the same transaction.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator    TEXT NOT NULL,
    office_code TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'void')),
    table_name  TEXT NOT NULL,
    row_uid     TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_uid);

-- The public-legal-service ledger (服务台账): one row per visitor, call or home visit.
CREATE TABLE service_entries (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    office_code    TEXT NOT NULL,
    served_at      TEXT NOT NULL,               -- local time 'YYYY-MM-DD HH:MM'
    channel        TEXT NOT NULL,               -- code list service_channel
    service        TEXT NOT NULL,               -- code list service_type
    person_id      INTEGER REFERENCES persons (id),
    visitor_name   TEXT NOT NULL DEFAULT '',    -- a caller without a person record, or 匿名
    special_groups TEXT NOT NULL DEFAULT '',    -- codes of special_group, comma-separated
    matter         TEXT NOT NULL,               -- code list matter_category
    summary        TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL,               -- code list service_outcome
    referred_to    TEXT NOT NULL DEFAULT '',
    follow_up      INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),
    satisfaction   TEXT NOT NULL DEFAULT 'none', -- code list satisfaction
    handler        TEXT NOT NULL,               -- the operator who served
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    voided_at      TEXT,
    void_reason    TEXT,
    CHECK (person_id IS NOT NULL OR visitor_name <> '')
);
CREATE INDEX service_entries_time ON service_entries (office_code, served_at, id);
CREATE INDEX service_entries_person ON service_entries (person_id);

-- People's mediation (纠纷受理): the dispute, its parties, and what happened to it.
CREATE TABLE disputes (
    id                      INTEGER PRIMARY KEY,
    uid                     TEXT NOT NULL UNIQUE,
    office_code             TEXT NOT NULL,
    case_year               INTEGER,                -- given at 受理 with case_seq
    case_seq                INTEGER,
    case_no                 TEXT,                   -- 〔2026〕X人调字第007号
    registered_on           TEXT NOT NULL,
    source                  TEXT NOT NULL,          -- code list dispute_source
    referrer                TEXT NOT NULL DEFAULT '',
    found_via               TEXT NOT NULL DEFAULT '',
    kind                    TEXT NOT NULL,          -- code list dispute_type
    facts                   TEXT NOT NULL,
    people_involved         INTEGER NOT NULL DEFAULT 0 CHECK (people_involved >= 0),
    amount_fen              INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
    mediators               TEXT NOT NULL,          -- operator names, comma-separated
    difficult               INTEGER NOT NULL DEFAULT 0 CHECK (difficult IN (0, 1)),
    escalation_risk         INTEGER NOT NULL DEFAULT 0 CHECK (escalation_risk IN (0, 1)),
    police_notified_at      TEXT,                   -- 易激化: when the police were told
    status                  TEXT NOT NULL DEFAULT 'registered',
    accepted_on             TEXT,
    mediation_due           TEXT,
    extended                INTEGER NOT NULL DEFAULT 0,
    agreed_on               TEXT,
    agreement               TEXT,                   -- 'oral' | 'written'
    perform_by              TEXT,
    followed_up_on          TEXT,
    confirmation_applied_on TEXT,
    closed_on               TEXT,
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    voided_at               TEXT,
    void_reason             TEXT,
    UNIQUE (office_code, case_year, case_seq)
);
CREATE INDEX disputes_office ON disputes (office_code, registered_on, id);
CREATE INDEX disputes_status ON disputes (office_code, status);

CREATE TABLE dispute_parties (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    dispute_id  INTEGER NOT NULL REFERENCES disputes (id),
    side        TEXT NOT NULL CHECK (side IN ('applicant', 'respondent')),
    person_id   INTEGER REFERENCES persons (id),
    org_name    TEXT NOT NULL DEFAULT '',
    credit_code TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT,
    CHECK (person_id IS NOT NULL OR org_name <> '')
);
CREATE INDEX dispute_parties_dispute ON dispute_parties (dispute_id);
CREATE INDEX dispute_parties_person ON dispute_parties (person_id);

-- Each step of a case (受理, 记录调解, 达成协议 …) with what was written down at the time.
CREATE TABLE dispute_events (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    office_code TEXT NOT NULL,
    dispute_id  INTEGER NOT NULL REFERENCES disputes (id),
    action      TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}',          -- JSON: reason, place, terms, routes …
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    voided_at   TEXT,
    void_reason TEXT
);
CREATE INDEX dispute_events_dispute ON dispute_events (dispute_id, on_date);

-- Case-number sequences: one per office and year, only ever counted up (never reused).
CREATE TABLE case_sequences (
    office_code TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last        INTEGER NOT NULL,
    PRIMARY KEY (office_code, year)
);

-- Indexes that keep the long lists' pages a search bounded by the keyset, however deep.
-- The person registry newest first within the office (the index carries the id).
CREATE INDEX persons_office ON persons (office_code);
-- The 其他模块 column counts a page's persons' live visits from the index alone.
DROP INDEX service_entries_person;
CREATE INDEX service_entries_person ON service_entries (person_id, voided_at);
-- The register's party search reads the own office's live parties only, from the index.
CREATE INDEX dispute_parties_office
    ON dispute_parties (office_code, voided_at, person_id, org_name, dispute_id);

-- 社区矫正: one row per correction of a person (a person may come back years later).
CREATE TABLE corrections (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    person_id       INTEGER NOT NULL REFERENCES persons (id),
    category        TEXT NOT NULL
                    CHECK (category IN ('control', 'probation', 'parole', 'outside')),
    crime           TEXT NOT NULL DEFAULT '',
    sentence        TEXT NOT NULL DEFAULT '',        -- 原判刑期, as written in the judgment
    decided_by      TEXT NOT NULL DEFAULT '',        -- 决定机关
    crime_facts     TEXT NOT NULL DEFAULT '',        -- 主要犯罪事实
    priors          TEXT NOT NULL DEFAULT '',        -- 前科
    runs_from       TEXT,                            -- 判决/裁定生效日期, or 出监日期 (假释)
    papers_on       TEXT,                            -- 法律文书收到日期
    reported_on     TEXT,                            -- 报到日期
    ban_content     TEXT NOT NULL DEFAULT '',        -- 禁止令
    ban_from        TEXT,
    ban_to          TEXT,
    domicile        TEXT NOT NULL DEFAULT '',        -- 户籍地
    residence       TEXT NOT NULL DEFAULT '',        -- 居住地
    term_start      TEXT NOT NULL,
    term_end        TEXT NOT NULL CHECK (term_end >= term_start),
    team            TEXT NOT NULL DEFAULT '',        -- 矫正小组, names joined by '、'
    minor           INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1)),   -- set at entry
    unable_to_work  INTEGER NOT NULL DEFAULT 0 CHECK (unable_to_work IN (0, 1)),
    medical         INTEGER NOT NULL DEFAULT 0 CHECK (medical IN (0, 1)),  -- 保外就医
    announced_on    TEXT,                            -- 入矫宣告
    level           TEXT NOT NULL DEFAULT 'strict'
                    CHECK (level IN ('strict', 'normal', 'lenient')),     -- the approved level
    status          TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'released', 'terminated')),
    end_reason      TEXT,
    ended_on        TEXT,
    end_papers_on   TEXT,            -- summary, assessment and 安置帮教 suggestion recorded
    assessment      TEXT NOT NULL DEFAULT '',        -- 矫正期间表现 and the written assessment
    handover        TEXT NOT NULL DEFAULT '',        -- 安置帮教 suggestion, carried to tab 4
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX corrections_office ON corrections (office_code, voided_at, term_start, id);
CREATE INDEX corrections_person ON corrections (person_id, voided_at);

-- A level change: proposed by the office, approved (or not) by the county.
CREATE TABLE correction_levels (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    from_level      TEXT NOT NULL,
    to_level        TEXT NOT NULL CHECK (to_level IN ('strict', 'normal', 'lenient')),
    proposed_on     TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (reason <> ''),
    reviewer        TEXT NOT NULL DEFAULT '',
    decision        TEXT NOT NULL DEFAULT 'pending'
                    CHECK (decision IN ('pending', 'approved', 'rejected')),
    decided_on      TEXT,
    approver        TEXT NOT NULL DEFAULT '',
    doc_no          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX correction_levels_correction ON correction_levels (correction_id, proposed_on);

-- One check-in (月度报到) per subject and month: counts, hours in tenths, 考核.
CREATE TABLE correction_checkins (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    month           TEXT NOT NULL,                   -- 'YYYY-MM'
    phone           INTEGER NOT NULL DEFAULT 0 CHECK (phone >= 0),
    in_person       INTEGER NOT NULL DEFAULT 0 CHECK (in_person >= 0),
    written         INTEGER NOT NULL DEFAULT 0 CHECK (written >= 0),
    talks           INTEGER NOT NULL DEFAULT 0 CHECK (talks >= 0),
    visits          INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
    education       INTEGER NOT NULL DEFAULT 0 CHECK (education BETWEEN 0 AND 2000),
    service         INTEGER NOT NULL DEFAULT 0 CHECK (service BETWEEN 0 AND 2000),
    session         INTEGER NOT NULL DEFAULT 0 CHECK (session IN (0, 1)),
    score           INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    grade           TEXT CHECK (grade IS NULL OR grade IN ('good', 'pass', 'fail')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE UNIQUE INDEX correction_checkins_month
    ON correction_checkins (correction_id, month) WHERE voided_at IS NULL;
CREATE INDEX correction_checkins_office ON correction_checkins (office_code, month);

-- A month closed (月结) by the office: its check-ins change only after it is reopened.
CREATE TABLE correction_months (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    month           TEXT NOT NULL,
    closed          INTEGER NOT NULL DEFAULT 1 CHECK (closed IN (0, 1)),
    reopen_reason   TEXT NOT NULL DEFAULT '',        -- why it was last reopened
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT,
    UNIQUE (office_code, month)
);

-- An incident (late report, out of contact, a 禁止令 broken, good conduct …), the measure the
-- rules suggested, and what became of it: proposed to the county, dismissed, decided.
CREATE TABLE correction_incidents (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    on_date         TEXT NOT NULL,
    kind            TEXT NOT NULL,
    days            INTEGER NOT NULL DEFAULT 0 CHECK (days >= 0),
    not_corrected   INTEGER NOT NULL DEFAULT 0 CHECK (not_corrected IN (0, 1)),
    facts           TEXT NOT NULL DEFAULT '',
    measure         TEXT,                    -- suggested, then as confirmed
    state           TEXT NOT NULL DEFAULT 'suggested'
                    CHECK (state IN ('suggested', 'proposed', 'dismissed', 'decided')),
    proposed_on     TEXT,
    dismiss_reason  TEXT NOT NULL DEFAULT '',
    decided_on      TEXT,
    doc_no          TEXT NOT NULL DEFAULT '',
    upheld          INTEGER CHECK (upheld IS NULL OR upheld IN (0, 1)),  -- the county imposed it
    decision        TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX correction_incidents_correction ON correction_incidents (correction_id, on_date);

-- Leave asked and granted: 外出, 会客, 变更居住地, 进入特定场所.
CREATE TABLE correction_approvals (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    kind            TEXT NOT NULL CHECK (kind IN ('leave', 'visitor', 'move', 'place')),
    asked_on        TEXT NOT NULL,
    from_date       TEXT,
    to_date         TEXT,
    granted         INTEGER NOT NULL DEFAULT 1 CHECK (granted IN (0, 1)),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX correction_approvals_correction ON correction_approvals (correction_id, asked_on);

-- 电子定位: each approval or extension, at most the setting's months.
CREATE TABLE correction_tags (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    reason          TEXT NOT NULL CHECK (reason <> ''),
    approved_on     TEXT NOT NULL,
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL CHECK (ends_on >= starts_on),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX correction_tags_correction ON correction_tags (correction_id, ends_on);

-- 保外就医: monthly health reports and the re-checks at a designated hospital.
CREATE TABLE correction_medical (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    office_code     TEXT NOT NULL,
    correction_id   INTEGER NOT NULL REFERENCES corrections (id),
    kind            TEXT NOT NULL CHECK (kind IN ('report', 'recheck')),
    on_date         TEXT NOT NULL,
    hospital        TEXT NOT NULL DEFAULT '',
    result          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    voided_at       TEXT,
    void_reason     TEXT
);
CREATE INDEX correction_medical_correction ON correction_medical (correction_id, kind, on_date);

-- Seeded code lists. uid is derived from list and code so every new file agrees.
CREATE TEMP TABLE seed (list TEXT, code TEXT, label TEXT, sort INTEGER);
INSERT INTO seed (list, code, label, sort) VALUES
  ('operator_role', 'admin', '管理员', 1),
  ('operator_role', 'head', '所长', 2),
  ('operator_role', 'staff', '工作人员', 3),
  ('ethnicity', '01', '汉族', 1), ('ethnicity', '02', '蒙古族', 2), ('ethnicity', '03', '回族', 3),
  ('ethnicity', '04', '藏族', 4), ('ethnicity', '05', '维吾尔族', 5), ('ethnicity', '06', '苗族', 6),
  ('ethnicity', '07', '彝族', 7), ('ethnicity', '08', '壮族', 8), ('ethnicity', '09', '布依族', 9),
  ('ethnicity', '10', '朝鲜族', 10), ('ethnicity', '11', '满族', 11), ('ethnicity', '12', '侗族', 12),
  ('ethnicity', '13', '瑶族', 13), ('ethnicity', '14', '白族', 14), ('ethnicity', '15', '土家族', 15),
  ('ethnicity', '16', '哈尼族', 16), ('ethnicity', '17', '哈萨克族', 17), ('ethnicity', '18', '傣族', 18),
  ('ethnicity', '19', '黎族', 19), ('ethnicity', '22', '畲族', 22), ('ethnicity', '97', '其他', 97),
  ('dispute_type', 'marriage', '婚姻家庭', 1), ('dispute_type', 'neighbour', '邻里', 2),
  ('dispute_type', 'house', '房屋宅基地', 3), ('dispute_type', 'contract', '合同', 4),
  ('dispute_type', 'business', '生产经营', 5), ('dispute_type', 'damages', '损害赔偿', 6),
  ('dispute_type', 'land', '山林土地', 7), ('dispute_type', 'demolition', '征地拆迁', 8),
  ('dispute_type', 'pollution', '环境污染', 9), ('dispute_type', 'labour', '劳动争议', 10),
  ('dispute_type', 'medical', '医疗', 11), ('dispute_type', 'traffic', '道路交通事故', 12),
  ('dispute_type', 'property', '物业管理', 13), ('dispute_type', 'consumer', '消费', 14),
  ('dispute_type', 'tourism', '旅游', 15), ('dispute_type', 'other', '其他', 99),
  ('dispute_source', 'apply', '当事人申请', 1), ('dispute_source', 'initiative', '主动调解', 2),
  ('dispute_source', 'referral', '委托移送', 3),
  ('dispute_found_via', 'grid', '网格', 1), ('dispute_found_via', 'park', '园区', 2),
  ('dispute_found_via', 'trade', '行业', 3), ('dispute_found_via', 'school', '学校', 4),
  ('dispute_found_via', 'hospital', '医院', 5), ('dispute_found_via', 'petition', '信访', 6),
  ('service_channel', 'window', '窗口', 1), ('service_channel', 'phone', '电话', 2),
  ('service_channel', 'online', '网络', 3), ('service_channel', 'home', '上门', 4),
  ('service_channel', 'outreach', '流动', 5),
  ('service_type', 'consult', '法律咨询', 1), ('service_type', 'aid', '法律援助', 2),
  ('service_type', 'mediation', '人民调解', 3), ('service_type', 'notary', '公证', 4),
  ('service_type', 'forensic', '司法鉴定', 5), ('service_type', 'counsel', '法律顾问', 6),
  ('service_type', 'drafting', '代写法律文书', 7), ('service_type', 'publicity', '普法', 8),
  ('special_group', 'elderly', '老年人', 1), ('special_group', 'disabled', '残疾人', 2),
  ('special_group', 'minor', '未成年人', 3), ('special_group', 'women', '妇女', 4),
  ('special_group', 'migrant', '农民工', 5), ('special_group', 'veteran', '退役军人', 6),
  ('matter_category', 'labour', '劳动', 1), ('matter_category', 'marriage', '婚姻家庭', 2),
  ('matter_category', 'debt', '债权债务', 3), ('matter_category', 'traffic', '交通事故', 4),
  ('matter_category', 'house', '房产', 5), ('matter_category', 'land', '土地', 6),
  ('matter_category', 'inherit', '继承', 7), ('matter_category', 'support', '赡养抚养', 8),
  ('matter_category', 'injury', '工伤', 9), ('matter_category', 'wages', '拖欠农民工工资', 10),
  ('matter_category', 'other', '其他', 99),
  ('service_outcome', 'answered', '当场解答', 1), ('service_outcome', 'referred', '转交', 2),
  ('service_outcome', 'guided', '引导', 3), ('service_outcome', 'later', '约期答复', 4),
  ('satisfaction', 'satisfied', '满意', 1), ('satisfaction', 'fair', '基本满意', 2),
  ('satisfaction', 'unsatisfied', '不满意', 3), ('satisfaction', 'none', '未评价', 4);
INSERT INTO codes (uid, office_code, list, code, label, sort,
                   created_at, created_by, updated_at, updated_by)
SELECT 'seed-' || list || '-' || code, '', list, code, label, sort,
       '2026-01-01T00:00:00+08:00', 'schema', '2026-01-01T00:00:00+08:00', 'schema'
FROM seed;
DROP TABLE seed;
