-- sifa-desk: the whole current schema (user_version 4).
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
