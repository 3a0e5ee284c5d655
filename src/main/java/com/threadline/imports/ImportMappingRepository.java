package com.threadline.imports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

    List<ImportMapping> findByKind(String kind);

    Optional<ImportMapping> findByKindAndSourceHeader(String kind, String sourceHeader);
}
