package com.threadline.access;

import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import com.threadline.web.ConflictException;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's user management: who may sign in, for which organisation and in which roles. Staff hold
 * internal roles; a factory's or supplier's people hold exactly that role. There is always an enabled administrator.
 */
@Service
class UserAdministration {

    private final Accounts accounts;
    private final UserAccountRepository users;
    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final int minPasswordLength;

    UserAdministration(Accounts accounts, UserAccountRepository users, FactoryRepository factories,
            SupplierRepository suppliers, @Value("${threadline.access.min-password-length:8}") int minPasswordLength) {
        this.accounts = accounts;
        this.users = users;
        this.factories = factories;
        this.suppliers = suppliers;
        this.minPasswordLength = minPasswordLength;
    }

    record NewUser(String login, String displayName, String password, Set<Role> roles, String factoryCode,
            String supplierCode) {
    }

    @Transactional(readOnly = true)
    List<UserAccount> all() {
        return users.findAllByLogin();
    }

    @Transactional(readOnly = true)
    UserAccount get(String login) {
        return users.findByLogin(login).orElseThrow(() -> new NotFoundException("no user " + login));
    }

    @Transactional
    UserAccount create(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(user.password(), "password", problems);
        if (user.factoryCode() != null && user.supplierCode() != null) {
            problems.add(new FieldProblem("supplierCode", "a user belongs to a factory or a supplier, not both"));
        }
        Factory factory = user.factoryCode() == null ? null : factories.findByCode(user.factoryCode()).orElse(null);
        Supplier supplier = user.supplierCode() == null ? null
                : suppliers.findByCode(user.supplierCode()).orElse(null);
        if (user.factoryCode() != null && factory == null) {
            problems.add(new FieldProblem("factoryCode", "no factory " + user.factoryCode()));
        }
        if (user.supplierCode() != null && supplier == null) {
            problems.add(new FieldProblem("supplierCode", "no supplier " + user.supplierCode()));
        }
        boolean partner = user.factoryCode() != null || user.supplierCode() != null;
        if (partner && !user.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "a factory's or supplier's people get their role from it; leave out"));
        }
        checkInternalRoles(partner ? Set.of() : user.roles(), problems);
        throwIfAny(problems);
        if (users.existsByLogin(user.login())) {
            throw new ConflictException("the login " + user.login() + " is taken");
        }
        if (factory != null) {
            return accounts.createFactoryUser(user.login(), user.displayName(), user.password(), factory.getId(),
                    factory.getName());
        }
        if (supplier != null) {
            return accounts.createSupplierUser(user.login(), user.displayName(), user.password(), supplier.getId(),
                    supplier.getName());
        }
        return accounts.createInternal(user.login(), user.displayName(), user.password(), user.roles());
    }

    /** New name, roles (staff only) and enabled flag; the last enabled administrator keeps both. */
    @Transactional
    UserAccount change(String login, String displayName, Set<Role> roles, boolean enabled) {
        UserAccount user = get(login);
        boolean internal = user.getOrganisation().getKind() == OrganisationKind.COMPANY;
        Set<Role> newRoles = internal ? roles : user.getRoles();
        List<FieldProblem> problems = new ArrayList<>();
        if (!internal && !roles.isEmpty() && !roles.equals(user.getRoles())) {
            problems.add(new FieldProblem("roles", "a factory's or supplier's people keep their organisation's role"));
        }
        checkInternalRoles(internal ? roles : Set.of(), problems);
        throwIfAny(problems);
        boolean staysAdmin = enabled && newRoles.contains(Role.ADMIN);
        if (user.getRoles().contains(Role.ADMIN) && !staysAdmin
                && users.countEnabledWithRoleOtherThan(Role.ADMIN, login) == 0) {
            throw new ConflictException(login + " is the only enabled administrator");
        }
        return accounts.change(user, displayName, newRoles, enabled);
    }

    @Transactional
    void resetPassword(String login, String password) {
        UserAccount user = get(login);
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(password, "password", problems);
        throwIfAny(problems);
        accounts.setPassword(user, password);
    }

    @Transactional
    void changeOwnPassword(String login, String currentPassword, String newPassword) {
        UserAccount user = get(login);
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !accounts.passwordMatches(user, currentPassword)) {
            problems.add(new FieldProblem("currentPassword", "is not your password"));
        }
        checkPassword(newPassword, "newPassword", problems);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "must differ from the current password"));
        }
        throwIfAny(problems);
        accounts.setPassword(user, newPassword);
        user.passwordChangedByOwner();
    }

    private void checkPassword(String password, String field, List<FieldProblem> problems) {
        if (password == null || password.length() < minPasswordLength) {
            problems.add(new FieldProblem(field, "must have at least " + minPasswordLength + " characters"));
        }
    }

    private static void checkInternalRoles(Set<Role> roles, List<FieldProblem> problems) {
        roles.stream().filter(role -> !role.isInternal()).findFirst().ifPresent(role -> problems.add(
                new FieldProblem("roles", role.id() + " is given by a factory or supplier code, not as a role")));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
