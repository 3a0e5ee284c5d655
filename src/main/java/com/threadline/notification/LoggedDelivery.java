package com.threadline.notification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A row of the delivery log as the API shows it: the delivery's fields, and its attempts oldest first. */
public record LoggedDelivery(@JsonUnwrapped NotificationDelivery delivery, List<DeliveryAttempt> attemptLog) {
}
