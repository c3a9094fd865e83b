-- The operator's back office and a partner's Managed Accounts find companies by any part of their name,
-- case-insensitively, among a hundred thousand: a trigram index answers lower(name) LIKE '%part%'.
-- The extension lives in the public schema, shared by every schema of the database (the portal's own is dropped and
-- rebuilt in tests), so its operator class is named with its schema.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE INDEX company_name_trgm_idx ON company USING gin (lower(name) public.gin_trgm_ops);

-- The lists are ordered by name: all companies (company_name_key), those of one account type,
-- and a partner's managed companies.
CREATE INDEX company_type_name_idx ON company (account_type, lower(name), id);
CREATE INDEX company_parent_name_idx ON company (parent_partner_id, lower(name), id) WHERE parent_partner_id IS NOT NULL;
