package org.essmarket.platform.web;

import java.util.List;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsExceptionHandler.class)
public class ProblemDetailsAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${essmarket.web.max-body-size:1MB}") DataSize maxBodySize, Environment environment,
            JsonMapper json) {
        List<String> multipartUploadPaths = Binder.get(environment)
                .bind("essmarket.web.multipart-upload-paths", Bindable.listOf(String.class)).orElse(List.of());
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBodySize, multipartUploadPaths, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnreadableRequestFilter> unreadableRequestFilter(JsonMapper json) {
        FilterRegistrationBean<UnreadableRequestFilter> registration = new FilterRegistrationBean<>(new UnreadableRequestFilter(json));
        // Before anything reads a parameter (Spring Security's firewall does).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Request dispatches only (the default): the container's error dispatches still reach /error. */
    @Bean
    FilterRegistrationBean<DirectErrorPathFilter> directErrorPathFilter(JsonMapper json) {
        FilterRegistrationBean<DirectErrorPathFilter> registration =
                new FilterRegistrationBean<>(new DirectErrorPathFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // First of all, so that even a refused request is logged and answered with its id.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReports {

        /** Tomcat's errors before Spring (bad URI, headers too large) as problem+json too. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
