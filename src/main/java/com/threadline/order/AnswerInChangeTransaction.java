package com.threadline.order;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change of an order and reads the answer in the change's own transaction. The order, its plan and its
 * materials are loaded there already; read in a transaction of its own, the answer loaded them all again.
 */
@Component
class AnswerInChangeTransaction {

    private final TransactionTemplate transactions;

    AnswerInChangeTransaction(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** {@code changeThenAnswer} makes the change and reads what to answer; nothing is kept if either fails. */
    <T> T answer(Supplier<T> changeThenAnswer) {
        return transactions.execute(status -> changeThenAnswer.get());
    }
}
