-- Snooze: who confirmed may quiet the loop until an end time, with a reason; a late-plan escalation that fell in
-- the snooze is held (late_plan_held) and made when it ends. Closing while the condition still holds records the
-- decision taken: NEW_DUE_DATE (a change request for the order's due date) or WATCH_FROM (watch again from
-- watch_from); closed_delay_days is the delay at closing, which a new exception for the condition must exceed;
-- change_request_id is the due-date change request, whose rejection ends the watch.
ALTER TABLE order_exception ADD COLUMN snoozed_until TIMESTAMP NULL;
ALTER TABLE order_exception ADD COLUMN snoozed_by VARCHAR(64);
ALTER TABLE order_exception ADD COLUMN snooze_reason VARCHAR(200);
ALTER TABLE order_exception ADD COLUMN late_plan_held BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE order_exception ADD COLUMN close_decision VARCHAR(16);
ALTER TABLE order_exception ADD COLUMN watch_from DATE;
ALTER TABLE order_exception ADD COLUMN closed_delay_days INT;
ALTER TABLE order_exception ADD COLUMN change_request_id BIGINT;
