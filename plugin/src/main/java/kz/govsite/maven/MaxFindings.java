package kz.govsite.maven;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import kz.govsite.OptionValues;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/** The most findings allowed per check family: the {@code maxFindings} map, then {@code govsite.maxFindings.FAMILY} properties. */
final class MaxFindings {
    private static final String PREFIX = "govsite.maxFindings.";

    private MaxFindings() {
    }

    /** A property of the project or the command line wins over the map's entry for the same family. */
    static Map<String, Integer> read(Map<String, String> parameter, MavenProject project, MavenSession session) {
        var max = new TreeMap<String, Integer>();
        if (parameter != null) parameter.forEach((k, v) -> max.put(k, OptionValues.wholeNumber(PREFIX + k, v)));
        var props = new Properties();
        if (project != null) props.putAll(project.getProperties());
        if (session != null) props.putAll(session.getUserProperties());
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                max.put(key.substring(PREFIX.length()), OptionValues.wholeNumber(key, props.getProperty(key)));
            }
        }
        return max;
    }
}
