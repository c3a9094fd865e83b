-- The Services page searches a company's services by any part of their name, case-insensitively: a trigram index
-- answers lower(name) LIKE '%part%' for a company with many services (pg_trgm comes with V8).
CREATE INDEX service_name_trgm_idx ON service USING gin (lower(name) public.gin_trgm_ops);
