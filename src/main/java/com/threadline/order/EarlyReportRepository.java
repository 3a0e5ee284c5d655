package com.threadline.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EarlyReportRepository extends JpaRepository<EarlyReport, Long> {

    @Query("select count(r) > 0 from EarlyReport r where r.orderNo = ?1 and r.messageName = ?2")
    boolean existsByOrderNoAndMessageName(String orderNo, String messageName);

    List<EarlyReport> findTop500ByOrderByIdAsc();

    void deleteByOrderNo(String orderNo);
}
