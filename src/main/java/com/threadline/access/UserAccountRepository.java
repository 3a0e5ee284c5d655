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

    /**
     * The display names of these logins, without loading their accounts: an account's organisation and roles are
     * fetched with it, a query each, and naming an order's people did that on every answer with the order.
     */
    @Query("select new com.threadline.access.LoginName(u.login, u.displayName)"
            + " from UserAccount u where u.login in ?1")
    List<LoginName> namesByLogin(Collection<String> logins);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled order by u.displayName, u.login")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @Query("select u from UserAccount u order by u.login")
    List<UserAccount> findAllByLogin();
}
