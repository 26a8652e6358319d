package dev.codatsandbox.pipeline;

/**
 * Which paths are the sandbox's own rather than Codat's: the admin API and dashboard under {@value #ADMIN}, and
 * Quarkus' operational endpoints under {@value #OPERATIONAL}. A path is under a prefix when it is the prefix or
 * goes on after a slash ({@code /_sandboxes} is not under {@code /_sandbox}). Every stage of the {@link Pipeline}
 * asks here.
 */
public final class SandboxPaths {

    public static final String ADMIN = "/_sandbox";
    public static final String OPERATIONAL = "/q";

    private SandboxPaths() {
    }

    /** Whether the path is the admin API's (or the dashboard's). */
    public static boolean admin(String path) {
        return under(path, ADMIN);
    }

    /** Whether the path is the sandbox's own: admin or operational; a request without a path counts as one. */
    public static boolean own(String path) {
        return path == null || under(path, ADMIN) || under(path, OPERATIONAL);
    }

    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
