package com.threadline.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EarlyReportRepository extends JpaRepository<EarlyReport, Long> {

    boolean existsByOrderNoAndMessageName(String orderNo, String messageName);

    List<EarlyReport> findTop500ByOrderByIdAsc();

    void deleteByOrderNo(String orderNo);
}
