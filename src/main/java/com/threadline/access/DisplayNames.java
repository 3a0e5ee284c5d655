package com.threadline.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The names pages show for logins: a page names people, never their logins. */
@Service
public class DisplayNames {

    private final UserAccountRepository accounts;

    DisplayNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Login → display name for those of {@code logins} that are accounts; others (such as "system") are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> of(Collection<String> logins) {
        Map<String, String> names = new TreeMap<>();
        List<String> known = logins.stream().filter(Objects::nonNull).distinct().toList();
        if (!known.isEmpty()) {
            accounts.namesByLogin(known).forEach(n -> names.put(n.login(), n.displayName()));
        }
        return names;
    }
}
