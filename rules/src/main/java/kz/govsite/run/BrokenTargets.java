package kz.govsite.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.govsite.finding.Finding;
import kz.govsite.finding.Message;

/**
 * Reports a broken link target once, with the pages that link to it counted and listed, instead of
 * once per address: a relative link in a shared template ({@code href="contacts.html"}) resolves to
 * a different address in every folder, and each answers the same error.
 */
final class BrokenTargets {
    static final String CHECK = "site.http-error";
    /** So many addresses of one relative link make a template's link, not a coincidence of names. */
    static final int TEMPLATE_FOLDERS = 3;
    private static final int NAMED = 5;

    private BrokenTargets() {
    }

    /**
     * @param findings   the run's findings
     * @param linkedFrom for each in-scope URL, the checked pages that link to it
     * @return the findings with each broken target's errors made one
     */
    static List<Finding> merge(List<Finding> findings, Map<String, ? extends Set<String>> linkedFrom) {
        var groups = new LinkedHashMap<String, List<Finding>>();
        var out = new ArrayList<Finding>();
        for (Finding f : findings) {
            if (!f.check().equals(CHECK)) {
                out.add(f);
                continue;
            }
            Set<String> pages = linkers(linkedFrom, f.url());
            groups.computeIfAbsent(f.evidence().getOrDefault("status", "") + " " + relativeLink(f.url(), pages),
                    k -> new ArrayList<>()).add(f);
        }
        for (var group : groups.values()) {
            if (group.size() >= TEMPLATE_FOLDERS) {
                out.add(merged(group, linkedFrom, relativeLink(group.get(0).url(),
                        linkers(linkedFrom, group.get(0).url()))));
            } else {
                group.forEach(f -> out.add(single(f, linkers(linkedFrom, f.url()))));
            }
        }
        return out;
    }

    /** A target linked from one page keeps its finding as it was; from more, the pages are counted. */
    private static Finding single(Finding f, Set<String> pages) {
        if (pages.size() < 2) return f;
        return new Finding(f.check(), f.severity(), f.url(), f.selector(), f.message() + "; linked from "
                + pages(pages), f.wcag(), f.snippet(), f.helpUrl(), f.evidence())
                .withText(f.text().isEmpty() ? f.text() : Message.of(f.text().id() + ".linked",
                        mergeParams(f.text(), "linkedFrom", String.valueOf(pages.size()))))
                .withEvidence(Map.of("linkedFrom", String.valueOf(pages.size()), "pages", String.join(" ", pages)));
    }

    private static Finding merged(List<Finding> group, Map<String, ? extends Set<String>> linkedFrom, String link) {
        SortedSet<String> targets = new TreeSet<>();
        SortedSet<String> pages = new TreeSet<>();
        group.forEach(f -> {
            targets.add(f.url());
            pages.addAll(linkers(linkedFrom, f.url()));
        });
        Finding first = group.stream().filter(f -> f.url().equals(targets.first())).findFirst().orElseThrow();
        String status = first.evidence().getOrDefault("status", "");
        String message = "the link «" + link + "», the same on pages in " + targets.size() + " folders, answers HTTP "
                + status + " at each of its " + targets.size() + " addresses (" + named(targets) + "); linked from "
                + pages(pages);
        return new Finding(first.check(), first.severity(), first.url(), "", message, first.wcag(), "", "",
                first.evidence()).withText("site.http-error.shared-link", "link", link, "folders", targets.size(),
                        "status", status, "linkedFrom", pages.size()).withEvidence(Map.of("link", link, "targets", String.join(" ", targets),
                "linkedFrom", String.valueOf(pages.size()), "pages", String.join(" ", pages)));
    }

    private static Object[] mergeParams(Message text, String name, String value) {
        var out = new java.util.ArrayList<Object>();
        text.params().forEach((k, v) -> {
            out.add(k);
            out.add(v);
        });
        out.add(name);
        out.add(value);
        return out.toArray();
    }

    private static Set<String> linkers(Map<String, ? extends Set<String>> linkedFrom, String url) {
        Set<String> pages = linkedFrom.get(url);
        return pages == null ? Set.of() : pages;
    }

    private static String pages(Set<String> pages) {
        return pages.size() + (pages.size() == 1 ? " page" : " pages") + ": " + named(pages);
    }

    private static String named(Set<String> urls) {
        var list = new ArrayList<>(urls);
        String shown = String.join(", ", list.subList(0, Math.min(NAMED, list.size())));
        return list.size() > NAMED ? shown + " and " + (list.size() - NAMED) + " more" : shown;
    }

    /**
     * The target as the linking pages most likely wrote it: relative to the folder of a linking page
     * when it lies in that folder ({@code contacts.html}), else the whole address.
     */
    static String relativeLink(String target, Set<String> pages) {
        String best = null;
        for (String page : pages) {
            String folder = folderOf(page);
            if (folder != null && target.startsWith(folder) && target.length() > folder.length()) {
                String tail = target.substring(folder.length());
                if (best == null || tail.length() < best.length()) best = tail;
            }
        }
        return best == null ? target : best;
    }

    private static String folderOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getScheme() + "://" + uri.getRawAuthority() + path.substring(0, path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
