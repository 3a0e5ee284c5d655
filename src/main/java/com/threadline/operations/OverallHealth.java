package com.threadline.operations;

import java.util.Set;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} answers whether the parts of the application are healthy (database, disk, engine, job
 * executor), not where its start-up is: the liveness and readiness states stay in their own probes. Otherwise it
 * would answer 503 for as long as the demo world loads, though nothing is wrong.
 */
@Component
class OverallHealth implements HealthEndpointGroupsPostProcessor {

    private static final Set<String> START_UP_STATES = Set.of("livenessState", "readinessState");

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup primary = groups.getPrimary();
        HealthEndpointGroup overall = new HealthEndpointGroup() {
            @Override
            public boolean isMember(String name) {
                return !START_UP_STATES.contains(name) && primary.isMember(name);
            }

            @Override
            public boolean showComponents(SecurityContext securityContext) {
                return primary.showComponents(securityContext);
            }

            @Override
            public boolean showDetails(SecurityContext securityContext) {
                return primary.showDetails(securityContext);
            }

            @Override
            public StatusAggregator getStatusAggregator() {
                return primary.getStatusAggregator();
            }

            @Override
            public HttpCodeStatusMapper getHttpCodeStatusMapper() {
                return primary.getHttpCodeStatusMapper();
            }

            @Override
            public AdditionalHealthEndpointPath getAdditionalPath() {
                return primary.getAdditionalPath();
            }
        };
        return new HealthEndpointGroups() {
            @Override
            public HealthEndpointGroup getPrimary() {
                return overall;
            }

            @Override
            public Set<String> getNames() {
                return groups.getNames();
            }

            @Override
            public HealthEndpointGroup get(String name) {
                return groups.get(name);
            }
        };
    }
}
