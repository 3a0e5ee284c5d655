package com.threadline.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

/**
 * Hibernate's listener for inserts, updates and deletes: each change of an {@link AuditedByOrder} entity becomes
 * an {@link AuditRow} of the running transaction, built from the state arrays Hibernate already holds. Only
 * fields that changed are kept (on create the ones set, on delete the ones that were set); collections, the
 * optimistic-lock version and Hibernate's own back-references are left out, associated entities appear as
 * their id.
 */
@Component
class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final AuditBatches batches;
    private final ObjectMapper json;

    ChangeRecorder(AuditBatches batches, ObjectMapper json) {
        this.batches = batches;
        this.json = json;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof AuditedByOrder audited) {
            record(event.getSession(), audited, event.getId(), AuditAction.CREATE,
                    changes(event.getPersister(), null, event.getState(), null, event.getSession()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof AuditedByOrder audited) {
            record(event.getSession(), audited, event.getId(), AuditAction.UPDATE, changes(event.getPersister(),
                    event.getOldState(), event.getState(), event.getDirtyProperties(), event.getSession()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof AuditedByOrder audited) {
            record(event.getSession(), audited, event.getId(), AuditAction.DELETE,
                    changes(event.getPersister(), event.getDeletedState(), null, null, event.getSession()));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(EventSource session, AuditedByOrder audited, Object id, AuditAction action,
            Map<String, Object[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        batches.of(session).add(new AuditRow(audited.getOrderId(), audited.getClass().getSimpleName(),
                (Long) id, action, write(changes)));
    }

    /** {field: [before, after]} of the given properties (all when {@code dirty} is null) that differ. */
    private static Map<String, Object[]> changes(EntityPersister persister, Object[] before, Object[] after,
            int[] dirty, EventSource session) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        int version = persister.isVersioned() ? persister.getVersionProperty() : -1;
        Map<String, Object[]> changes = new LinkedHashMap<>();
        int count = dirty == null ? names.length : dirty.length;
        for (int n = 0; n < count; n++) {
            int i = dirty == null ? n : dirty[n];
            if (i == version || types[i].isCollectionType() || names[i].startsWith("_")) {
                continue;
            }
            Object was = before == null ? null : value(types[i], before[i], session);
            Object is = after == null ? null : value(types[i], after[i], session);
            if (!Objects.equals(was, is)) {
                changes.put(names[i], new Object[] {was, is});
            }
        }
        return changes;
    }

    private static Object value(Type type, Object value, EventSource session) {
        if (value == null || !(type instanceof EntityType entity)) {
            return value;
        }
        LazyInitializer proxy = HibernateProxy.extractLazyInitializer(value);
        return proxy != null
                ? proxy.getInternalIdentifier()
                : session.getEntityPersister(entity.getAssociatedEntityName(), value).getIdentifier(value, session);
    }

    private String write(Map<String, Object[]> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes not writable as JSON: " + changes.keySet(), e);
        }
    }
}
