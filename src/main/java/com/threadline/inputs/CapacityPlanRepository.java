package com.threadline.inputs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CapacityPlanRepository extends JpaRepository<CapacityPlan, Long> {

    @Query("select c from CapacityPlan c where c.orderId = ?1 and c.stage = ?2")
    Optional<CapacityPlan> findByOrderIdAndStage(Long orderId, ProductionStage stage);

    List<CapacityPlan> findByOrderId(Long orderId);
}
