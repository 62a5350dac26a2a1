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
