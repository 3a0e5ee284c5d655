package com.threadline.exception;

import com.threadline.people.TestPeople;
import java.util.List;
import org.springframework.stereotype.Component;

/** The kinds on an exception's timeline, and made-up people for the roster. */
@Component
class QueriesForTimeline {

    private final ExceptionQueries queries;
    private final TestPeople people;

    QueriesForTimeline(ExceptionQueries queries, TestPeople people) {
        this.queries = queries;
        this.people = people;
    }

    List<String> kinds(Long exceptionId) {
        return queries.detail(exceptionId).timeline().stream().map(ExceptionEvent::getKind).toList();
    }

    String newPerson(String name) {
        return people.newUser(name);
    }
}
