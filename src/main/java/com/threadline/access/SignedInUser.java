package com.threadline.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in request: login, roles and the organisation the user is bound to. It lives in the
 * HTTP session, so it holds plain values only.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final String login;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final OrganisationKind organisationKind;
    private final Long factoryId;
    private final Long supplierId;
    private final boolean mustChangePassword;

    SignedInUser(UserAccount account) {
        this.login = account.getLogin();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.roles = account.getRoles();
        this.organisationKind = account.getOrganisation().getKind();
        this.factoryId = account.getOrganisation().getFactoryId();
        this.supplierId = account.getOrganisation().getSupplierId();
        this.mustChangePassword = account.mustChangePassword();
    }

    /** The user signed in with a password others know and must choose their own before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Staff of our own company, as opposed to a factory's or supplier's people. */
    public boolean isInternal() {
        return organisationKind == OrganisationKind.COMPANY;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    /** The factory a factory user is bound to; null for everyone else. */
    public Long factoryId() {
        return factoryId;
    }

    /** The supplier a supplier user is bound to; null for everyone else. */
    public Long supplierId() {
        return supplierId;
    }

    /** The Camunda groups the user is a member of, one per role. */
    public List<String> camundaGroups() {
        return roles.stream().map(Role::camundaGroup).sorted().toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
