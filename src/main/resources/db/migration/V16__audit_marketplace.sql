-- The audit log also records connection requests decided (accepted, denied, withdrawn, expired), for both companies
-- of the request, and Marketplace profiles added and changed (product.md §8). The list keeps the service key actions
-- of V15.
ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('USER_INVITED', 'USER_JOINED',
    'USER_ROLE_CHANGED', 'USER_DEACTIVATED', 'BILLING_MARKET_ADDED', 'BILLING_MARKET_CHANGED', 'SUPPORT_DETAILS_ADDED',
    'SUPPORT_DETAILS_CHANGED', 'SERVICE_KEY_CREATED', 'SERVICE_KEY_DEACTIVATED', 'CONNECTION_REQUEST_ACCEPTED',
    'CONNECTION_REQUEST_DENIED', 'CONNECTION_REQUEST_WITHDRAWN', 'CONNECTION_REQUEST_EXPIRED',
    'MARKETPLACE_PROFILE_ADDED', 'MARKETPLACE_PROFILE_CHANGED'));
