package kz.govsite.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.govsite.internal.Html;

/** Draws a site's overall score over the audits as a small inline SVG line, with its values as the accessible name. */
final class TrendChart {
    static final int WIDTH = 120;
    static final int HEIGHT = 36;
    private static final int PAD = 4;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TrendChart() {
    }

    /** The SVG, or an empty string when there is no point to draw. */
    static String svg(List<TrendPoint> points, String label) {
        if (points.isEmpty()) return "";
        var values = new ArrayList<String>();
        for (TrendPoint p : points) values.add(DAY.format(p.auditedAt()) + " " + p.overall());
        String name = Html.esc(label + ": " + String.join(", ", values));
        var b = new StringBuilder();
        b.append("<svg class=\"trend\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(name).append("\"><title>").append(name).append("</title>");
        // Grid lines at 50 and 100 give the line a scale without axes.
        b.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(y(50)).append("\" y2=\"").append(y(50))
                .append("\" class=\"grid\"/>");
        b.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(y(100)).append("\" y2=\"").append(y(100))
                .append("\" class=\"grid\"/>");
        if (points.size() > 1) {
            b.append("<polyline points=\"");
            for (int i = 0; i < points.size(); i++) {
                if (i > 0) b.append(' ');
                b.append(x(i, points.size())).append(',').append(y(points.get(i).overall()));
            }
            b.append("\"/>");
        }
        TrendPoint last = points.get(points.size() - 1);
        b.append("<circle cx=\"").append(x(points.size() - 1, points.size())).append("\" cy=\"").append(y(last.overall()))
                .append("\" r=\"3\"/></svg>");
        return b.toString();
    }

    static String x(int i, int n) {
        double x = n == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
        return format(x);
    }

    static String y(double score) {
        double clamped = Math.max(0, Math.min(100, score));
        return format(HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * clamped / 100.0);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
