package com.threadline.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The rows the caller of the current request may see, as the Hibernate filters {@link #FACTORY_FILTER} and
 * {@link #SUPPLIER_FILTER} take them: the caller's factory or supplier id, or {@link #EVERYTHING} for our own staff
 * and for work outside a request (monitors, jobs).
 */
public final class CallerScope {

    /** Limits orders (and their exceptions) to those of the caller's factory. */
    public static final String FACTORY_FILTER = "factoryScope";
    /** Limits orders to those with a material line of the caller's supplier, and their lines to those. */
    public static final String SUPPLIER_FILTER = "supplierScope";
    /** The filter parameter value that limits nothing. */
    public static final long EVERYTHING = -1L;

    private CallerScope() {
    }

    static long factoryId() {
        SignedInUser user = signedIn();
        return user == null || user.factoryId() == null ? EVERYTHING : user.factoryId();
    }

    static long supplierId() {
        SignedInUser user = signedIn();
        return user == null || user.supplierId() == null ? EVERYTHING : user.supplierId();
    }

    /** A factory's or a supplier's people, who never see the order's price and credit. */
    public static boolean callerIsPartner() {
        SignedInUser user = signedIn();
        return user != null && !user.isInternal();
    }

    private static SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** Hibernate asks it for {@code :factoryId} whenever a filtered query runs. */
    public static final class FactoryId implements java.util.function.Supplier<Long> {
        @Override
        public Long get() {
            return factoryId();
        }
    }

    /** Hibernate asks it for {@code :supplierId} whenever a filtered query runs. */
    public static final class SupplierId implements java.util.function.Supplier<Long> {
        @Override
        public Long get() {
            return supplierId();
        }
    }
}
