-- Read receipts in the delivery log: read_at (V7) says when the person had seen the alert, read_via how we learnt
-- it: LINK (they opened the alert's page), IN_APP (they read it in the inbox) or IM (DingTalk or Feishu reported it).
ALTER TABLE notification_delivery ADD COLUMN read_via VARCHAR(16);

-- The IM read poll looks for sent, unread IM deliveries of the last days.
CREATE INDEX ix_notification_delivery_unread ON notification_delivery (channel, read_at, sent_at);
