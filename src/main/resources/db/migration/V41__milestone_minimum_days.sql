-- The fewest days each milestone needs after its predecessors when a plan must be compressed to fit the lead time
-- (an express order): template data, like the offsets. A gap in the template already shorter than this stays as
-- it is. With these minimums the shortest woven, knit or denim plan is 15 days from order confirmation to
-- ex-factory (stock fabric, one sample round); a due date nearer than that is refused at creation.
ALTER TABLE template_milestone ADD min_days INT NOT NULL DEFAULT 1;

UPDATE template_milestone SET min_days = 0 WHERE code IN ('ORDER_CONFIRMED', 'FABRIC_BOOKED', 'TRIMS_BOOKED',
    'CUTTING_START', 'FINAL_INSPECTION', 'EX_FACTORY');
UPDATE template_milestone SET min_days = 2 WHERE code IN ('FIT_SAMPLE', 'STRIKE_OFF', 'PP_SAMPLE', 'FABRIC_SHIPPED',
    'TRIMS_IN_HOUSE', 'INLINE_INSPECTION');
UPDATE template_milestone SET min_days = 3 WHERE code = 'SEWING_DONE';

-- How much of its template's gaps before delivery an order's plan kept: 100 as written, less when compressed.
ALTER TABLE orders ADD plan_kept_percent INT NOT NULL DEFAULT 100;
