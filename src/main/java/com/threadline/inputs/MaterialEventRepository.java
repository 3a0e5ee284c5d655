package com.threadline.inputs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialEventRepository extends JpaRepository<MaterialEvent, Long> {

    List<MaterialEvent> findByOrderIdAndLineNoOrderByIdAsc(Long orderId, int lineNo);
}
