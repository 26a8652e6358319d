package dev.codatsandbox.testing;

import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Orders the integration tests (the failsafe run, {@code junit.jupiter.testclass.order.default} in the pom) so that
 * those of one {@link TestProfile} run one after another, those without a profile first, each group by class name.
 * A {@code @QuarkusIntegrationTest} starts the jar or the native executable again whenever the profile changes from
 * one class to the next, and Quarkus' own orderer groups only the {@code @QuarkusTest}s by profile. The profile is
 * looked up on the class and its superclasses, since each {@code IT} inherits its test's.
 */
public class ByProfile implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor descriptor) -> profile(
                descriptor.getTestClass())).thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    static String profile(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
            TestProfile profile = type.getAnnotation(TestProfile.class);
            if (profile != null) {
                return profile.value().getName();
            }
        }
        return "";
    }
}
