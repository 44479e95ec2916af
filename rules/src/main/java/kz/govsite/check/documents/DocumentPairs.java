package kz.govsite.check.documents;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.govsite.check.documents.DocumentLinks.Link;

/**
 * Pairs the documents of a Kazakh page with those of its Russian twin: the same file name once the
 * language is taken out of it ({@code prikaz-37-kk.pdf}, {@code /ru/files/prikaz-37.pdf}), else the
 * same numbers in name and link text («Бұйрық №37» and «Приказ №37»), else the same place in two
 * lists of equal length. A document linked from both pages is one shared file, not a pair.
 */
final class DocumentPairs {
    private static final Set<String> LANGUAGE_TOKENS = Set.of("kk", "kz", "kaz", "kazakh", "qaz", "ru", "rus",
            "russian", "en", "eng", "lang");
    private static final Pattern TOKENS = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * @param kk  the Kazakh document
     * @param ru  its Russian counterpart
     * @param via how they were paired: {@code name}, {@code numbers} or {@code position}
     */
    record Pair(String kk, String ru, String via) {
    }

    /** Pairs found, and the documents of each side left without a counterpart. */
    record Result(List<Pair> pairs, List<String> kkAlone, List<String> ruAlone) {
    }

    private DocumentPairs() {
    }

    static Result pair(List<Link> kkLinks, List<Link> ruLinks) {
        var shared = new java.util.HashSet<String>();
        kkLinks.forEach(l -> shared.add(l.url()));
        shared.retainAll(ruLinks.stream().map(Link::url).toList());
        var kk = new ArrayList<>(kkLinks.stream().filter(l -> !shared.contains(l.url())).toList());
        var ru = new ArrayList<>(ruLinks.stream().filter(l -> !shared.contains(l.url())).toList());
        var pairs = new ArrayList<Pair>();
        match(kk, ru, pairs, "name", l -> nameKey(l.url()));
        match(kk, ru, pairs, "numbers", DocumentPairs::numbersKey);
        if (kk.size() == ru.size()) {
            for (int i = 0; i < kk.size(); i++) pairs.add(new Pair(kk.get(i).url(), ru.get(i).url(), "position"));
            kk.clear();
            ru.clear();
        }
        return new Result(pairs, kk.stream().map(Link::url).toList(), ru.stream().map(Link::url).toList());
    }

    /** Pairs links whose keys are equal and unique on both sides; an empty key never pairs. */
    private static void match(List<Link> kk, List<Link> ru, List<Pair> pairs, String via, Function<Link, String> key) {
        Map<String, Link> kkByKey = unique(kk, key);
        Map<String, Link> ruByKey = unique(ru, key);
        kkByKey.forEach((k, link) -> {
            Link other = ruByKey.get(k);
            if (other == null) return;
            pairs.add(new Pair(link.url(), other.url(), via));
            kk.remove(link);
            ru.remove(other);
        });
    }

    private static Map<String, Link> unique(List<Link> links, Function<Link, String> key) {
        var out = new LinkedHashMap<String, Link>();
        var dup = new java.util.HashSet<String>();
        for (Link l : links) {
            String k = key.apply(l);
            if (k.isEmpty() || dup.contains(k)) continue;
            if (out.put(k, l) != null) {
                out.remove(k);
                dup.add(k);
            }
        }
        return out;
    }

    /** The path and query with every language marker taken out: {@code /kk/docs/order_37_kaz.pdf} → {@code docs order 37 pdf}. */
    static String nameKey(String url) {
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "";
        }
        String text = (u.getPath() == null ? "" : u.getPath()) + " " + (u.getQuery() == null ? "" : u.getQuery());
        var out = new ArrayList<String>();
        Matcher m = TOKENS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!LANGUAGE_TOKENS.contains(m.group())) out.add(m.group());
        }
        return String.join(" ", out);
    }

    /**
     * The numbers in a link's file name and text as the parity check reads them (a date is its day,
     * month and year however the month is written), sorted; empty when there are none.
     */
    static String numbersKey(Link link) {
        String name = link.url().substring(link.url().lastIndexOf('/') + 1).replaceAll("\\.[A-Za-z0-9]+$", "");
        return String.join(" ", kz.govsite.check.parity.Numbers.of(name.replace('_', ' ') + " " + link.text()));
    }
}
