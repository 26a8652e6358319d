package dev.codatsandbox.client.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that talks to the sandbox: its tests take a {@link dev.codatsandbox.client.SandboxClient}, a
 * {@link dev.codatsandbox.client.SandboxCompany} of their own, and the base URL ({@link SandboxUrl}) as parameters.
 * One sandbox serves the whole run; where it comes from is {@link CodatSandboxExtension}'s to decide, in this order:
 * {@link #url()} or {@code CODAT_SANDBOX_URL}; a container through Testcontainers; {@link #path()} or
 * {@code CODAT_SANDBOX_JAR}, started as a process.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CodatSandboxExtension.class)
public @interface CodatSandboxTest {

    /** A sandbox already running ({@code http://localhost:8080}); empty: {@code codat.sandbox.url}, or none. */
    String url() default "";

    /** The image to run when Testcontainers is used; empty: {@code codat.sandbox.image}, or the default. */
    String image() default "";

    /** The jar or native executable to run as a process; empty: {@code codat.sandbox.jar}, or none. */
    String path() default "";
}
