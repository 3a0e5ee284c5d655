package com.threadline.capacity;

import com.threadline.access.StaffDirectory;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The capacity board (产能看板): every factory's sewing capacity against its open orders, week by week. */
@Service
public class CapacityBoardService {

    static final int MAX_WEEKS = 26;

    private final CapacityFactories factories;
    private final OpenSewingQuery sewing;
    private final CapacityStore store;
    private final StaffDirectory staff;
    private final Clock clock;

    CapacityBoardService(CapacityFactories factories, OpenSewingQuery sewing, CapacityStore store,
            StaffDirectory staff, Clock clock) {
        this.factories = factories;
        this.sewing = sewing;
        this.store = store;
        this.staff = staff;
        this.clock = clock;
    }

    public record Cell(LocalDate monday, int capacity, int load, boolean overloaded) {
    }

    public record Row(String factoryCode, String factoryName, int dailyPieces, boolean ownCapacity, List<Cell> weeks) {
    }

    public record Board(LocalDate today, List<LocalDate> weeks, List<Row> factories) {
    }

    public record OrderShare(String orderNo, String customer, String merchandiser, int quantity, int pieces,
            LocalDate sewingStart, LocalDate sewingEnd, LocalDate dueDate) {
    }

    public record CellOrders(String factoryCode, String factoryName, LocalDate monday, int capacity, int load,
            List<OrderShare> orders) {
    }

    @Transactional(readOnly = true)
    public Board board(int weeks) {
        checkWeeks(weeks);
        LocalDate today = LocalDate.now(clock);
        WeeklyBoard board = new WeeklyBoard(today, weeks);
        Set<Long> own = store.dailyPieces().keySet();
        List<Row> rows = board.rows(factories.all(store.settings()), sewing.all()).stream()
                .map(row -> new Row(row.factory().code(), row.factory().name(), row.factory().dailyPieces(),
                        own.contains(row.factory().id()), row.weeks().stream()
                        .map(w -> new Cell(w.monday(), w.capacity(), w.load(), w.overloaded())).toList()))
                .toList();
        return new Board(today, board.mondays(), rows);
    }

    /** The orders behind one cell of the board. */
    @Transactional(readOnly = true)
    public CellOrders cell(String factoryCode, LocalDate monday) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw InvalidRequestException.of("week", "须为周一的日期");
        }
        WeeklyBoard.Factory factory = factories.all(store.settings()).stream()
                .filter(f -> f.code().equals(factoryCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这个工厂：" + factoryCode));
        LocalDate today = LocalDate.now(clock);
        WeeklyBoard board = new WeeklyBoard(today, 1);
        List<OpenSewing> orders = sewing.all();
        List<WeeklyBoard.Share> shares = board.shares(factory, monday, orders);
        Map<String, String> names = staff.namesOf(shares.stream().map(s -> s.order().merchandiser())
                .collect(Collectors.toSet()));
        int load = shares.stream().mapToInt(WeeklyBoard.Share::pieces).sum();
        return new CellOrders(factory.code(), factory.name(), monday, board.capacity(factory, monday), load,
                shares.stream()
                .map(s -> new OrderShare(s.order().orderNo(), s.order().customer(),
                        names.getOrDefault(s.order().merchandiser(), s.order().merchandiser()), s.order().quantity(),
                        s.pieces(), s.order().start(), s.order().end(), s.order().dueDate()))
                .toList());
    }

    private static void checkWeeks(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw InvalidRequestException.of("weeks", "须在 1 到 " + MAX_WEEKS + " 之间");
        }
    }
}
