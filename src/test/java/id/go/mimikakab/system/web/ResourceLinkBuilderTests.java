package id.go.mimikakab.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;

class ResourceLinkBuilderTests {

    @Test
    void linksWithAFileExtensionMayBeResourcesAndPagesAreNot() {
        assertThat(ResourceLinkBuilder.mayBeResource("/css/mimika.css")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("/pimpinan/ekspor/opd.xlsx?district=94.04.01")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("https://example.org/a")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("//cdn.example.org/a")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("/pimpinan/opd/PUPR")).isFalse();
        assertThat(ResourceLinkBuilder.mayBeResource("/pimpinan/distrik/94.04.01")).isFalse();
        assertThat(ResourceLinkBuilder.mayBeResource("/manifest.webmanifest")).isTrue();
        assertThat(ResourceLinkBuilder.mayBeResource("/pimpinan/laporan/K7PX-2QDM?x=1.5#a.b")).isFalse();
        assertThat(ResourceLinkBuilder.mayBeResource("/")).isFalse();
    }

    @Test
    void aLinkTheChainLeftUnchangedIsNotLookedUpAgainButAVersionedOneIs() {
        List<String> asked = new ArrayList<>();
        ResourceLinkBuilder builder = new ResourceLinkBuilder() {
            @Override
            protected String processedByChain(IExpressionContext context, String link) {
                asked.add(link);
                return link.startsWith("/css/") ? link.replace(".css", "-0a1b2c.css") : link;
            }
        };

        for (int view = 0; view < 3; view++) {
            assertThat(builder.processLink(null, "/pimpinan/ekspor/opd.csv")).isEqualTo("/pimpinan/ekspor/opd.csv");
            assertThat(builder.processLink(null, "/css/mimika.css")).isEqualTo("/css/mimika-0a1b2c.css");
            assertThat(builder.processLink(null, "/pimpinan/opd/PUPR")).isEqualTo("/pimpinan/opd/PUPR");
        }

        assertThat(asked).containsExactly("/pimpinan/ekspor/opd.csv", "/css/mimika.css", "/css/mimika.css", "/css/mimika.css");
    }
}
