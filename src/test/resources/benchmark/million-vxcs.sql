-- The dataset of MillionVxcsBenchmark (docs/benchmarks.md): about 1,000,000 VXCs over 1,000 companies with ports,
-- among 100,000 companies. Run by the benchmark in ONE transaction on an empty, migrated schema "portal" (the
-- benchmark drops the non-unique secondary indexes of the big tables first and rebuilds them from their own
-- definitions afterwards, which is much faster than updating them row by row). Every CHECK, FOREIGN KEY and UNIQUE
-- constraint of db/migration stays on: the database checks this data as it checks the portal's.
--
-- Statements end with ";" at the end of a line; the benchmark runs them one by one and logs the first comment line
-- above each one. Identity columns of company, app_user and service are given explicit ids (computed below) and their
-- sequences moved past them at the end.
--
-- Companies:   1 = the operator; 2 = "Hyperscale Cloud Exchange", the big one (300 ports, 200,000 VXCs, and the
--              B-end of about 60,000 marketplace VXCs of other companies); 3..22 = marketplace providers (40 ports,
--              1,000 VXCs each); 23..1001 = customers with 10..40 ports and 159..1,435 VXCs; 1002..100000 = companies
--              without services (direct, partners, their managed companies, distributors).
-- Users:       1 Sales, 2 Operator Admin; company c in 2..1001 has ids 10 + 5 * (c - 2) + r, r = 0 Company Admin,
--              1 Technical Admin, 2 Technical Contact, 3 Finance, 4 Read Only (emails admin|tech|contact|finance|viewer
--              @c<c>.bench.example); company 2 has 45 more Technical Contacts; company c >= 1002 has one Company Admin,
--              id 10000 + c.

SET LOCAL work_mem = '256MB';

SET LOCAL maintenance_work_mem = '512MB';

SET LOCAL synchronous_commit = off;

-- companies: the operator and the big one
INSERT INTO company (id, name, account_type, supported_by, parent_partner_id, signup_email, created_at)
VALUES (1, 'Portal Operations', 'OPERATOR', NULL, NULL, NULL, now() - interval '6 years'),
       (2, 'Hyperscale Cloud Exchange', 'DIRECT', 'OPERATOR', NULL, 'admin@c2.bench.example', now() - interval '5 years');

-- companies: customers with services (3..1001) and the partners among the others (every 20th of 1002..100000)
INSERT INTO company (id, name, account_type, supported_by, parent_partner_id, signup_email, created_at)
SELECT i,
       (ARRAY['Blue', 'Red', 'Green', 'Silver', 'Golden', 'North', 'South', 'East', 'West', 'Pacific', 'Atlantic',
              'Alpine', 'Coastal', 'Urban', 'Metro', 'Quantum', 'Stellar', 'Rapid', 'Prime', 'Summit'])[1 + i % 20]
           || ' ' || (ARRAY['Harbor', 'River', 'Peak', 'Bridge', 'Falcon', 'Cedar', 'Orbit', 'Signal', 'Vector',
                            'Matrix', 'Beacon', 'Canyon', 'Delta', 'Ember', 'Fjord', 'Granite', 'Horizon', 'Island',
                            'Jetty', 'Keystone', 'Lagoon', 'Meadow', 'Nimbus', 'Onyx', 'Prairie'])[1 + (i / 20) % 25]
           || ' ' || (ARRAY['Networks', 'Systems', 'Cloud', 'Data', 'Telecom', 'Media', 'Logistics', 'Health', 'Bank',
                            'Energy', 'Retail', 'Labs', 'Games', 'Security', 'Analytics'])[1 + (i / 500) % 15]
           || ' ' || i,
       CASE WHEN i <= 1001 AND i % 10 <> 5 THEN 'DIRECT' ELSE 'PARTNER' END,
       CASE WHEN i > 1001 AND i % 40 = 0 THEN 'PARTNER' ELSE 'OPERATOR' END,
       NULL,
       'admin@c' || i || '.bench.example',
       now() - interval '4 years' - (100001 - i) * interval '10 minutes'
FROM generate_series(3, 100000) i
WHERE i <= 1001 OR i % 20 = 0;

-- companies: the rest of 1002..100000 (direct, distributors, and managed companies of the partners above)
INSERT INTO company (id, name, account_type, supported_by, parent_partner_id, signup_email, created_at)
SELECT i,
       (ARRAY['Blue', 'Red', 'Green', 'Silver', 'Golden', 'North', 'South', 'East', 'West', 'Pacific', 'Atlantic',
              'Alpine', 'Coastal', 'Urban', 'Metro', 'Quantum', 'Stellar', 'Rapid', 'Prime', 'Summit'])[1 + i % 20]
           || ' ' || (ARRAY['Harbor', 'River', 'Peak', 'Bridge', 'Falcon', 'Cedar', 'Orbit', 'Signal', 'Vector',
                            'Matrix', 'Beacon', 'Canyon', 'Delta', 'Ember', 'Fjord', 'Granite', 'Horizon', 'Island',
                            'Jetty', 'Keystone', 'Lagoon', 'Meadow', 'Nimbus', 'Onyx', 'Prairie'])[1 + (i / 20) % 25]
           || ' ' || (ARRAY['Networks', 'Systems', 'Cloud', 'Data', 'Telecom', 'Media', 'Logistics', 'Health', 'Bank',
                            'Energy', 'Retail', 'Labs', 'Games', 'Security', 'Analytics'])[1 + (i / 500) % 15]
           || ' ' || i,
       CASE WHEN i % 20 = 1 THEN 'DISTRIBUTOR' WHEN i % 20 BETWEEN 2 AND 5 THEN 'MANAGED' ELSE 'DIRECT' END,
       CASE WHEN i % 20 = 1 THEN NULL WHEN i % 20 BETWEEN 2 AND 5 AND i % 2 = 0 THEN 'PARTNER' ELSE 'OPERATOR' END,
       CASE WHEN i % 20 BETWEEN 2 AND 5 THEN 1020 + 20 * (i % 4950) END,
       'admin@c' || i || '.bench.example',
       now() - interval '4 years' - (100001 - i) * interval '10 minutes'
FROM generate_series(1002, 100000) i
WHERE i % 20 <> 0;

-- users: the operator's Sales and Operator Admin
INSERT INTO app_user (id, company_id, email, full_name, password_hash, role, status, created_at)
VALUES (1, 1, 'sales@ops.bench.example', 'Sam Sales', '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm',
        'SALES', 'ACTIVE', now() - interval '6 years'),
       (2, 1, 'admin@ops.bench.example', 'Olive Operator', '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm',
        'OPERATOR_ADMIN', 'ACTIVE', now() - interval '6 years');

-- users: five per company with services, one of each customer role
INSERT INTO app_user (id, company_id, email, full_name, password_hash, role, status, created_at)
SELECT 10 + 5 * (c.id - 2) + r.n, c.id, r.local || '@c' || c.id || '.bench.example', r.title || ' ' || c.id,
       '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', r.role, 'ACTIVE', c.created_at
FROM company c
CROSS JOIN (VALUES (0, 'admin', 'Ada Admin', 'COMPANY_ADMIN'), (1, 'tech', 'Ted Tech', 'TECHNICAL_ADMIN'),
                   (2, 'contact', 'Cora Contact', 'TECHNICAL_CONTACT'), (3, 'finance', 'Finn Finance', 'FINANCE'),
                   (4, 'viewer', 'Vera Viewer', 'READ_ONLY')) AS r (n, local, title, role)
WHERE c.id BETWEEN 2 AND 1001;

-- users: 45 more Technical Contacts of the big company, and one Company Admin of every company without services
INSERT INTO app_user (id, company_id, email, full_name, password_hash, role, status, created_at)
SELECT 5009 + n, 2, 'contact' || n || '@c2.bench.example', 'Contact ' || n || ' of Hyperscale',
       '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', 'TECHNICAL_CONTACT', 'ACTIVE',
       now() - interval '4 years'
FROM generate_series(1, 45) n
UNION ALL
SELECT 10000 + c.id, c.id, 'admin@c' || c.id || '.bench.example', 'Ada Admin ' || c.id,
       '$2a$10$benchmarkbenchmarkbenchmarkbenchmarkbenchmarkbenchm', 'COMPANY_ADMIN', 'ACTIVE', c.created_at
FROM company c
WHERE c.id >= 1002;

-- each company's market (companies with services are billed in the United States, in USD like their services),
-- and a valid fixed-line number of that country for it (libphonenumber checks them when they are shown)
CREATE TEMP TABLE bench_phone ON COMMIT DROP AS
SELECT c.id AS company_id, m.market_code, m.prefix || lpad((c.id % (10 ^ m.digits)::int)::text, m.digits, '0') AS phone
FROM company c
JOIN (VALUES ('AU', '+6129', 7), ('NZ', '+6493', 6), ('SG', '+6562', 6), ('HK', '+85223', 6), ('JP', '+8135', 7),
             ('US', '+12122', 6), ('CA', '+14162', 6), ('GB', '+44207', 7), ('IE', '+35314', 6), ('DE', '+49302', 7),
             ('NL', '+31205', 6), ('FR', '+3314', 7)) AS m (market_code, prefix, digits)
  ON m.market_code = CASE WHEN c.id <= 1001 THEN 'US'
                          ELSE (ARRAY['AU', 'NZ', 'SG', 'HK', 'JP', 'US', 'CA', 'GB', 'IE', 'DE', 'NL', 'FR'])[1 + c.id % 12]
                          END;

-- technical support details: of the companies §2 requires them of (5 % of those without services still lack them)
INSERT INTO support_details (company_id, phone, email, updated_at, updated_by_user_id, updated_by_name)
SELECT c.id, p.phone, 'noc@c' || c.id || '.bench.example', c.created_at + interval '1 day',
       CASE WHEN c.id <= 1001 THEN 10 + 5 * (c.id - 2) ELSE 10000 + c.id END, 'Ada Admin ' || c.id
FROM company c
JOIN bench_phone p ON p.company_id = c.id
WHERE (c.account_type IN ('DIRECT', 'PARTNER') OR (c.account_type = 'MANAGED' AND c.supported_by = 'OPERATOR'))
  AND (c.id <= 1001 OR c.id % 20 <> 7);

-- billing markets: one per company that is not managed (5 % of those without services have none yet)
INSERT INTO billing_market (company_id, market_code, contact_name, contact_phone, contact_email, address_line1, city,
                            enabled_at, updated_at, updated_by)
SELECT c.id, p.market_code, 'Finn Finance ' || c.id, p.phone, 'billing@c' || c.id || '.bench.example',
       c.id || ' Example Street', 'Capital City', c.created_at + interval '2 days', c.created_at + interval '2 days',
       'Ada Admin ' || c.id
FROM company c
JOIN bench_phone p ON p.company_id = c.id
WHERE c.account_type IN ('DIRECT', 'PARTNER', 'DISTRIBUTOR') AND (c.id <= 1001 OR c.id % 20 <> 9);

-- marketplace: the big company and companies 3..22 are visible providers
INSERT INTO marketplace_profile (company_id, display_name, description, contact_email, visible, updated_at, updated_by)
SELECT c.id, CASE WHEN c.id = 2 THEN 'Hyperscale Cloud' ELSE 'Provider ' || c.id || ' Cloud' END,
       'Cloud on-ramps in every market', 'marketplace@c' || c.id || '.bench.example', TRUE, c.created_at, 'Ada Admin'
FROM company c
WHERE c.id BETWEEN 2 AND 22;

INSERT INTO marketplace_profile_service_type (company_id, service_type)
SELECT company_id, 'CLOUD' FROM marketplace_profile;

-- the plan: how many ports and VXCs each company with services has, and where its ports and VXCs start
CREATE TEMP TABLE bench_company ON COMMIT DROP AS
SELECT c AS company_id,
       CASE WHEN c = 2 THEN 300 WHEN c <= 22 THEN 40 ELSE 10 + (c * 7) % 31 END AS ports,
       CASE WHEN c = 2 THEN 200000 WHEN c <= 22 THEN 1000
            ELSE round(797 * (ARRAY[0.2, 0.5, 1.0, 1.5, 1.8])[1 + c % 5])::int END AS vxcs
FROM generate_series(2, 1001) c;

ALTER TABLE bench_company ADD COLUMN first_port BIGINT;

UPDATE bench_company b SET first_port = s.first_port
FROM (SELECT company_id, 1 + sum(ports) OVER (ORDER BY company_id) - ports AS first_port FROM bench_company) s
WHERE s.company_id = b.company_id;

CREATE TEMP TABLE bench_location ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, code FROM location;

-- ports: LIVE, 10 Gbps (every fifth 100 Gbps), at the company's locations, priced from the price book
INSERT INTO service (id, company_id, kind, name, state, location_id, speed_gbps, term_months, monthly_price, currency,
                     created_at, live_at)
SELECT b.first_port + p.idx, b.company_id, 'PORT', l.code || ' port ' || (p.idx + 1), 'LIVE', l.id,
       CASE WHEN p.idx % 5 = 0 THEN 100 ELSE 10 END, 12, pp.monthly_price, 'USD',
       now() - interval '3 years 1 month' + p.idx * interval '1 hour',
       now() - interval '3 years 1 month' + p.idx * interval '1 hour' + interval '4 minutes'
FROM bench_company b
CROSS JOIN LATERAL generate_series(0, b.ports - 1) AS p (idx)
JOIN bench_location l ON l.n = (b.company_id * 3 + p.idx) % (SELECT count(*) FROM bench_location)
JOIN port_price pp ON pp.location_id = l.id AND pp.speed_gbps = CASE WHEN p.idx % 5 = 0 THEN 100 ELSE 10 END
                  AND pp.term_months = 12 AND pp.currency = 'USD'
ORDER BY 1;

-- the VXCs: ends, provider (for a marketplace VXC, whose B-end is another company's port), speed and age
CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
SELECT v.*,
       now() - interval '2 hours'
           - interval '3 years' * (1 - (v.j + ((v.company_id * 7919 + v.j::bigint * 104729) % 1000) / 1000.0) / v.vxcs)
           AS created_at
FROM (
    SELECT b.company_id, b.vxcs, g.j, b.first_port + a.idx AS a_port,
           CASE WHEN m.provider IS NULL THEN b.first_port + o.idx ELSE pb.first_port + pi.idx END AS b_port,
           m.provider,
           (ARRAY[50, 100, 200, 500, 1000, 2000, 5000, 10000])[1 + (g.j * 11 + b.company_id) % 8] AS rate,
           (ARRAY['Prod', 'Backup', 'DR', 'Dev', 'Test', 'Core', 'Edge', 'Transit', 'Peering', 'Analytics'])
               [1 + (g.j * 7 + b.company_id) % 10]
               || ' to ' || (ARRAY['AWS', 'Azure', 'GCP', 'Oracle', 'IBM', 'Alibaba', 'Salesforce', 'Zoom', 'Equinix',
                                   'Sydney', 'London', 'Tokyo'])[1 + (g.j / 10) % 12]
               || ' ' || (g.j + 1) AS name,
           (g.j * 53 + b.company_id * 7) % 100 AS roll,
           (g.j * 17 + b.company_id) % 50 AS speed_roll
    FROM bench_company b
    CROSS JOIN LATERAL generate_series(0, b.vxcs - 1) AS g (j)
    -- the provider of a marketplace VXC: the big company for 8 % of the customers' VXCs, companies 3..22 for 2 %,
    -- and companies 3..22 for every 20th VXC of the big company (not those of its busiest port)
    CROSS JOIN LATERAL (SELECT CASE
        WHEN b.company_id = 2 AND g.j % 57 <> 0 AND g.j % 20 = 0 THEN 3 + (g.j / 20) % 20
        WHEN b.company_id >= 23 AND (g.j * 37 + b.company_id) % 100 < 8 THEN 2
        WHEN b.company_id >= 23 AND (g.j * 37 + b.company_id) % 100 < 10 THEN 3 + (g.j + b.company_id) % 20
        END AS provider) AS m
    -- the A-end: port 0 of the big company carries every 57th of its VXCs (3,509), its other 299 ports the rest
    CROSS JOIN LATERAL (SELECT CASE
        WHEN b.company_id <> 2 THEN g.j % b.ports
        WHEN g.j % 57 = 0 THEN 0
        ELSE 1 + g.j % 299 END AS idx) AS a
    -- the B-end among the company's own ports: never the A-end (nor the big company's port 0)
    CROSS JOIN LATERAL (SELECT CASE
        WHEN b.company_id <> 2 THEN (a.idx + 1 + (g.j / b.ports) % (b.ports - 1)) % b.ports
        WHEN g.j % 57 = 0 THEN 1 + g.j % 299
        ELSE 1 + ((g.j % 299) + 1 + (g.j / 299) % 298) % 299 END AS idx) AS o
    LEFT JOIN bench_company pb ON pb.company_id = m.provider
    CROSS JOIN LATERAL (SELECT CASE
        WHEN m.provider = 2 THEN 1 + (g.j * 13 + b.company_id) % 299
        ELSE (g.j * 7 + b.company_id) % 40 END AS idx) AS pi
) v;

-- the VXCs' states: own VXCs mostly LIVE (8 % cancelled, 4 % being provisioned); marketplace VXCs of the last 30
-- days mostly awaiting the provider, older ones accepted (LIVE), denied, expired or withdrawn; 2 % of the LIVE
-- marketplace VXCs wait for a speed raise
CREATE TEMP TABLE bench_vxc ON COMMIT DROP AS
SELECT p.*, s.state,
       CASE WHEN s.state IN ('LIVE', 'CANCELLED') AND p.provider IS NULL THEN p.created_at + interval '4 minutes'
            WHEN s.state = 'LIVE' THEN p.created_at + interval '1 hour 4 minutes' END AS live_at,
       CASE WHEN s.state = 'EXPIRED' THEN p.created_at + interval '30 days'
            WHEN s.state IN ('CANCELLED', 'DENIED') THEN least(p.created_at + interval '10 days', now()) END AS ended_at,
       CASE WHEN s.state = 'LIVE' AND p.provider IS NOT NULL AND p.speed_roll = 0 AND p.rate < 10000 THEN p.rate * 2
            END AS pending_rate
FROM bench_plan p
CROSS JOIN LATERAL (SELECT CASE
    WHEN p.provider IS NULL THEN CASE WHEN p.roll < 8 THEN 'CANCELLED' WHEN p.roll < 10 THEN 'DEPLOYABLE'
                                      WHEN p.roll < 12 THEN 'CONFIGURED' ELSE 'LIVE' END
    WHEN p.created_at > now() - interval '30 days' THEN CASE WHEN p.roll < 70 THEN 'AWAITING_APPROVAL' ELSE 'LIVE' END
    WHEN p.roll < 4 THEN 'DENIED' WHEN p.roll < 7 THEN 'EXPIRED' WHEN p.roll < 12 THEN 'CANCELLED'
    ELSE 'LIVE' END AS state) AS s;

-- the VXCs' ids in the order they were ordered (companies interleaved, as in production) and their VLANs: the n-th
-- VXC end on a port gets VLAN n + 1, A-ends first, so that (port, VLAN) is unique (port_vlan's primary key)
CREATE TEMP TABLE bench_a_ends ON COMMIT DROP AS
SELECT a_port AS port, count(*) AS n FROM bench_vxc GROUP BY a_port;

CREATE TEMP TABLE bench_vxc_id ON COMMIT DROP AS
SELECT v.*, (SELECT max(id) FROM service) + row_number() OVER (ORDER BY v.created_at, v.company_id, v.j) AS id
FROM bench_vxc v;

CREATE TEMP TABLE bench_service ON COMMIT DROP AS
SELECT v.*,
       1 + row_number() OVER (PARTITION BY v.a_port ORDER BY v.id) AS a_vlan,
       1 + coalesce(e.n, 0) + row_number() OVER (PARTITION BY v.b_port ORDER BY v.id) AS b_vlan
FROM bench_vxc_id v
LEFT JOIN bench_a_ends e ON e.port = v.b_port;

-- VXCs: priced by their rate limit's band; those being provisioned are held (not due for the provisioner)
INSERT INTO service (id, company_id, kind, name, state, a_end_port_id, b_end_port_id, rate_limit_mbps,
                     pending_rate_limit_mbps, a_vlan, b_vlan, monthly_price, currency, created_at, next_step_at,
                     live_at, ended_at)
SELECT v.id, v.company_id, 'VXC', v.name, v.state, v.a_port, v.b_port, v.rate, v.pending_rate, v.a_vlan, v.b_vlan,
       vp.monthly_price, 'USD', v.created_at,
       CASE WHEN v.state IN ('DEPLOYABLE', 'CONFIGURED') THEN now() + interval '100 years' END, v.live_at, v.ended_at
FROM bench_service v
JOIN vxc_price vp ON vp.band_max_mbps = v.rate AND vp.currency = 'USD'
ORDER BY v.id;

-- VLANs in use: both ends of every VXC that has not ended
INSERT INTO port_vlan (port_id, vlan, vxc_id)
SELECT a_port, a_vlan, id FROM bench_service WHERE state NOT IN ('CANCELLED', 'DENIED', 'EXPIRED')
UNION ALL
SELECT b_port, b_vlan, id FROM bench_service WHERE state NOT IN ('CANCELLED', 'DENIED', 'EXPIRED');

-- history: every state each service has been in
CREATE TEMP TABLE bench_path ON COMMIT DROP AS
SELECT * FROM (VALUES
    (FALSE, 'LIVE', 1, 'DEPLOYABLE', 'Ordered', interval '0'),
    (FALSE, 'LIVE', 2, 'CONFIGURED', NULL, interval '2 minutes'),
    (FALSE, 'LIVE', 3, 'LIVE', NULL, interval '4 minutes'),
    (FALSE, 'CANCELLED', 1, 'DEPLOYABLE', 'Ordered', interval '0'),
    (FALSE, 'CANCELLED', 2, 'CONFIGURED', NULL, interval '2 minutes'),
    (FALSE, 'CANCELLED', 3, 'LIVE', NULL, interval '4 minutes'),
    (FALSE, 'CANCELLED', 4, 'CANCELLED', 'Cancelled by Ted Tech', NULL),
    (FALSE, 'DEPLOYABLE', 1, 'DEPLOYABLE', 'Ordered', interval '0'),
    (FALSE, 'CONFIGURED', 1, 'DEPLOYABLE', 'Ordered', interval '0'),
    (FALSE, 'CONFIGURED', 2, 'CONFIGURED', NULL, interval '2 minutes'),
    (TRUE, 'AWAITING_APPROVAL', 1, 'AWAITING_APPROVAL', 'Ordered', interval '0'),
    (TRUE, 'LIVE', 1, 'AWAITING_APPROVAL', 'Ordered', interval '0'),
    (TRUE, 'LIVE', 2, 'DEPLOYABLE', 'Accepted by Ada Admin of the port''s owner', interval '1 hour'),
    (TRUE, 'LIVE', 3, 'CONFIGURED', NULL, interval '1 hour 2 minutes'),
    (TRUE, 'LIVE', 4, 'LIVE', NULL, interval '1 hour 4 minutes'),
    (TRUE, 'DENIED', 1, 'AWAITING_APPROVAL', 'Ordered', interval '0'),
    (TRUE, 'DENIED', 2, 'DENIED', 'Denied by Ada Admin of the port''s owner', NULL),
    (TRUE, 'EXPIRED', 1, 'AWAITING_APPROVAL', 'Ordered', interval '0'),
    (TRUE, 'EXPIRED', 2, 'EXPIRED', 'Not accepted in 30 days', NULL),
    (TRUE, 'CANCELLED', 1, 'AWAITING_APPROVAL', 'Ordered', interval '0'),
    (TRUE, 'CANCELLED', 2, 'CANCELLED', 'Withdrawn by Ted Tech', NULL)
) AS p (marketplace, state, step, event_state, note, after);

INSERT INTO service_event (service_id, state, note, actor_name, at)
SELECT id, event_state, note, 'Bench Loader', at
FROM (
    SELECT s.id, e.state AS event_state, e.note, s.created_at + e.after AS at
    FROM service s
    CROSS JOIN (VALUES ('DEPLOYABLE', 'Ordered', interval '0'), ('CONFIGURED', NULL, interval '2 minutes'),
                       ('LIVE', NULL, interval '4 minutes')) AS e (state, note, after)
    WHERE s.kind = 'PORT'
    UNION ALL
    SELECT v.id, p.event_state, p.note, coalesce(v.created_at + p.after, v.ended_at)
    FROM bench_service v
    JOIN bench_path p ON p.marketplace = (v.provider IS NOT NULL) AND p.state = v.state
) e
ORDER BY at, id;

-- approvals: the connection request of every marketplace VXC, requested by the customer's Technical Admin and
-- decided by the provider's Company Admin (or withdrawn by the requester, or expired)
INSERT INTO approval (type, status, vxc_id, customer_company_id, provider_company_id, a_end_port_id, b_end_port_id,
                      rate_limit_mbps, a_vlan, b_vlan, requested_by, requested_by_name, requested_at, expires_at,
                      decided_by_user_id, decided_by_name, decided_at, comment)
SELECT 'NEW_ORDER',
       CASE v.state WHEN 'AWAITING_APPROVAL' THEN 'PENDING' WHEN 'LIVE' THEN 'APPROVED' WHEN 'DENIED' THEN 'REJECTED'
                    WHEN 'EXPIRED' THEN 'EXPIRED' ELSE 'WITHDRAWN' END,
       v.id, v.company_id, v.provider, v.a_port, v.b_port, v.rate, v.a_vlan, v.b_vlan,
       11 + 5 * (v.company_id - 2), 'Ted Tech ' || v.company_id, v.created_at, v.created_at + interval '30 days',
       CASE v.state WHEN 'LIVE' THEN 10 + 5 * (v.provider - 2) WHEN 'DENIED' THEN 10 + 5 * (v.provider - 2)
                    WHEN 'CANCELLED' THEN 11 + 5 * (v.company_id - 2) END,
       CASE v.state WHEN 'AWAITING_APPROVAL' THEN NULL WHEN 'LIVE' THEN 'Ada Admin ' || v.provider
                    WHEN 'DENIED' THEN 'Ada Admin ' || v.provider WHEN 'EXPIRED' THEN 'Portal'
                    ELSE 'Ted Tech ' || v.company_id END,
       CASE v.state WHEN 'AWAITING_APPROVAL' THEN NULL WHEN 'LIVE' THEN v.created_at + interval '1 hour'
                    WHEN 'EXPIRED' THEN v.ended_at ELSE v.ended_at END,
       CASE WHEN v.state = 'DENIED' THEN 'No capacity on that port' END
FROM bench_service v
WHERE v.provider IS NOT NULL
ORDER BY v.created_at, v.id;

-- approvals: speed raises of LIVE marketplace VXCs, 2 % waiting (the VXC's pending_rate_limit_mbps), 6 % decided
INSERT INTO approval (type, status, vxc_id, customer_company_id, provider_company_id, a_end_port_id, b_end_port_id,
                      rate_limit_mbps, requested_rate_limit_mbps, a_vlan, b_vlan, requested_by, requested_by_name,
                      requested_at, expires_at, decided_by_user_id, decided_by_name, decided_at, comment)
SELECT 'SPEED_CHANGE', CASE r.speed_roll WHEN 0 THEN 'PENDING' WHEN 2 THEN 'WITHDRAWN' ELSE 'REJECTED' END,
       r.id, r.company_id, r.provider, r.a_port, r.b_port, r.rate, r.rate * 2, r.a_vlan, r.b_vlan,
       11 + 5 * (r.company_id - 2), 'Ted Tech ' || r.company_id, r.requested_at, r.requested_at + interval '30 days',
       CASE r.speed_roll WHEN 0 THEN NULL WHEN 2 THEN 11 + 5 * (r.company_id - 2) ELSE 10 + 5 * (r.provider - 2) END,
       CASE r.speed_roll WHEN 0 THEN NULL WHEN 2 THEN 'Ted Tech ' || r.company_id ELSE 'Ada Admin ' || r.provider END,
       CASE r.speed_roll WHEN 0 THEN NULL ELSE r.requested_at + interval '1 day' END,
       CASE r.speed_roll WHEN 1 THEN 'Not at this time' END
FROM (
    SELECT v.*,
           CASE WHEN v.speed_roll = 0 THEN greatest(v.live_at, now() - interval '25 days') + interval '1 minute'
                ELSE v.live_at + (now() - v.live_at) / 2 END AS requested_at
    FROM bench_service v
    WHERE v.provider IS NOT NULL AND v.state = 'LIVE' AND v.rate < 10000 AND v.speed_roll < 4
) r
ORDER BY r.requested_at, r.id;

-- notifications: 10,000 for the big company's Company Admin (the newest 30 unread), 50 for the Company Admin and the
-- Technical Admin of every other company with services, one welcome for every other Company Admin; all sent
INSERT INTO outbound_email (recipient, user_id, company_id, notification_group, event_type, subject, text_body,
                            html_body, status, attempts, next_attempt_at, created_at, sent_at, read_at)
SELECT u.email, u.id, u.company_id, n.grp, n.event_type, n.subject || ' #' || g.k, n.subject || ' #' || g.k,
       '<p>' || n.subject || ' #' || g.k || '</p>', 'SENT', 1, t.at, t.at, t.at + interval '5 seconds',
       CASE WHEN g.k > g.total - 30 AND u.id = 10 THEN NULL ELSE t.at + interval '1 day' END
FROM app_user u
CROSS JOIN LATERAL (SELECT k, CASE WHEN u.id = 10 THEN 10000 ELSE 50 END AS total
                    FROM generate_series(1, CASE WHEN u.id = 10 THEN 10000 ELSE 50 END) k) g
CROSS JOIN LATERAL (SELECT now() - interval '3 years' * (1 - g.k::numeric / (g.total + 1)) AS at) t
CROSS JOIN LATERAL (SELECT (ARRAY['SERVICES', 'ORDERING', 'SERVICE_STATUS', 'COMPANY'])[1 + g.k % 4] AS grp,
                           (ARRAY['service-live', 'order-placed', 'service-status-notice', 'marketplace-profile'])
                               [1 + g.k % 4] AS event_type,
                           (ARRAY['Your VXC is live', 'Your order is placed', 'Planned maintenance in Sydney',
                                  'Your Marketplace profile changed'])[1 + g.k % 4] AS subject) n
WHERE u.company_id BETWEEN 2 AND 1001 AND u.id < 5010 AND (u.id - 10) % 5 IN (0, 1)
UNION ALL
SELECT u.email, u.id, u.company_id, 'PEOPLE', 'user-joined', 'Welcome to the portal', 'Welcome to the portal',
       '<p>Welcome to the portal</p>', 'SENT', 1, u.created_at, u.created_at, u.created_at + interval '5 seconds',
       u.created_at + interval '1 day'
FROM app_user u
WHERE u.company_id >= 1002;

-- identity sequences after the explicit ids
SELECT setval(pg_get_serial_sequence('company', 'id'), (SELECT max(id) FROM company));

SELECT setval(pg_get_serial_sequence('app_user', 'id'), (SELECT max(id) FROM app_user));

SELECT setval(pg_get_serial_sequence('service', 'id'), (SELECT max(id) FROM service));
