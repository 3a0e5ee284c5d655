package com.threadline.customer;

import com.threadline.customer.CustomerContacts.ContactFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's contacts, kept on the desk: who may sign in to the buyer page, and who gets its emails. */
@RestController
@RequestMapping("/api/customers/{customerId}/contacts")
class CustomerContactController {

    private final CustomerContacts contacts;
    private final CustomerContactRepository repository;

    CustomerContactController(CustomerContacts contacts, CustomerContactRepository repository) {
        this.contacts = contacts;
        this.repository = repository;
    }

    @GetMapping
    List<ContactView> list(@PathVariable long customerId) {
        return repository.ofCustomer(customerId).stream().map(ContactView::of).toList();
    }

    @PostMapping
    ResponseEntity<ContactView> add(@PathVariable long customerId, @Valid @RequestBody ContactRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ContactView.of(contacts.add(customerId, request.fields())));
    }

    @PutMapping("/{contactId}")
    ContactView update(@PathVariable long customerId, @PathVariable long contactId,
            @Valid @RequestBody ContactRequest request) {
        return ContactView.of(contacts.update(customerId, contactId, request.fields()));
    }

    record ContactRequest(@NotBlank @Size(max = 128) String name,
            @Size(max = 32) @Pattern(regexp = "^$|^\\+?[0-9 ()-]{5,32}$") String phone,
            @Size(max = 254) @Email String email, boolean optIn) {
        ContactFields fields() {
            return new ContactFields(name, phone, email, optIn);
        }
    }

    record ContactView(Long id, Long customerId, String name, String phone, String email, boolean optIn) {
        static ContactView of(CustomerContact contact) {
            return new ContactView(contact.getId(), contact.getCustomerId(), contact.getName(), contact.getPhone(),
                    contact.getEmail(), contact.isOptIn());
        }
    }
}
