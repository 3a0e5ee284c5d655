-- Working calendars (issue 12). The company's calendar: its weekly rest days and working hours (when P2/P3 alerts go
-- out), public holidays and make-up working days (调休). A factory's calendar: its own closures (the New Year
-- shutdown) and the public holidays it works; the company's holidays apply to it otherwise.
CREATE TABLE work_calendar (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    factory_id  BIGINT,
    name        VARCHAR(128) NOT NULL,
    rest_days   VARCHAR(32)  NOT NULL,
    work_start  TIME         NOT NULL,
    work_end    TIME         NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_work_calendar_factory UNIQUE (factory_id),
    CONSTRAINT fk_work_calendar_factory FOREIGN KEY (factory_id) REFERENCES factory (id)
);

-- kind CLOSED: nobody works (a holiday, a shutdown); WORKING: a working day although the week or the company rests.
CREATE TABLE calendar_day (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    calendar_id  BIGINT      NOT NULL,
    on_date      DATE        NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    name         VARCHAR(64) NOT NULL,
    CONSTRAINT uk_calendar_day UNIQUE (calendar_id, on_date),
    CONSTRAINT fk_calendar_day_calendar FOREIGN KEY (calendar_id) REFERENCES work_calendar (id)
);

INSERT INTO work_calendar (factory_id, name, rest_days, work_start, work_end, version)
VALUES (NULL, '公司日历 Company calendar', 'SATURDAY,SUNDAY', '08:30:00', '18:00:00', 0);

-- 2026 public holidays and make-up working days (国务院办公厅 2026 年部分节假日安排). Add each later year when it is
-- published (usually in November), on the calendar page or with PUT /api/calendars/COMPANY/days/{date}.
INSERT INTO calendar_day (calendar_id, on_date, kind, name)
SELECT c.id, d.on_date, d.kind, d.name FROM work_calendar c, (
    SELECT DATE '2026-01-01' AS on_date, 'CLOSED' AS kind, '元旦' AS name
    UNION ALL SELECT DATE '2026-01-02', 'CLOSED', '元旦'
    UNION ALL SELECT DATE '2026-01-03', 'CLOSED', '元旦'
    UNION ALL SELECT DATE '2026-01-04', 'WORKING', '元旦调休上班'
    UNION ALL SELECT DATE '2026-02-14', 'WORKING', '春节调休上班'
    UNION ALL SELECT DATE '2026-02-15', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-16', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-17', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-18', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-19', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-20', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-21', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-22', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-23', 'CLOSED', '春节'
    UNION ALL SELECT DATE '2026-02-28', 'WORKING', '春节调休上班'
    UNION ALL SELECT DATE '2026-04-04', 'CLOSED', '清明节'
    UNION ALL SELECT DATE '2026-04-05', 'CLOSED', '清明节'
    UNION ALL SELECT DATE '2026-04-06', 'CLOSED', '清明节'
    UNION ALL SELECT DATE '2026-05-01', 'CLOSED', '劳动节'
    UNION ALL SELECT DATE '2026-05-02', 'CLOSED', '劳动节'
    UNION ALL SELECT DATE '2026-05-03', 'CLOSED', '劳动节'
    UNION ALL SELECT DATE '2026-05-04', 'CLOSED', '劳动节'
    UNION ALL SELECT DATE '2026-05-05', 'CLOSED', '劳动节'
    UNION ALL SELECT DATE '2026-05-09', 'WORKING', '劳动节调休上班'
    UNION ALL SELECT DATE '2026-06-19', 'CLOSED', '端午节'
    UNION ALL SELECT DATE '2026-06-20', 'CLOSED', '端午节'
    UNION ALL SELECT DATE '2026-06-21', 'CLOSED', '端午节'
    UNION ALL SELECT DATE '2026-09-20', 'WORKING', '国庆节调休上班'
    UNION ALL SELECT DATE '2026-09-25', 'CLOSED', '中秋节'
    UNION ALL SELECT DATE '2026-09-26', 'CLOSED', '中秋节'
    UNION ALL SELECT DATE '2026-09-27', 'CLOSED', '中秋节'
    UNION ALL SELECT DATE '2026-10-01', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-02', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-03', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-04', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-05', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-06', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-07', 'CLOSED', '国庆节'
    UNION ALL SELECT DATE '2026-10-10', 'WORKING', '国庆节调休上班'
) d WHERE c.factory_id IS NULL;

-- Which milestones are done at the factory and follow its calendar; the others follow the company's.
ALTER TABLE template_milestone ADD on_factory_calendar BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE template_milestone SET on_factory_calendar = TRUE WHERE code IN ('FABRIC_IN_HOUSE', 'FABRIC_INSPECTED',
    'TRIMS_IN_HOUSE', 'PP_MEETING', 'CUTTING_START', 'CUTTING_DONE', 'SEWING_START', 'SEWING_DONE', 'WASHING',
    'FINISHING', 'PACKING', 'INLINE_INSPECTION', 'FINAL_INSPECTION', 'EX_FACTORY');
ALTER TABLE milestone ADD on_factory_calendar BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE milestone SET on_factory_calendar = TRUE WHERE code IN ('FABRIC_IN_HOUSE', 'FABRIC_INSPECTED',
    'TRIMS_IN_HOUSE', 'PP_MEETING', 'CUTTING_START', 'CUTTING_DONE', 'SEWING_START', 'SEWING_DONE', 'WASHING',
    'FINISHING', 'PACKING', 'INLINE_INSPECTION', 'FINAL_INSPECTION', 'EX_FACTORY');
