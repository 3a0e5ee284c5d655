package com.threadline.customer;

import com.threadline.web.ConflictException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds customers by name, and adds one the first time an order or a person names it. */
@Service
public class CustomerDirectory {

    private final CustomerRepository customers;
    private final Clock clock;

    CustomerDirectory(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * The customer of that name, added within the caller's transaction if there is none yet. Two first orders of a
     * new customer at once race on its unique name; the order API retries the loser, which then finds the winner's.
     */
    public Customer findOrAdd(String name) {
        String cleaned = name.strip();
        return customers.findByName(cleaned).orElseGet(() -> customers.save(new Customer(cleaned, clock.instant())));
    }

    public Optional<Customer> find(String name) {
        return customers.findByName(name.strip());
    }

    @Transactional
    public Customer add(String name) {
        String cleaned = name.strip();
        if (customers.findByName(cleaned).isPresent()) {
            throw new ConflictException("Customer " + cleaned + " exists already");
        }
        return customers.save(new Customer(cleaned, clock.instant()));
    }

    /** Sets the customer's credit data (null limit: no limit), as the desk or an import gives it. */
    @Transactional
    public Customer updateCredit(long customerId, CreditData credit) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new NotFoundException("No customer " + customerId));
        customer.grantCredit(credit.creditLimit(), credit.currencyOrDefault(), credit.overdueAmount());
        return customer;
    }

    /** Up to {@code limit} customers whose name contains {@code query}, whatever its case; all when it is blank. */
    @Transactional(readOnly = true)
    public List<Customer> search(String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return customers.search(pattern, PageRequest.of(0, limit));
    }
}
