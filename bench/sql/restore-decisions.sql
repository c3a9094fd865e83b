-- After the POST phase of bench/run.sh (or at the start of the next run, when one stopped half-way): puts back what
-- save-decisions.sql saved, in one transaction, so that the dataset stays as seeded.
SET search_path = portal;

BEGIN;

DELETE FROM port_vlan WHERE vxc_id IN (SELECT id FROM bench.saved_service);
INSERT INTO port_vlan SELECT * FROM bench.saved_port_vlan;

-- every column of the saved rows, whatever the migrations added
DO $$
DECLARE
    saved TEXT;
    columns TEXT;
BEGIN
    FOREACH saved IN ARRAY ARRAY['approval', 'service'] LOOP
        SELECT string_agg(format('%I = s.%I', column_name, column_name), ', ') INTO columns
        FROM information_schema.columns
        WHERE table_schema = 'portal' AND table_name = saved AND column_name <> 'id' AND is_generated = 'NEVER'
          AND identity_generation IS NULL;
        EXECUTE format('UPDATE portal.%I t SET %s FROM bench.%I s WHERE t.id = s.id', saved, columns, 'saved_' || saved);
    END LOOP;
END $$;

DELETE FROM service_event WHERE id > (SELECT service_event FROM bench.saved_marks);
DELETE FROM outbound_email WHERE id > (SELECT outbound_email FROM bench.saved_marks);
DELETE FROM audit_entry WHERE id > (SELECT audit_entry FROM bench.saved_marks);
DELETE FROM event_publication WHERE publication_date >= (SELECT started_at FROM bench.saved_marks);

DROP TABLE bench.saved_approval, bench.saved_service, bench.saved_port_vlan, bench.saved_marks;

COMMIT;
