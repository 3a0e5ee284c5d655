package com.threadline.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People by name for the pages: who holds a role, and the names behind logins. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final UserAccountRepository accounts;
    private final DisplayNames displayNames;

    StaffDirectory(UserAccountRepository accounts, DisplayNames displayNames) {
        this.accounts = accounts;
        this.displayNames = displayNames;
    }

    /** The display name of each known login; a login nobody signs in with (a name from an ERP) is left out. */
    public Map<String, String> namesOf(Collection<String> logins) {
        return displayNames.of(logins);
    }

    /** The name of one login, or the login itself when no account has it. */
    public String nameOf(String login) {
        return login == null ? null : namesOf(List.of(login)).getOrDefault(login, login);
    }

    public List<Person> withRole(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(account -> new Person(account.getLogin(), account.getDisplayName()))
                .toList();
    }

    public record Person(String login, String name) {
    }
}
