package kz.govsite.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The list of sites an audit checks, in the order the registry gives them.
 *
 * @param file  the registry file, for messages and for resolving relative paths
 * @param sites the sites, ids unique
 */
public record Registry(Path file, List<SiteEntry> sites) {
    public Registry {
        sites = List.copyOf(sites);
    }
}
