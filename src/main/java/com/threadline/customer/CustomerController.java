package com.threadline.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customers the desk picks from when an order is entered, and adds to. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

    private final CustomerDirectory directory;

    CustomerController(CustomerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<CustomerView> search(@RequestParam(required = false) @Size(max = 128) String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return directory.search(q, limit).stream().map(CustomerView::of).toList();
    }

    @PostMapping
    ResponseEntity<CustomerView> add(@Valid @RequestBody NewCustomer request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(CustomerView.of(directory.add(request.name())));
    }

    @PutMapping("/{customerId}/credit")
    CustomerView updateCredit(@PathVariable long customerId, @Valid @RequestBody CreditRequest request) {
        return CustomerView.of(directory.updateCredit(customerId,
                new CreditData(request.creditLimit(), request.currency(), request.overdueAmount())));
    }

    record CreditRequest(@DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal creditLimit,
            @Pattern(regexp = "^$|^[A-Z]{3}$", message = "三位货币代码，如 CNY、USD") String currency,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal overdueAmount) {
    }

    record NewCustomer(@NotBlank @Size(max = 128) String name) {
    }

    record CustomerView(Long id, String name, BigDecimal creditLimit, String creditCurrency,
            BigDecimal overdueAmount) {
        static CustomerView of(Customer customer) {
            return new CustomerView(customer.getId(), customer.getName(), customer.getCreditLimit(),
                    customer.getCreditCurrency(), customer.getOverdueAmount());
        }
    }
}
