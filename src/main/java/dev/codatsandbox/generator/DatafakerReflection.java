package dev.codatsandbox.generator;

import net.datafaker.Faker;
import net.datafaker.providers.base.AbstractProvider;
import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeReflection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Native-image build step that lets datafaker resolve its expressions in the native executable. A datafaker
 * expression such as {@code #{Name.first_name}} is resolved by reflection: the provider is found among the public
 * methods of {@link Faker} and its interfaces ({@code name()}), and the value among the provider's public methods
 * ({@code firstName()}). The library's own reachability metadata misses many of them, and an expression that
 * cannot be resolved by reflection fails at run time, so this registers, as a rule rather than a list, every public
 * method of {@link Faker}'s type hierarchy and of every provider the image can reach.
 *
 * <p>Used only by the native build ({@code --features} in {@code application.properties}); never loaded on the JVM.
 */
public final class DatafakerReflection implements Feature {

    @Override
    public String getDescription() {
        return "Registers datafaker's Faker and providers for the reflection its expressions use";
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        for (Class<?> type : hierarchy(Faker.class)) {
            registerPublicMembers(type);
        }
        access.registerSubtypeReachabilityHandler((duringAnalysis, provider) -> registerPublicMembers(provider),
                AbstractProvider.class);
    }

    private static void registerPublicMembers(Class<?> type) {
        RuntimeReflection.register(type);
        RuntimeReflection.register(type.getDeclaredConstructors());
        RuntimeReflection.register(type.getMethods());
    }

    /** The type, its superclasses and every interface any of them implements. */
    private static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.removeFirst();
            if (next != Object.class && seen.add(next)) {
                if (next.getSuperclass() != null) {
                    pending.add(next.getSuperclass());
                }
                pending.addAll(List.of(next.getInterfaces()));
            }
        }
        return seen;
    }
}
