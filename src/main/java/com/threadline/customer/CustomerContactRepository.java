package com.threadline.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerContactRepository extends JpaRepository<CustomerContact, Long> {

    @Query("select c from CustomerContact c where c.customerId = ?1 order by c.name")
    List<CustomerContact> ofCustomer(Long customerId);

    @Query("select c from CustomerContact c where c.customerId in ?1 order by c.name")
    List<CustomerContact> ofCustomers(List<Long> customerIds);

    @Query("select c from CustomerContact c where c.phoneKey = ?1 or c.emailKey = ?2")
    List<CustomerContact> byKeys(String phoneKey, String emailKey);

    /** The contact that signs in with this phone number or email, whichever it is. */
    default Optional<CustomerContact> findBySignIn(String phoneOrEmail) {
        String text = phoneOrEmail == null ? "" : phoneOrEmail.strip();
        List<CustomerContact> found = text.contains("@") ? byKeys(null, CustomerContact.emailKey(text))
                : byKeys(CustomerContact.phoneKey(text), null);
        return found.stream().findFirst();
    }
}
