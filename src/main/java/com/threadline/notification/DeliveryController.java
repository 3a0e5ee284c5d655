package com.threadline.notification;

import com.threadline.notification.channel.Channel;
import com.threadline.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery log per exception and per person (newest first, at most 200 deliveries, each with its attempts), and
 * test messages.
 */
@RestController
@RequestMapping("/api/notifications")
class DeliveryController {

    private final NotificationDeliveryRepository deliveries;
    private final DeliveryLog log;
    private final TestMessages testMessages;

    DeliveryController(NotificationDeliveryRepository deliveries, DeliveryLog log, TestMessages testMessages) {
        this.deliveries = deliveries;
        this.log = log;
        this.testMessages = testMessages;
    }

    @GetMapping("/deliveries")
    List<LoggedDelivery> deliveries(@RequestParam(required = false) Long exceptionId,
            @RequestParam(required = false) String recipient) {
        return log.withAttempts(find(exceptionId, recipient));
    }

    private List<NotificationDelivery> find(Long exceptionId, String recipient) {
        if (exceptionId != null && recipient != null) {
            return deliveries.findTop200ByExceptionIdAndRecipientOrderByLastAttemptAtDescIdDesc(exceptionId,
                    recipient);
        }
        if (exceptionId != null) {
            return deliveries.findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(exceptionId);
        }
        if (recipient != null) {
            return deliveries.findTop200ByRecipientOrderByLastAttemptAtDescIdDesc(recipient);
        }
        throw InvalidRequestException.of("exceptionId", "or recipient is required");
    }

    @PostMapping("/test")
    LoggedDelivery test(@Valid @RequestBody TestMessageRequest request) {
        return log.withAttempts(List.of(testMessages.send(request.channel(), request.userId()))).get(0);
    }

    record TestMessageRequest(@NotNull Channel channel, @NotBlank String userId) {
    }
}
