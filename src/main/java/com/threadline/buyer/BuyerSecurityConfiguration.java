package com.threadline.buyer;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The buyer page and its API in a chain of their own, ahead of the staff's: no staff sign-in, no HTTP session.
 * A buyer is known by the short-lived {@link BuyerSessions} cookie alone, which the controllers read; it is
 * SameSite=Lax, so a cross-site form cannot post with it, and the sign-in calls need no session at all.
 */
@Configuration
class BuyerSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain buyerFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/buyer"),
                        withDefaults().matcher("/buyer/**"), withDefaults().matcher("/api/buyer/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }
}
