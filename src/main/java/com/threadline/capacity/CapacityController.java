package com.threadline.capacity;

import com.threadline.access.SignedInUser;
import com.threadline.partner.FactoryRepository;
import com.threadline.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The capacity board, the factories' capacity and the rush-order assessment. */
@RestController
class CapacityController {

    private final CapacityBoardService board;
    private final RushAssessment rush;
    private final CapacityStore store;
    private final FactoryRepository factories;

    CapacityController(CapacityBoardService board, RushAssessment rush, CapacityStore store,
            FactoryRepository factories) {
        this.board = board;
        this.rush = rush;
        this.store = store;
        this.factories = factories;
    }

    @GetMapping("/api/capacity/board")
    CapacityBoardService.Board board(@RequestParam(defaultValue = "12") int weeks) {
        return board.board(weeks);
    }

    @GetMapping("/api/capacity/board/{factoryCode}/{monday}")
    CapacityBoardService.CellOrders cell(@PathVariable String factoryCode,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday) {
        return board.cell(factoryCode, monday);
    }

    @PostMapping("/api/capacity/rush/simulate")
    RushAssessment.Assessment simulate(@Valid @RequestBody RushCandidate candidate) {
        return rush.simulate(candidate);
    }

    @PostMapping("/api/capacity/rush/accept")
    RushAssessment.Accepted accept(@Valid @RequestBody RushAcceptance acceptance) {
        return rush.accept(acceptance);
    }

    @GetMapping("/api/capacity/settings")
    CapacitySettings settings() {
        return store.settings();
    }

    @PutMapping("/api/capacity/settings")
    @Transactional
    CapacitySettings change(@Valid @RequestBody CapacitySettings settings) {
        store.change(settings);
        return store.settings();
    }

    record DailyCapacity(@NotNull(message = "请填写日产能") @Min(value = 1, message = "须至少 1 件")
            @Max(value = 1_000_000, message = "日产能过大") Integer dailyPieces) {
    }

    @PutMapping("/api/capacity/factories/{code}")
    @Transactional
    DailyCapacity setDaily(@PathVariable String code, @Valid @RequestBody DailyCapacity body,
            @AuthenticationPrincipal SignedInUser user) {
        long factoryId = factories.findByCode(code).orElseThrow(() -> new NotFoundException("没有这个工厂：" + code))
                .getId();
        store.setDailyPieces(factoryId, body.dailyPieces(), user.login());
        return body;
    }
}
