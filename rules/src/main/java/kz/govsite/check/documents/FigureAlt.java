package kz.govsite.check.documents;

import java.util.ArrayDeque;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** Counts the figures of a PDF's tag tree and those with neither /Alt nor /ActualText. */
final class FigureAlt {
    /** Tag trees beyond this many elements are not walked further: a hostile file may nest forever. */
    static final int MAX_ELEMENTS = 200_000;

    record Count(int figures, int withoutAlt) {
    }

    private FigureAlt() {
    }

    static Count count(PDStructureNode root, Deadline deadline) {
        int figures = 0;
        int missing = 0;
        int seen = 0;
        var todo = new ArrayDeque<Object>(root.getKids());
        var visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Object, Boolean>());
        while (!todo.isEmpty() && seen < MAX_ELEMENTS) {
            Object kid = todo.pop();
            if (!(kid instanceof PDStructureElement e) || !visited.add(e.getCOSObject())) continue;
            if (++seen % 1000 == 0) deadline.check();
            if ("Figure".equals(e.getStandardStructureType())) {
                figures++;
                if (blank(e.getAlternateDescription()) && blank(e.getActualText())) missing++;
            }
            for (Object k : e.getKids()) todo.push(k);
        }
        return new Count(figures, missing);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
