package com.threadline.access;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findFirstByKindOrderById(OrganisationKind kind);

    Optional<Organisation> findByFactoryId(Long factoryId);

    Optional<Organisation> findBySupplierId(Long supplierId);
}
