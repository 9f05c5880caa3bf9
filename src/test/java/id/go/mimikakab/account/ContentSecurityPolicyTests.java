package id.go.mimikakab.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTests {

    @Test
    void withoutTilesImagesComeOnlyFromThePlatform() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.contentSecurityPolicy(null)).contains("img-src 'self' data:;");
    }

    @Test
    void theTileServersOriginIsAllowedAsAnImageSource() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("script-src 'self';");
        assertThat(SecurityConfiguration.contentSecurityPolicy("http://tiles.mimikakab.go.id:8081/osm/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: http://tiles.mimikakab.go.id:8081;");
    }

    @Test
    void subdomainPlaceholdersBecomeAWildcard() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: https://*.tile.example.org;");
    }

    @Test
    void aUrlThatIsNotAPlainOriginNeverReachesTheHeader() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://evil.example; script-src *"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.contentSecurityPolicy("javascript:alert(1)"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://{z}.example.org/x.png"))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }
}
