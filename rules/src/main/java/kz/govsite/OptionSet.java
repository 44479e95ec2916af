package kz.govsite;

import java.util.Map;

/**
 * Typed options a check family reads from a run's raw options ({@link GovsiteConfig#options()}, by
 * property name), turned back into those raw values: so that code and tests can give a family's
 * options whole, as {@code GovsiteConfig.builder().options(LowVisionOptions.defaults().withSampling("all"))}.
 */
public interface OptionSet {
    /**
     * Every property the options are read from, with its value as a user would write it; an empty
     * value for an option that is not set (the family's default then applies).
     */
    Map<String, String> values();
}
