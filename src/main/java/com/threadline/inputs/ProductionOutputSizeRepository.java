package com.threadline.inputs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductionOutputSizeRepository extends JpaRepository<ProductionOutputSize, Long> {

    /** Each stage's output so far per colour and size, summed over the days. */
    @Query("""
            select s.stage as stage, s.colour as colour, s.size as size, sum(s.quantity) as quantity
            from ProductionOutputSize s where s.orderId = :orderId group by s.stage, s.colour, s.size""")
    List<StageCell> sumByOrderId(Long orderId);

    List<ProductionOutputSize> findByOutputId(Long outputId);

    /** A corrected day's report replaces its split. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from ProductionOutputSize s where s.outputId = :outputId")
    void deleteByOutputId(Long outputId);

    interface StageCell {
        ProductionStage getStage();

        String getColour();

        String getSize();

        Long getQuantity();
    }
}
