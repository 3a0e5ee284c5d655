-- Grading inputs of issue 12. plan_stage: the stage the order's plan has reached (the next open milestone after
-- the furthest done one), which exceptions are graded by; stage stays where the lifecycle process stands.
-- at_stake_date: the date an exception threatens (the due date, or the date the plan needs a material), from
-- which grading counts the slack left.
ALTER TABLE orders ADD plan_stage VARCHAR(16) NOT NULL DEFAULT 'DESIGN';
UPDATE orders SET plan_stage = stage;

ALTER TABLE order_exception ADD at_stake_date DATE;

-- material_date: when an in-house milestone's material lines are predicted in house (the latest of their ETAs,
-- shipped dates plus transit, or PO due dates plus transit); the forecast waits for it like for a predecessor.
ALTER TABLE milestone ADD material_date DATE;
