-- An invitation's set-password token is no longer stored in the bodies of its email: they hold the placeholder
-- {secret}, the token is kept apart in outbound_email.secret only until the email is sent or given up.
ALTER TABLE outbound_email ADD COLUMN secret VARCHAR(200);

-- emails still on their way keep their token apart; sent and failed ones forget it
UPDATE outbound_email
SET secret = CASE WHEN status = 'PENDING' THEN substring(text_body FROM '/invitations/([A-Za-z0-9_-]+)') END,
    text_body = regexp_replace(text_body, '/invitations/[A-Za-z0-9_-]+', '/invitations/{secret}', 'g'),
    html_body = regexp_replace(html_body, '/invitations/[A-Za-z0-9_-]+', '/invitations/{secret}', 'g')
WHERE event_type = 'USER_INVITED';

ALTER TABLE outbound_email ADD CONSTRAINT outbound_email_secret_only_while_pending
    CHECK (secret IS NULL OR status = 'PENDING');
