package id.go.mimikakab.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
