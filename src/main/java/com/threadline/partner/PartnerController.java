package com.threadline.partner;

import com.threadline.web.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The factories and suppliers an order can be assigned to. */
@RestController
@RequestMapping("/api")
class PartnerController {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;

    PartnerController(FactoryRepository factories, SupplierRepository suppliers) {
        this.factories = factories;
        this.suppliers = suppliers;
    }

    @GetMapping("/factories")
    List<Factory> factories() {
        return factories.findAllByOrderByCode();
    }

    @PostMapping("/factories")
    @Transactional
    ResponseEntity<Factory> addFactory(@Valid @RequestBody NewFactory body) {
        if (factories.findByCode(body.code()).isPresent()) {
            throw new ConflictException("A factory with code " + body.code() + " already exists");
        }
        Factory saved;
        try {
            saved = factories.saveAndFlush(new Factory(body.code(), body.name(), body.city(), body.contact(),
                    body.phone()));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException raceWithSameCode) {
            throw new ConflictException("A factory with code " + body.code() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/factories/" + saved.getCode())).body(saved);
    }

    @GetMapping("/suppliers")
    List<Supplier> suppliers() {
        return suppliers.findAllByOrderByCode();
    }

    @PostMapping("/suppliers")
    @Transactional
    ResponseEntity<Supplier> addSupplier(@Valid @RequestBody NewSupplier body) {
        if (suppliers.findByCode(body.code()).isPresent()) {
            throw new ConflictException("A supplier with code " + body.code() + " already exists");
        }
        Supplier saved;
        try {
            saved = suppliers.saveAndFlush(new Supplier(body.code(), body.name(), body.category(), body.transitDays(),
                    body.contact(), body.phone()));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException raceWithSameCode) {
            throw new ConflictException("A supplier with code " + body.code() + " already exists");
        }
        return ResponseEntity.created(URI.create("/api/suppliers/" + saved.getCode())).body(saved);
    }

    record NewFactory(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 128) String name, @Size(max = 64) String city, @Size(max = 64) String contact,
            @Size(max = 32) String phone) {
    }

    record NewSupplier(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 128) String name, @NotNull MaterialKind category,
            @NotNull @PositiveOrZero @Max(120) Integer transitDays, @Size(max = 64) String contact,
            @Size(max = 32) String phone) {
    }
}
