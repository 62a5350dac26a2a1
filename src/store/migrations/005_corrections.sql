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
