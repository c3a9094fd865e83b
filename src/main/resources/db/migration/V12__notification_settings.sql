-- Notification settings (product.md §7). A new eligible user is subscribed to every group, so a row here records a
-- group the user has turned OFF; no rows means "all groups on". Security and People protect the account and can never
-- be turned off.
CREATE TABLE notification_subscription (
    user_id            BIGINT      NOT NULL REFERENCES app_user (id),
    notification_group VARCHAR(16) NOT NULL CHECK (notification_group IN ('COMPANY', 'FINANCIAL', 'ORDERING',
                                                                           'SERVICE_STATUS', 'SERVICES')),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, notification_group)
);

COMMENT ON TABLE notification_subscription IS 'The notification groups a user has turned off (unsubscribed from)';

-- the in-portal notification list: when the user saw the notification
ALTER TABLE outbound_email ADD COLUMN read_at TIMESTAMPTZ;

-- the unread count of the user menu
CREATE INDEX outbound_email_unread_idx ON outbound_email (user_id) WHERE user_id IS NOT NULL AND read_at IS NULL;
