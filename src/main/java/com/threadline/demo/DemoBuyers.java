package com.threadline.demo;

import com.threadline.customer.CustomerContactRepository;
import com.threadline.customer.CustomerContacts;
import com.threadline.customer.CustomerContacts.ContactFields;
import com.threadline.customer.CustomerDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A buyer contact at each demo customer, so the buyer page can be signed in to (README: the demo buyer). */
@Component
@ConditionalOnProperty(name = "threadline.demo.enabled", havingValue = "true")
class DemoBuyers implements ApplicationRunner {

    /** Customer, contact, phone, email; the first one's codes go by SMS, shown in the delivery log. */
    static final String[][] CONTACTS = {
            {"Nordic Outdoor AB", "Anna Lindqvist", "+46 70 123 4567", "anna@nordic-outdoor.example"},
            {"Maple Kids Ltd", "Emily Carter", "+44 7700 900123", "emily@maplekids.example"},
            {"Bella Moda S.r.l.", "Giulia Rossi", "+39 312 345 6789", "giulia@bellamoda.example"},
            {"Pacific Surf Co.", "Jake Miller", "+1 415 555 0134", "jake@pacificsurf.example"},
            {"Urban Threads GmbH", "Lukas Weber", "+49 151 2345 6789", "lukas@urbanthreads.example"}};

    private final CustomerDirectory customers;
    private final CustomerContacts contacts;
    private final CustomerContactRepository repository;
    private final TransactionTemplate transaction;

    DemoBuyers(CustomerDirectory customers, CustomerContacts contacts, CustomerContactRepository repository,
            TransactionTemplate transaction) {
        this.customers = customers;
        this.contacts = contacts;
        this.repository = repository;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String[] contact : CONTACTS) {
            if (repository.findBySignIn(contact[3]).isEmpty()) {
                Long customerId = transaction.execute(status -> customers.findOrAdd(contact[0]).getId());
                contacts.add(customerId, new ContactFields(contact[1], contact[2], contact[3], false));
            }
        }
    }
}
