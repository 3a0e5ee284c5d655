package com.threadline.credit;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** How finance's decision reads on the order: what, by whom, and finance's comment. */
final class CreditNotes {

    private static final int NOTE_LENGTH = 255;

    private CreditNotes() {
    }

    static String decided(String what, DelegateExecution execution) {
        Object by = execution.getVariable("creditDecidedBy");
        String comment = comment(execution);
        String note = what + (by == null ? "" : "（" + by + "）") + (comment.isEmpty() ? "" : "：" + comment);
        return note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    static String comment(DelegateExecution execution) {
        Object comment = execution.getVariable("creditComment");
        return comment == null ? "" : comment.toString().strip();
    }
}
