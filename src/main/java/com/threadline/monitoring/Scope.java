package com.threadline.monitoring;

import java.util.Collection;
import java.util.List;

/** Which orders a scan covers, in the shape the queries take: a flag for "all" and a never-empty list. */
record Scope(boolean all, Collection<String> orderNos) {

    static Scope of(Collection<String> scope) {
        if (scope == null) {
            return new Scope(true, List.of(""));
        }
        return new Scope(false, scope.isEmpty() ? List.of("") : scope);
    }
}
