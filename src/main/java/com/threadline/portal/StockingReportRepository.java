package com.threadline.portal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockingReportRepository extends JpaRepository<StockingReport, Long> {

    List<StockingReport> findByMaterialLineIdInOrderByIdAsc(Collection<Long> materialLineIds);
}
