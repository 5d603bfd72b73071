package jakarta.enterprise.context;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Fixture of the test kit's HouseRulesTest: stands for CDI's bean scope (the CDI API is not on the
 * kit's class path), so that a fixture service is a bean.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationScoped {
}
