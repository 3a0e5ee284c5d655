package com.threadline.roster;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DutyLeaveRepository extends JpaRepository<DutyLeave, Long> {

    @Query("select l from DutyLeave l where l.userId = ?1 and l.fromDate <= ?2 and l.toDate >= ?2 order by l.id desc")
    List<DutyLeave> covering(String userId, LocalDate day);

    @Query("select l from DutyLeave l where l.toDate >= ?1 order by l.fromDate, l.id")
    List<DutyLeave> notOverBy(LocalDate day);
}
