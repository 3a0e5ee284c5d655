package com.threadline.imports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    List<ImportJob> findTop50ByCreatedByOrderByCreatedAtDescIdDesc(String createdBy);

    List<ImportJob> findByStatus(ImportStatus status);
}
