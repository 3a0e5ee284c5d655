package com.threadline.order;

import com.threadline.web.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

class ProcessOrdersImpl implements ProcessOrders {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Order forProcess(String orderNo) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Order.class).loadOptional(orderNo)
                .orElseThrow(() -> new NotFoundException("No order " + orderNo));
    }
}
