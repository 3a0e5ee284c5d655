package com.threadline.roster;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyOverrideRepository extends JpaRepository<DutyOverride, Long> {

    @Query("select o from DutyOverride o where o.fromDate <= ?1 and o.toDate >= ?1 order by o.id desc")
    List<DutyOverride> coveringDay(LocalDate day);

    @Query("select o from DutyOverride o where o.toDate >= ?1 order by o.fromDate, o.id")
    List<DutyOverride> notOverBy(LocalDate day);
}
