package com.threadline.access;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Switches a row-scope filter off in each session of a caller it does not limit: our own staff, and work outside a
 * request (delegates of jobs, monitors). With {@link CallerScope#EVERYTHING} the filter lets every row through anyway,
 * but while any filter is enabled Hibernate caches no query plan and translates every query to SQL anew (9% of the
 * CPU of a milestone update). A factory's or a supplier's sessions keep their filter. Decided as the session opens:
 * open-in-view is off, so a request's sessions open after its sign-in.
 */
@Component
class UnscopedSessions implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
            factory.setEntityManagerInitializer(UnscopedSessions::dropFiltersThatLimitNothing);
        }
        return bean;
    }

    static void dropFiltersThatLimitNothing(EntityManager entityManager) {
        Session session = entityManager.unwrap(Session.class);
        if (CallerScope.factoryId() == CallerScope.EVERYTHING) {
            session.disableFilter(CallerScope.FACTORY_FILTER);
        }
        if (CallerScope.supplierId() == CallerScope.EVERYTHING) {
            session.disableFilter(CallerScope.SUPPLIER_FILTER);
        }
    }
}
