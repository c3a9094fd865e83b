-- Rate limits (log-in, sign-up, invitations, resend, service-key look-ups) per client address and per account, counted
-- here so that every portal instance on this database counts the same requests: one fixed window per key.
CREATE TABLE rate_limit_window (
    key          VARCHAR(300) PRIMARY KEY,
    window_start TIMESTAMPTZ  NOT NULL,
    requests     INT          NOT NULL CHECK (requests > 0)
);

-- windows that ended long ago are deleted by the portal now and then
CREATE INDEX rate_limit_window_start_idx ON rate_limit_window (window_start);
