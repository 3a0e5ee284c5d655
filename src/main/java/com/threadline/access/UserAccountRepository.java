package com.threadline.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByLogin(String login);

    boolean existsByLogin(String login);

    boolean existsByRoles(Role role);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled and u.login <> :login")
    long countEnabledWithRoleOtherThan(@Param("role") Role role, @Param("login") String login);

    List<UserAccount> findByLoginIn(Collection<String> logins);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled order by u.displayName, u.login")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @Query("select u from UserAccount u order by u.login")
    List<UserAccount> findAllByLogin();
}
