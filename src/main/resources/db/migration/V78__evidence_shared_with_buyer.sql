-- A photo a merchandiser or the administrator chose to show the order's buyer on the buyer page (by whom, when);
-- null while it is not shown. Taking it back clears both.
ALTER TABLE evidence ADD COLUMN buyer_shared_by VARCHAR(64);
ALTER TABLE evidence ADD COLUMN buyer_shared_at TIMESTAMP;
