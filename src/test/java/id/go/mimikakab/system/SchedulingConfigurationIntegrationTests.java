package id.go.mimikakab.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * A node told not to run scheduled jobs ({@code mimika.scheduling.enabled=false}, as every test context is) runs
 * none: no library may switch scheduling on behind that setting (Spring Modulith's "moments" did).
 */
@SpringBootTest
class SchedulingConfigurationIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void aNodeToldNotToRunJobsSchedulesNone() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
                .allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
        assertThat(context.getBeanNamesForType(ScheduledTaskHolder.class)).isEmpty();
    }
}
