package id.go.mimikakab.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives headless Chromium through {@link HeadlessChromium}; it runs when
 * {@code /usr/bin/chromedriver} exists, when {@code MIMIKA_TEST_BROWSER=true}, and always on CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserTestCondition.class)
public @interface BrowserTest {
}
