package com.threadline.imports;

import com.threadline.customer.CreditData;
import com.threadline.customer.Customer;
import com.threadline.customer.CustomerDirectory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Customers' credit data by customer name, as finance keeps it in its own books: the limit (empty: no limit), its
 * currency and the overdue receivables. A new name adds the customer, as an order naming it would.
 */
@Component
class CustomerCreditImportKind implements ImportKind {

    static final String CODE = "customer-credit";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("customer", "客户", "Customer", "客户名称，与订单上的一致；新客户会自动建立"),
            ImportColumn.optional("creditLimit", "信用额度", "Credit Limit", "金额；留空为不设限"),
            ImportColumn.optional("currency", "币种", "Currency", "三位代码，如 CNY、USD；留空为 CNY"),
            ImportColumn.optional("overdueAmount", "逾期应收款", "Overdue Receivables", "金额；留空或 0 为无逾期"));

    private final CustomerDirectory customers;

    CustomerCreditImportKind(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String title() {
        return "客户信用";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "customer";
    }

    @Override
    public RowResult apply(ImportRecord record, ImportMode mode) {
        ImportRecord.Row row = record.rows().get(0);
        CellValues cells = new CellValues();
        String name = row.value("customer");
        BigDecimal limit = cells.decimal(row, "creditLimit");
        BigDecimal overdue = cells.decimal(row, "overdueAmount");
        String currency = row.value("currency");
        if (name != null && name.length() > 128) {
            cells.problem("customer", "最长 128 字 / at most 128 characters");
        }
        if (limit != null && limit.signum() < 0) {
            cells.problem("creditLimit", "不能为负数 / must not be negative");
        }
        if (overdue != null && overdue.signum() < 0) {
            cells.problem("overdueAmount", "不能为负数 / must not be negative");
        }
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            cells.problem("currency", "三位大写货币代码，如 CNY / a three-letter currency code");
        }
        if (!cells.ok()) {
            return RowResult.failed(cells.problems());
        }
        CreditData credit = new CreditData(limit, currency, overdue);
        Optional<Customer> existing = customers.find(name);
        if (existing.isEmpty()) {
            if (mode == ImportMode.UPDATE) {
                return RowResult.failed("customer", "没有这个客户，仅更新模式不会新建 / no such customer to update");
            }
            customers.updateCredit(customers.findOrAdd(name).getId(), credit);
            return RowResult.of(RowOutcome.INSERTED);
        }
        Customer customer = existing.get();
        if (same(customer.getCreditLimit(), limit) && same(customer.getOverdueAmount(), overdue)
                && Objects.equals(customer.getCreditCurrency(), credit.currencyOrDefault())) {
            return RowResult.of(RowOutcome.UNCHANGED);
        }
        if (mode == ImportMode.INSERT) {
            return RowResult.failed("customer", "客户已有不同的信用数据；要改请用“仅更新”或“新增或更新” / already exists");
        }
        customers.updateCredit(customer.getId(), credit);
        return RowResult.of(RowOutcome.UPDATED);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
