package com.threadline.access;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByLogin(String login);

    boolean existsByLogin(String login);

    boolean existsByRoles(Role role);
}
