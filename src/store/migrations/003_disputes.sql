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
