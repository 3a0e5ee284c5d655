package com.threadline.inputs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductionOutputRepository extends JpaRepository<ProductionOutput, Long> {

    List<ProductionOutput> findByOrderIdAndStage(Long orderId, ProductionStage stage);

    List<ProductionOutput> findByOrderId(Long orderId);
}
