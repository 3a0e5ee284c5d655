package com.threadline.inputs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LogisticsEventRepository extends JpaRepository<LogisticsEvent, Long> {

    List<LogisticsEvent> findByOrderIdOrderByIdAsc(Long orderId);
}
