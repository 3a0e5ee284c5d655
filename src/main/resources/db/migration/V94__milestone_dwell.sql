-- How long each done milestone of an order took after its predecessors were done (took_days) against what its
-- plan allowed for that step (norm_days: the planned gap, the template's norm as this order's plan applied it).
-- Written by the diagnosis package whenever an order's plan changes, so the bottleneck heat map is one aggregate
-- over a covering index instead of a self-join of the milestone table.
CREATE TABLE milestone_dwell (
    milestone_id    BIGINT       NOT NULL PRIMARY KEY,
    order_id        BIGINT       NOT NULL,
    factory_id      BIGINT       NOT NULL,
    milestone_code  VARCHAR(32)  NOT NULL,
    finished_on     DATE         NOT NULL,
    took_days       INT          NOT NULL,
    norm_days       INT          NOT NULL
);
CREATE INDEX ix_milestone_dwell_window ON milestone_dwell (finished_on, milestone_code, factory_id, took_days, norm_days);
CREATE INDEX ix_milestone_dwell_cell ON milestone_dwell (milestone_code, factory_id, finished_on);
CREATE INDEX ix_milestone_dwell_order ON milestone_dwell (order_id);

-- The same per day, milestone and factory (sums, so the ledger adds and takes away as orders change): the heat map
-- of a window of days reads a few thousand of these instead of every finished step.
CREATE TABLE milestone_dwell_day (
    finished_on     DATE         NOT NULL,
    milestone_code  VARCHAR(32)  NOT NULL,
    factory_id      BIGINT       NOT NULL,
    steps           INT          NOT NULL,
    took_sum        INT          NOT NULL,
    norm_sum        INT          NOT NULL,
    overran         INT          NOT NULL,
    PRIMARY KEY (finished_on, milestone_code, factory_id)
);
