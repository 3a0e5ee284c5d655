package com.threadline.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FactoryRepository extends JpaRepository<Factory, Long> {

    @Query("select f from Factory f where f.code = ?1")
    Optional<Factory> findByCode(String code);

    List<Factory> findAllByOrderByCode();
}
