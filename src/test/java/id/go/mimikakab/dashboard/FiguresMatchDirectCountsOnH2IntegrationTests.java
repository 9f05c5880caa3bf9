package id.go.mimikakab.dashboard;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FiguresMatchDirectCountsOnH2IntegrationTests extends FiguresMatchDirectCountsContract {
}
