-- Spring Modulith's event publication registry (JPA), used by @ApplicationModuleListener between modules.
CREATE TABLE event_publication (
    id                     UUID        NOT NULL PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);

CREATE INDEX event_publication_incomplete_idx ON event_publication (publication_date) WHERE completion_date IS NULL;
