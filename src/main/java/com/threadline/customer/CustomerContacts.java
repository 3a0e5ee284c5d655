package com.threadline.customer;

import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and edits a customer's contacts; a phone or email signs in one contact only. */
@Service
public class CustomerContacts {

    private final CustomerRepository customers;
    private final CustomerContactRepository contacts;
    private final Clock clock;

    CustomerContacts(CustomerRepository customers, CustomerContactRepository contacts, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The fields of a contact as the desk sends them. */
    public record ContactFields(String name, String phone, String email, boolean optIn) {
    }

    @Transactional
    public CustomerContact add(long customerId, ContactFields fields) {
        if (!customers.existsById(customerId)) {
            throw new NotFoundException("No customer " + customerId);
        }
        return save(new CustomerContact(customerId, clock.instant()), fields);
    }

    @Transactional
    public CustomerContact update(long customerId, long contactId, ContactFields fields) {
        CustomerContact contact = contacts.findById(contactId).filter(c -> c.getCustomerId() == customerId)
                .orElseThrow(() -> new NotFoundException("No contact " + contactId + " at customer " + customerId));
        return save(contact, fields);
    }

    private CustomerContact save(CustomerContact contact, ContactFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        String phoneKey = CustomerContact.phoneKey(fields.phone());
        String emailKey = CustomerContact.emailKey(fields.email());
        if (phoneKey == null && emailKey == null) {
            problems.add(new FieldProblem("phone", "需要手机号或邮箱"));
        }
        for (CustomerContact other : contacts.byKeys(phoneKey, emailKey)) {
            if (!other.getId().equals(contact.getId())) {
                problems.add(phoneKey != null && phoneKey.equals(CustomerContact.phoneKey(other.getPhone()))
                        ? new FieldProblem("phone", "这个手机号已属于另一位联系人")
                        : new FieldProblem("email", "这个邮箱已属于另一位联系人"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        contact.update(fields.name(), fields.phone(), fields.email(), fields.optIn());
        return contacts.save(contact);
    }
}
