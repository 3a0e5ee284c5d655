package com.threadline.monitoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TechPackVersionRepository extends JpaRepository<TechPackVersion, Long> {

    boolean existsByOrderIdAndVersionIgnoreCase(Long orderId, String version);

    List<TechPackVersion> findByOrderIdOrderByChangedAtAscIdAsc(Long orderId);
}
