package com.threadline.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Users as the administrator sees them: never a password hash. */
@Component
class UserViews {

    private final PartyCodes parties;
    private final SignInThrottle throttle;

    UserViews(PartyCodes parties, SignInThrottle throttle) {
        this.parties = parties;
        this.throttle = throttle;
    }

    /** {@code lockedUntil}: set while too many failed sign-ins keep the login out. */
    record UserView(String login, String displayName, OrganisationKind organisationKind, String organisationName,
            String factoryCode, String supplierCode, List<String> roles, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword) {
    }

    UserView of(UserAccount user) {
        return of(List.of(user)).get(0);
    }

    /** The factory and supplier codes of all of them are read in two queries, not one per user. */
    List<UserView> of(List<UserAccount> users) {
        Map<Long, String> factoryCodes = parties.factoryCodes(users.stream()
                .map(user -> user.getOrganisation().getFactoryId()).filter(Objects::nonNull).toList());
        Map<String, Instant> locked = throttle.currentLocks().stream()
                .filter(lock -> lock.getSubjectKind() == SignInLock.Kind.LOGIN)
                .collect(Collectors.toMap(SignInLock::getSubject, SignInLock::getLockedUntil, (a, b) -> a));
        Map<Long, String> supplierCodes = parties.supplierCodes(users.stream()
                .map(user -> user.getOrganisation().getSupplierId()).filter(Objects::nonNull).toList());
        return users.stream().map(user -> {
            Organisation organisation = user.getOrganisation();
            return new UserView(user.getLogin(), user.getDisplayName(), organisation.getKind(),
                    organisation.getName(), factoryCodes.get(organisation.getFactoryId()),
                    supplierCodes.get(organisation.getSupplierId()),
                    user.getRoles().stream().map(Role::id).sorted().toList(), user.isEnabled(),
                    locked.get(user.getLogin()), user.mustChangePassword());
        }).toList();
    }
}
