package com.threadline.portal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByOrderIdOrderByIdAsc(Long orderId);

    List<Evidence> findByOrderIdInAndBuyerSharedAtNotNullOrderByIdAsc(Collection<Long> orderIds);
}
