package com.threadline;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every "today" in the business rules, in the company's own time zone. */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${threadline.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
