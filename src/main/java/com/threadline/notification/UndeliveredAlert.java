package com.threadline.notification;

/**
 * A P0/P1 alert reached the person only in the app: every remote channel chosen for it, and every fallback,
 * failed. Thrown out of the job so that it retries and, when retries run out, shows as an incident in Cockpit.
 */
public class UndeliveredAlert extends RuntimeException {

    private final transient Notification notification;

    UndeliveredAlert(Notification notification, String reasons) {
        super("Alert of exception " + notification.exceptionId() + " (round " + notification.round() + ", "
                + notification.priority() + ") reached " + notification.recipient() + " only in the app: " + reasons);
        this.notification = notification;
    }

    public Notification notification() {
        return notification;
    }
}
