package com.threadline.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FactoryRepository extends JpaRepository<Factory, Long> {

    Optional<Factory> findByCode(String code);

    List<Factory> findAllByOrderByCode();
}
