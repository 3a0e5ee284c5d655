package com.threadline.access;

import java.util.List;
import org.springframework.stereotype.Component;

/** A user as the administrator sees it: never its password hash. */
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
        Organisation organisation = user.getOrganisation();
        return new UserView(user.getLogin(), user.getDisplayName(), organisation.getKind(), organisation.getName(),
                parties.factoryCode(organisation.getFactoryId()), parties.supplierCode(organisation.getSupplierId()),
                user.getRoles().stream().map(Role::id).sorted().toList(), user.isEnabled());
    }
}
