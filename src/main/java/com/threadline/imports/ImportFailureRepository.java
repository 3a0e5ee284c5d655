package com.threadline.imports;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportFailureRepository extends JpaRepository<ImportFailure, Long> {

    List<ImportFailure> findByJobIdOrderByLineNo(Long jobId, Pageable page);

    Stream<ImportFailure> streamByJobIdOrderByLineNo(Long jobId);
}
