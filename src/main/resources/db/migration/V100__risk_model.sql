-- Delivery-risk models (交期风险预测): each training keeps its model (XGBoost, UBJSON bytes) with when it was trained,
-- on how many closed orders, and how well it did on the time-ordered hold-out (AUC, Brier score, reliability by
-- decile as JSON). The newest version scores; older ones stay for comparison.
CREATE TABLE risk_model (
    version          INT            PRIMARY KEY,
    trained_at       TIMESTAMP      NOT NULL,
    trained_by       VARCHAR(64)    NOT NULL,
    training_orders  INT            NOT NULL,
    holdout_orders   INT            NOT NULL,
    late_share       DOUBLE         NOT NULL,
    auc              DOUBLE,
    brier            DOUBLE,
    base_brier       DOUBLE,
    reliability      VARCHAR(4000)  NOT NULL,
    importance       VARCHAR(4000)  NOT NULL,
    features         VARCHAR(1000)  NOT NULL,
    took_ms          BIGINT         NOT NULL,
    model            LONGBLOB       NOT NULL
);
