package com.threadline.inputs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TechPackVersionRepository extends JpaRepository<TechPackVersion, Long> {

    @Query("select count(t) > 0 from TechPackVersion t where t.orderId = ?1 and lower(t.version) = lower(?2)")
    boolean existsByOrderIdAndVersionIgnoreCase(Long orderId, String version);

    List<TechPackVersion> findByOrderIdOrderByChangedAtAscIdAsc(Long orderId);
}
