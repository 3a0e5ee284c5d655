-- The date the plan needs a material line in house (the planned date of its in-house milestone, which never
-- moves), kept on the line so the material-delay monitor can filter material lines without reading milestones.
ALTER TABLE material_line ADD needed_by DATE;

UPDATE material_line SET needed_by = (
    SELECT m.planned_date FROM milestone m
    WHERE m.order_id = material_line.order_id
      AND m.code = CASE material_line.kind WHEN 'FABRIC' THEN 'FABRIC_IN_HOUSE' ELSE 'TRIMS_IN_HOUSE' END);
