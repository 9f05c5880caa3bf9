package id.go.mimikakab.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled jobs of every module and lets a job marked {@code @SchedulerLock} run on one node at a
 * time. The locks live in the {@code shedlock} table and are timed by the database's clock, so nodes whose
 * clocks drift (or are shifted with {@code mimika.clock.offset}) still agree on when a lock expires.
 * {@code mimika.scheduling.enabled=false} keeps a node from starting jobs (the tests start them by hand);
 * the locks still apply to every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Starts the scheduler unless this node is told not to run jobs. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "mimika.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Jobs {
    }
}
