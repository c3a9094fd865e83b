-- The dispatcher phase of bench/run.sh: -v emails=N pending emails in the outbox, as the portal writes them (one
-- row per recipient, rendered HTML and text, PENDING, due now). Their content is a copy of an email the portal
-- rendered in this run's POST phase (bench.model_email) or, without one, a page of similar size. The recipients are
-- the users of the companies with services, in turn. bench.queued keeps the first id, to find and delete them.
SET search_path = portal;

DROP TABLE IF EXISTS bench.queued;
CREATE TABLE IF NOT EXISTS bench.model_email AS SELECT * FROM outbound_email WITH NO DATA;
CREATE TABLE bench.queued AS SELECT coalesce(max(id), 0) + 1 AS first_id FROM outbound_email;

CREATE TEMP TABLE model AS
SELECT notification_group, event_type, subject, text_body, html_body FROM bench.model_email
UNION ALL
SELECT 'SERVICES', 'service-live', 'Your VXC is live',
       repeat('Your VXC Prod to AWS 1 between Sydney and Singapore is live. ', 20),
       '<html><body><h1>Your VXC is live</h1>' || repeat('<p>Your VXC Prod to AWS 1 is live.</p>', 60) || '</body></html>'
WHERE NOT EXISTS (SELECT 1 FROM bench.model_email)
LIMIT 1;

INSERT INTO outbound_email (recipient, user_id, company_id, notification_group, event_type, subject, text_body,
                            html_body, status, attempts, next_attempt_at, created_at)
SELECT u.email, u.id, u.company_id, m.notification_group, m.event_type, m.subject, m.text_body, m.html_body,
       'PENDING', 0, now(), now()
FROM generate_series(0, :emails - 1) n
JOIN app_user u ON u.id = 10 + n % 5000
CROSS JOIN model m;
