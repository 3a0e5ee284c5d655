package com.threadline.capacity;

import com.threadline.calendar.WorkingCalendars;
import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every factory with its daily sewing capacity (its own, else the default) and its working calendar. */
@Component
class CapacityFactories {

    private final FactoryRepository factories;
    private final CapacityStore store;
    private final WorkingCalendars calendars;

    CapacityFactories(FactoryRepository factories, CapacityStore store, WorkingCalendars calendars) {
        this.factories = factories;
        this.store = store;
        this.calendars = calendars;
    }

    List<WeeklyBoard.Factory> all(CapacitySettings settings) {
        Map<Long, Integer> own = store.dailyPieces();
        return factories.findAllByOrderByCode().stream()
                .map(f -> of(f, own.getOrDefault(f.getId(), settings.defaultDailyPieces())))
                .toList();
    }

    boolean hasOwnCapacity(long factoryId) {
        return store.dailyPieces().containsKey(factoryId);
    }

    private WeeklyBoard.Factory of(Factory factory, int dailyPieces) {
        return new WeeklyBoard.Factory(factory.getId(), factory.getCode(), factory.getName(), dailyPieces,
                calendars.forFactory(factory.getId()));
    }
}
