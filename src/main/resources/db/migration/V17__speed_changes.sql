-- Speed changes (product.md §6): a raise of a LIVE VXC to another company's port waits for the port's owner. The VXC
-- keeps its rate limit until the change is accepted; pending_rate_limit_mbps is the one change waiting (the approval
-- table's approval_one_pending_per_vxc index keeps it to one).
ALTER TABLE service ADD COLUMN pending_rate_limit_mbps INT CHECK (pending_rate_limit_mbps BETWEEN 1 AND 100000);
ALTER TABLE service ADD CONSTRAINT service_pending_rate_limit
    CHECK (pending_rate_limit_mbps IS NULL OR (kind = 'VXC' AND state = 'LIVE'
        AND pending_rate_limit_mbps > rate_limit_mbps));

-- the audit log records speed-change requests decided, like connection requests (V16's list plus four)
ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('USER_INVITED', 'USER_JOINED',
    'USER_ROLE_CHANGED', 'USER_DEACTIVATED', 'BILLING_MARKET_ADDED', 'BILLING_MARKET_CHANGED', 'SUPPORT_DETAILS_ADDED',
    'SUPPORT_DETAILS_CHANGED', 'SERVICE_KEY_CREATED', 'SERVICE_KEY_DEACTIVATED', 'CONNECTION_REQUEST_ACCEPTED',
    'CONNECTION_REQUEST_DENIED', 'CONNECTION_REQUEST_WITHDRAWN', 'CONNECTION_REQUEST_EXPIRED',
    'MARKETPLACE_PROFILE_ADDED', 'MARKETPLACE_PROFILE_CHANGED', 'SPEED_CHANGE_ACCEPTED', 'SPEED_CHANGE_DENIED',
    'SPEED_CHANGE_WITHDRAWN', 'SPEED_CHANGE_EXPIRED'));
