package com.threadline.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupplierRepository extends JpaRepository<Supplier, Long> {

    @Query("select s from Supplier s where s.code = ?1")
    Optional<Supplier> findByCode(String code);

    @Query("select s from Supplier s where s.code in ?1")
    List<Supplier> findByCodeIn(Collection<String> codes);

    List<Supplier> findAllByOrderByCode();
}
