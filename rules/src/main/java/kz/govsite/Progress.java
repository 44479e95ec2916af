package kz.govsite;

/** Where a run tells its user what it is doing; the Maven plugin maps it to the build log. */
public interface Progress {
    void info(String message);

    void warn(String message);

    /** Writes nothing: for tests and embedding. */
    Progress SILENT = new Progress() {
        @Override public void info(String message) { }

        @Override public void warn(String message) { }
    };

    /** Prints to standard output and standard error. */
    Progress CONSOLE = new Progress() {
        @Override public void info(String message) { System.out.println(message); }

        @Override public void warn(String message) { System.err.println("WARNING: " + message); }
    };
}
