package com.threadline.notification.channel;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A person and an alert to send them, as the notification process would hand them to a channel. */
final class Alerts {

    static final Recipient WANG = new Recipient("wang.li", "王丽", "13800138000", "wang.li@example.com",
            "ding-wangli", "WangLi", "fs-wangli");
    /** Someone known only by their user id. */
    static final Recipient ZHAO = new Recipient("zhao.min", "赵敏", null, null, null, null, null);
    static final OutgoingMessage DELIVERY_LATE = new OutgoingMessage(42, 1, "P0", "订单 TL-0042 交期延误",
            "订单 TL-0042（Acme，3000 件）预计出厂比交期晚 6 天，等级 P0。请在 11月24日 10:30 前确认处理。",
            "https://threadline.example.com/confirm/42?round=1&token=a1b2");

    private Alerts() {
    }

    /** An address where nothing listens: connecting is refused at once. */
    static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://localhost:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves by hand, to reach a token's expiry without waiting for it. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-11-24T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
