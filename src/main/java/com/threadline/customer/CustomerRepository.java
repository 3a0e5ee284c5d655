package com.threadline.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select c from Customer c where c.name = ?1")
    Optional<Customer> findByName(String name);

    /** Names containing {@code pattern} (a LIKE pattern with backslash escapes), by name. */
    @Query("select c from Customer c where lower(c.name) like ?1 escape '\\' order by c.name")
    List<Customer> search(String pattern, Pageable page);
}
