package com.threadline.roster;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DutyRotationRepository extends JpaRepository<DutyRotation, Long> {

    Optional<DutyRotation> findByRole(String role);
}
