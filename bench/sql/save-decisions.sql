-- Before the POST phase of bench/run.sh: the pending requests of the providers (-v providers=2,3,...) that the
-- benchmark decides, and a copy of every row a decision changes (the request, its VXC, the VXC's VLANs), with the
-- last id of every table that decisions add rows to (history, emails, audit) and the time the phase starts.
-- restore-decisions.sql puts it all back.
SET search_path = portal;

DROP TABLE IF EXISTS bench.saved_approval, bench.saved_service, bench.saved_port_vlan, bench.saved_marks;

CREATE TABLE bench.saved_approval AS
SELECT * FROM approval WHERE status = 'PENDING' AND provider_company_id IN (:providers);

CREATE TABLE bench.saved_service AS
SELECT * FROM service WHERE id IN (SELECT vxc_id FROM bench.saved_approval);

CREATE TABLE bench.saved_port_vlan AS
SELECT * FROM port_vlan WHERE vxc_id IN (SELECT id FROM bench.saved_service);

CREATE TABLE bench.saved_marks AS
SELECT (SELECT coalesce(max(id), 0) FROM service_event) AS service_event,
       (SELECT coalesce(max(id), 0) FROM outbound_email) AS outbound_email,
       (SELECT coalesce(max(id), 0) FROM audit_entry) AS audit_entry,
       clock_timestamp() AS started_at;
