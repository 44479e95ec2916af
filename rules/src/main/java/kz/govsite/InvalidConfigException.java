package kz.govsite;

/** A configuration value that cannot work, named by its parameter so the user knows what to fix. */
public final class InvalidConfigException extends GovsiteException {
    private final String parameter;

    public InvalidConfigException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The user-facing parameter name, e.g. {@code govsite.maxPages}. */
    public String parameter() {
        return parameter;
    }
}
