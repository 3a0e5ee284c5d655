package com.threadline.alertanalytics;

/** When an interruption came, as PagerDuty tells them apart. */
enum HourKind {
    /** the company's working hours on a working day of its calendar */
    WORKING,
    /** outside working hours, not asleep: evenings, weekends, holidays */
    OFF,
    /** the sleep hours (threadline.alert-analytics.sleep-hours), whatever the day */
    SLEEP
}
