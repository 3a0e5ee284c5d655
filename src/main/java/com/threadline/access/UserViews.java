package com.threadline.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Users as the administrator sees them: never a password hash. */
@Component
class UserViews {

    private final PartyCodes parties;

    UserViews(PartyCodes parties) {
        this.parties = parties;
    }

    record UserView(String login, String displayName, OrganisationKind organisationKind, String organisationName,
            String factoryCode, String supplierCode, List<String> roles, boolean enabled) {
    }

    UserView of(UserAccount user) {
        return of(List.of(user)).get(0);
    }

    /** The factory and supplier codes of all of them are read in two queries, not one per user. */
    List<UserView> of(List<UserAccount> users) {
        Map<Long, String> factoryCodes = parties.factoryCodes(users.stream()
                .map(user -> user.getOrganisation().getFactoryId()).filter(Objects::nonNull).toList());
        Map<Long, String> supplierCodes = parties.supplierCodes(users.stream()
                .map(user -> user.getOrganisation().getSupplierId()).filter(Objects::nonNull).toList());
        return users.stream().map(user -> {
            Organisation organisation = user.getOrganisation();
            return new UserView(user.getLogin(), user.getDisplayName(), organisation.getKind(),
                    organisation.getName(), factoryCodes.get(organisation.getFactoryId()),
                    supplierCodes.get(organisation.getSupplierId()),
                    user.getRoles().stream().map(Role::id).sorted().toList(), user.isEnabled());
        }).toList();
    }
}
