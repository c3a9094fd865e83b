-- Technical support details (product.md §2, §3): one row per company, changed but never removed.
CREATE TABLE support_details (
    company_id         BIGINT       PRIMARY KEY REFERENCES company (id),
    phone              VARCHAR(16)  NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{4,14}$'),
    email              VARCHAR(254) NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%._%'),
    updated_at         TIMESTAMPTZ  NOT NULL,
    updated_by_user_id BIGINT       REFERENCES app_user (id),
    updated_by_name    VARCHAR(100) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);

CREATE FUNCTION support_details_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Support details can be changed but not removed (company %)', OLD.company_id;
END;
$$;

CREATE TRIGGER support_details_never_deleted
    BEFORE DELETE ON support_details
    FOR EACH ROW EXECUTE FUNCTION support_details_never_deleted();
