-- The items a background job (the provisioner) claimed or that failed: each item is handled in a transaction of its
-- own, so a claim is kept here (retry_at, until when no other instance takes the item) rather than as a row lock;
-- a failed item counts its failures in a row and its last error, waits until retry_at, and is set aside (no longer
-- tried) after too many. A row goes away when its item's step succeeds.
CREATE TABLE job_item (
    job            VARCHAR(40)   NOT NULL,
    item_id        BIGINT        NOT NULL,
    failures       INT           NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_error     VARCHAR(1000),
    last_failed_at TIMESTAMPTZ,
    retry_at       TIMESTAMPTZ   NOT NULL,
    set_aside_at   TIMESTAMPTZ,
    PRIMARY KEY (job, item_id)
);
