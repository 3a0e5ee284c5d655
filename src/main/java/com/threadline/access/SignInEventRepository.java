package com.threadline.access;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    List<SignInEvent> findByOrderByIdDesc(Pageable page);
}
