package id.go.mimikakab;

import org.springframework.test.context.TestPropertySource;

/** The public API contract on the embedded H2 database, in memory. */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:public-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class PublicApiOnH2IntegrationTests extends PublicApiContract {
}
