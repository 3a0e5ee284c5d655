package com.threadline.stock;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface StockItemRepository extends JpaRepository<StockItem, Long> {

    /**
     * Without flushing the transaction's changes first: they cannot change which item this finds (a material is named
     * once and a new item is inserted as it is saved), and a stock check runs this once per line of an order whose
     * ~30 new milestones the flush would look through each time.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select s from StockItem s where lower(s.material) = lower(?1)")
    Optional<StockItem> findByMaterial(String material);

    @Query("select s from StockItem s order by s.material")
    List<StockItem> listed();
}
