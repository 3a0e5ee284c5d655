package com.threadline.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MilestoneTemplateRepository extends JpaRepository<MilestoneTemplate, Long> {

    @Query("select t from MilestoneTemplate t where t.productType = ?1")
    List<MilestoneTemplate> findByProductType(String productType);

    @Query("select distinct t.productType from MilestoneTemplate t order by t.productType")
    List<String> findProductTypes();
}
