package com.threadline.audit;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** Hands the {@link ChangeRecorder} to Hibernate as its post-insert, post-update and post-delete listener. */
@Component
class AuditListenerRegistration implements HibernatePropertiesCustomizer, Integrator {

    private final ChangeRecorder recorder;

    AuditListenerRegistration(ChangeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(EntityManagerFactoryBuilderImpl.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(this));
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, recorder);
        listeners.appendListeners(EventType.POST_UPDATE, recorder);
        listeners.appendListeners(EventType.POST_DELETE, recorder);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // the listeners go with the session factory
    }
}
