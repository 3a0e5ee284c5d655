-- The rows one transaction wrote share a change id, so the order's history shows them as one change even where two
-- changes by the same person fall in the same second (MariaDB's TIMESTAMP keeps whole seconds). Older rows have
-- none and are told apart by time and person.
ALTER TABLE audit_entry ADD COLUMN change_id VARCHAR(36);
