package com.threadline.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkCalendarRepository extends JpaRepository<WorkCalendar, Long> {

    @Query("select distinct c from WorkCalendar c left join fetch c.days")
    List<WorkCalendar> findAllWithDays();

    @Query("select c from WorkCalendar c where c.factoryId is null")
    Optional<WorkCalendar> findCompany();

    Optional<WorkCalendar> findByFactoryId(Long factoryId);
}
