package kz.govsite.check.lowvision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.govsite.finding.Finding;

/**
 * The mode's site-wide behaviour (the way back, persistence to the next page) as proved on the first
 * pages of each template, shared by the run's sessions. A template is carried to its other pages only
 * once {@link #PER_TEMPLATE} samples agree; samples that disagree mark it as varying, and every page
 * of it is then checked in full. A page that finds no proof yet is checked in full and becomes a
 * sample itself, so no session waits for another.
 */
final class TemplateSamples {
    /** Pages checked in full per template before its behaviour is carried to the rest. */
    static final int PER_TEMPLATE = 2;

    private final Map<String, Template> templates = new HashMap<>();

    /** The proof to carry to a page of the template; empty: check the page in full. */
    synchronized Optional<Proof> proof(String signature) {
        Template t = templates.get(signature);
        if (t == null || t.varies || t.samples.size() < PER_TEMPLATE) return Optional.empty();
        return Optional.of(t.samples.get(0));
    }

    /** Adds a page checked in full; answers whether its template still behaves the same on every sample. */
    synchronized boolean add(String signature, Proof proof) {
        Template t = templates.computeIfAbsent(signature, s -> new Template());
        if (!t.samples.isEmpty() && !t.samples.get(0).sameBehaviour(proof)) t.varies = true;
        if (t.samples.size() < PER_TEMPLATE || t.varies) t.samples.add(proof);
        return !t.varies;
    }

    private static final class Template {
        final List<Proof> samples = new ArrayList<>();
        boolean varies;
    }

    /**
     * What one page in full showed of the template's behaviour.
     *
     * @param url      the sample page
     * @param findings its findings of the way back and persistence
     * @param facts    what {@code report.json} says of them (return control, persistence)
     */
    record Proof(String url, List<Finding> findings, Map<String, Object> facts) {
        Proof {
            findings = List.copyOf(findings);
            facts = new java.util.LinkedHashMap<>(facts);
        }

        /** Same findings (by id and element) and the same facts, bar the page-specific next URL. */
        boolean sameBehaviour(Proof other) {
            return kinds().equals(other.kinds()) && Objects.equals(facts.get("returnControl"), other.facts.get("returnControl"))
                    && Objects.equals(facts.get("returnRestores"), other.facts.get("returnRestores"))
                    && Objects.equals(facts.get("persistent"), other.facts.get("persistent"));
        }

        private Set<String> kinds() {
            var out = new TreeSet<String>();
            findings.forEach(f -> out.add(f.check() + " " + f.selector()));
            return out;
        }

        /**
         * The sample's findings, for another page of the template, saying where they were proved;
         * persistence only to a page that links another page, as a page in full would.
         */
        List<Finding> carriedTo(String url, boolean hasNextPage) {
            var out = new ArrayList<Finding>();
            for (Finding f : findings) {
                if (!hasNextPage && f.check().equals(LowVisionFindings.NOT_PERSISTENT)) continue;
                var evidence = new java.util.LinkedHashMap<>(f.evidence());
                evidence.put("provedOn", this.url);
                out.add(new Finding(f.check(), f.severity(), url, f.selector(),
                        f.message() + " (proved on " + this.url + ", a page of the same template)", f.wcag(),
                        f.snippet(), f.helpUrl(), evidence, f.outcome()));
            }
            return out;
        }
    }
}
