package com.threadline.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityPlanRepository extends JpaRepository<CapacityPlan, Long> {

    Optional<CapacityPlan> findByOrderIdAndStage(Long orderId, ProductionStage stage);

    List<CapacityPlan> findByOrderId(Long orderId);
}
