package com.threadline.roster;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyLeaveRepository extends JpaRepository<DutyLeave, Long> {

    @Query("select l from DutyLeave l where l.fromDate <= ?1 and l.toDate >= ?1 order by l.id desc")
    List<DutyLeave> coveringDay(LocalDate day);

    @Query("select l from DutyLeave l where l.toDate >= ?1 order by l.fromDate, l.id")
    List<DutyLeave> notOverBy(LocalDate day);
}
