package com.threadline.stock;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StockItemRepository extends JpaRepository<StockItem, Long> {

    @Query("select s from StockItem s where lower(s.material) = lower(?1)")
    Optional<StockItem> findByMaterial(String material);

    @Query("select s from StockItem s order by s.material")
    List<StockItem> listed();
}
