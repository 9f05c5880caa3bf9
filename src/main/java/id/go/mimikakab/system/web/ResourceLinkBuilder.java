package id.go.mimikakab.system.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Builds the links of the templates ({@code @{...}}) like Thymeleaf's standard builder, but lets the resource chain
 * rewrite only links that can be static resources: those whose last path segment has a file extension (style
 * sheets, scripts, images, {@code /webjars/htmx.org/dist/htmx.min.js}, which the chain versions). Links to pages
 * ({@code /pimpinan/opd/PUPR}, {@code /pimpinan/distrik/94.04.01}) are left as they are.
 *
 * <p>Why: with the WebJars locator on the class path, Spring Boot enables the resource chain and its
 * {@code ResourceUrlEncodingFilter}, so every link of a page goes through {@code response.encodeURL}, which tries to
 * resolve it as a static resource under {@code /**}: several class-path look-ups in the nested jar per link, and a
 * miss is never cached. On the leaders' page (about 45 links) that was 85 % of the page's own CPU time, measured
 * with JFR under bench/dashboard-load.sh (docs/performance.md). Skipping {@code encodeURL} for pages loses nothing:
 * sessions live in a cookie (Spring Session), never in the URL.
 *
 * <p>Links that look like files but are not static resources ({@code /pimpinan/ekspor/opd.csv},
 * {@code /pimpinan/laporan-kinerja.pdf}, {@code /swagger-ui.html}) are remembered once the chain has left them
 * unchanged, so the chain's look-up through every jar on the class path (which grows with each library) runs once
 * per link, not once per page view. A link the chain changed (a versioned resource) is not remembered here: the
 * chain caches those itself.
 */
public class ResourceLinkBuilder extends StandardLinkBuilder {

    /** The most distinct links remembered as left unchanged by the resource chain. */
    static final int REMEMBERED_LINKS = 4_096;

    private final Cache<String, Boolean> unchangedByChain = Caffeine.newBuilder().maximumSize(REMEMBERED_LINKS).build();

    @Override
    protected String processLink(IExpressionContext context, String link) {
        if (!mayBeResource(link) || unchangedByChain.getIfPresent(link) != null) {
            return link;
        }
        String processed = processedByChain(context, link);
        if (processed.equals(link)) {
            unchangedByChain.put(link, Boolean.TRUE);
        }
        return processed;
    }

    /** The link as the resource chain and the servlet response encode it. */
    protected String processedByChain(IExpressionContext context, String link) {
        return super.processLink(context, link);
    }

    /**
     * Whether the link's last path segment ends in a file extension (a dot and a letter: {@code /css/mimika.css}, not
     * a district code such as {@code /pimpinan/distrik/94.04.01}), or the link is not a plain absolute path.
     */
    static boolean mayBeResource(String link) {
        if (!link.startsWith("/") || link.startsWith("//")) {
            return true;
        }
        int end = link.length();
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '?' || c == '#' || c == ';') {
                end = i;
                break;
            }
        }
        String segment = link.substring(link.lastIndexOf('/', end - 1) + 1, end);
        int dot = segment.lastIndexOf('.');
        return dot >= 0 && dot + 1 < segment.length() && Character.isLetter(segment.charAt(dot + 1));
    }

    /** Installs the builder in every Thymeleaf engine before it is first used. */
    @Configuration(proxyBeanMethods = false)
    static class Installer {

        @Bean
        static BeanPostProcessor resourceLinkBuilderInstaller() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof TemplateEngine engine) {
                        engine.setLinkBuilder(new ResourceLinkBuilder());
                    }
                    return bean;
                }
            };
        }
    }
}
