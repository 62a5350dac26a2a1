-- Indexes that keep the long lists' pages a search bounded by the keyset, however deep.
-- The person registry newest first within the office (the index carries the id).
CREATE INDEX persons_office ON persons (office_code);
-- The 其他模块 column counts a page's persons' live visits from the index alone.
DROP INDEX service_entries_person;
CREATE INDEX service_entries_person ON service_entries (person_id, voided_at);
-- The register's party search reads the own office's live parties only, from the index.
CREATE INDEX dispute_parties_office
    ON dispute_parties (office_code, voided_at, person_id, org_name, dispute_id);
