package com.threadline.access;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates logins in our tables and in Camunda's identity together, in one transaction. */
@Service
public class Accounts {

    /** Camunda takes letters and digits as user ids, so the login is restricted to those. */
    private static final String LOGIN = "[A-Za-z0-9]{1,64}";

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final CamundaIdentity camunda;
    private final RevokedSessions sessions;

    Accounts(UserAccountRepository accounts, OrganisationRepository organisations, PasswordEncoder passwords,
            CamundaIdentity camunda, RevokedSessions sessions) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.camunda = camunda;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public boolean exists(String login) {
        return accounts.existsByLogin(login);
    }

    /** A member of our own staff in the given roles (none: may sign in, no role-bound rights). */
    @Transactional
    public UserAccount createInternal(String login, String displayName, String password, Set<Role> roles) {
        if (roles.stream().anyMatch(role -> !role.isInternal())) {
            throw new IllegalArgumentException("factory and supplier users belong to their organisation: " + roles);
        }
        Organisation company = organisations.findFirstByKindOrderById(OrganisationKind.COMPANY).orElseThrow();
        return create(login, displayName, password, company, roles);
    }

    @Transactional
    public UserAccount createFactoryUser(String login, String displayName, String password, Long factoryId,
            String factoryName) {
        Organisation factory = organisations.findByFactoryId(factoryId)
                .orElseGet(() -> organisations.save(Organisation.factory(factoryId, factoryName)));
        return create(login, displayName, password, factory, Set.of(Role.FACTORY));
    }

    @Transactional
    public UserAccount createSupplierUser(String login, String displayName, String password, Long supplierId,
            String supplierName) {
        Organisation supplier = organisations.findBySupplierId(supplierId)
                .orElseGet(() -> organisations.save(Organisation.supplier(supplierId, supplierName)));
        return create(login, displayName, password, supplier, Set.of(Role.SUPPLIER));
    }

    /**
     * Changes a login's name, roles and whether it may sign in, here and in Camunda's identity; its open sessions
     * end, since they hold the old roles.
     */
    @Transactional
    public UserAccount change(UserAccount account, String displayName, Set<Role> roles, boolean enabled) {
        account.change(displayName, roles, enabled);
        camunda.push(account);
        sessions.revoke(account.getLogin());
        return account;
    }

    /** A new password; sessions signed in with the old one end. */
    @Transactional
    public void setPassword(UserAccount account, String password) {
        account.changePasswordHash(passwords.encode(password));
        sessions.revoke(account.getLogin());
    }

    public boolean passwordMatches(UserAccount account, String password) {
        return passwords.matches(password, account.getPasswordHash());
    }

    /** From the next sign-in on, the user must choose a new password before anything else. */
    @Transactional
    public void requirePasswordChange(String login) {
        accounts.findByLogin(login).orElseThrow().requirePasswordChange();
        sessions.revoke(login);
    }

    /** A password others know, such as the initial one: the user must replace it at the next sign-in. */
    @Transactional
    public void handOverPassword(String login, String password) {
        UserAccount account = accounts.findByLogin(login).orElseThrow();
        setPassword(account, password);
        account.requirePasswordChange();
    }

    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.existsByRoles(Role.ADMIN);
    }

    private UserAccount create(String login, String displayName, String password, Organisation organisation,
            Set<Role> roles) {
        if (!login.matches(LOGIN)) {
            throw new IllegalArgumentException("a login is 1 to 64 letters and digits: " + login);
        }
        UserAccount account = accounts.save(
                new UserAccount(login, displayName, passwords.encode(password), organisation, roles));
        camunda.push(account);
        return account;
    }
}
