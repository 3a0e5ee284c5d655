package com.threadline.order;

import com.threadline.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Marks the milestones named in the task's {@code milestones} input done on {@code actualDate}
 * (the date the user entered in the form, or today when left empty).
 */
@Component("recordMilestonesDelegate")
public class RecordMilestonesDelegate implements JavaDelegate {

    private final OrderRepository orders;
    private final OrderPlanUpdater planUpdater;

    RecordMilestonesDelegate(OrderRepository orders, OrderPlanUpdater planUpdater) {
        this.orders = orders;
        this.planUpdater = planUpdater;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Order order = orders.require(execution.getProcessBusinessKey());
        List<String> codes = Arrays.stream(((String) execution.getVariableLocal("milestones")).split(","))
                .map(String::trim)
                .toList();
        planUpdater.recordDoneUnlessRecorded(order, codes, dateOf(execution.getVariableLocal("actualDate")));
    }

    private LocalDate dateOf(Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return planUpdater.today();
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("actualDate", "cannot read '" + text + "' as a date (yyyy-MM-dd)");
        }
    }
}
