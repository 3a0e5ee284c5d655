package com.threadline.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: our pages sign in through a form (session), the REST APIs also take HTTP Basic, and
 * Camunda's webapps and engine REST learn the user from Spring Security instead of asking again.
 */
@Configuration
class SecurityConfiguration {

    /** Runs after Spring Security's filter chain, so its signed-in user is known. */
    private static final int CAMUNDA_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    private static final RequestMatcher MACHINE_CLIENTS = new OrRequestMatcher(withDefaults().matcher("/api/**"),
            withDefaults().matcher("/engine-rest/**"), withDefaults().matcher("/camunda/api/**"),
            withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/actuator/**"));

    /**
     * Requests a cross-site page cannot forge into a signed-in one need no token: a browser sends no Authorization
     * header cross-site, and an API call without a session cookie is not signed in by a session (so an anonymous
     * one answers 401, not 403).
     */
    private static final RequestMatcher NOT_SIGNED_IN_BY_SESSION = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                || request.getRequestedSessionId() == null && MACHINE_CLIENTS.matches(request);
    };

    @Bean
    PasswordEncoder passwordEncoder(@Value("${threadline.access.password-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /** Passwords checked against our users, behind the brute-force throttle. */
    @Bean
    AuthenticationProvider passwordSignIn(AccountDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, RevokedSessions revoked)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler formFailure = new ExceptionMappingAuthenticationFailureHandler();
        formFailure.setDefaultFailureUrl("/login.html?error");
        formFailure.setExceptionMappings(Map.of(ThrottledSignIn.Locked.class.getName(), "/login.html?locked"));
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Threadline");
        // before Basic sign-in, so a request that carries credentials is signed in anew once its session ended
        http.addFilterBefore(revoked.filter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(MACHINE_CLIENTS, json), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(withDefaults().matcher("/login.html"), withDefaults().matcher("/error"),
                                    withDefaults().matcher("/favicon.ico"), withDefaults().matcher("/css/**"),
                                    withDefaults().matcher("/js/**"), withDefaults().matcher("/img/**"),
                                    withDefaults().matcher("/webjars/**"),
                                    withDefaults().matcher("/actuator/health"),
                                    withDefaults().matcher("/actuator/health/*")).permitAll()
                            // metrics for the operator's Prometheus, which signs in as an administrator
                            .requestMatchers(withDefaults().matcher("/actuator/**"))
                            .access(ApiAccessRules.allowed(user -> user.has(Role.ADMIN)))
                            .requestMatchers(withDefaults().matcher("/engine-rest/**"))
                            .access(ApiAccessRules.allowed(ApiAccessRules.STAFF))
                            .requestMatchers(withDefaults().matcher(PageRefusal.PAGE)).permitAll();
                    PageAccess.apply(requests);
                    ApiAccessRules.apply(requests);
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                        .failureHandler(formFailure).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login.html?logout"))
                // Basic sign-ins are kept in the session too, so a client that sends its cookie back is not
                // BCrypt-checked on every request.
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic)
                        .securityContextRepository(new DelegatingSecurityContextRepository(
                                new HttpSessionSecurityContextRepository(),
                                new RequestAttributeSecurityContextRepository())))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(basic, MACHINE_CLIENTS)
                        .defaultAccessDeniedHandlerFor(new ForbiddenAsProblem(json), MACHINE_CLIENTS)
                        .defaultAccessDeniedHandlerFor(new PageRefusal(), AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(eagerPlainTokens())
                        // Camunda's webapps send their own CSRF token and check it themselves.
                        .ignoringRequestMatchers(NOT_SIGNED_IN_BY_SESSION, withDefaults().matcher("/camunda/**")));
        return http.build();
    }

    /**
     * Our pages read the token from the XSRF-TOKEN cookie and send it back as is (header X-XSRF-TOKEN or field
     * _csrf), so it is neither masked nor deferred: the cookie is there from the first page on.
     */
    private static CsrfTokenRequestAttributeHandler eagerPlainTokens() {
        CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        return handler;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(CAMUNDA_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaEngineRestSignIn() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(CAMUNDA_FILTER_ORDER);
        return registration;
    }
}
