package dev.hearth.adapter.in.http.calculation;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.whatif.CurvePoint;
import dev.hearth.domain.uc.whatif.CurveThreshold;
import dev.hearth.domain.uc.whatif.EarningsCurve;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Draws an earnings curve as an SVG chart on the server, with no browser: net income and the award against earnings,
 * each threshold marked with a dashed line and its name (ADR 0029). Accessible: {@code role="img"} with a title and a
 * description that says in words what the chart shows (the first and last points, the highest award and every
 * threshold), the two lines told apart by pattern as well as colour, and each threshold line carrying its own title.
 * Plain string building: the chart has a few dozen elements and one path per line.
 */
final class EarningsCurveChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final int TICKS = 5;
    private static final String NET_INCOME_COLOUR = "#0b5394";
    private static final String AWARD_COLOUR = "#b45f06";
    private static final String THRESHOLD_COLOUR = "#555555";

    private EarningsCurveChart() {
    }

    /** The chart as UTF-8 SVG bytes. */
    static byte[] svg(EarningsCurve curve) {
        return draw(curve).getBytes(StandardCharsets.UTF_8);
    }

    static String draw(EarningsCurve curve) {
        List<CurvePoint> points = curve.points();
        long minX = points.get(0).earningsPence().value();
        long maxX = points.get(points.size() - 1).earningsPence().value();
        long maxY = 1;
        long maxAward = 0;
        CurvePoint highestAward = points.get(0);
        for (CurvePoint point : points) {
            maxY = Math.max(maxY, Math.max(point.netIncomePence().value(), point.awardPence().value()));
            if (point.awardPence().value() > maxAward) {
                maxAward = point.awardPence().value();
                highestAward = point;
            }
        }
        long yStep = niceStep(maxY);
        long yTop = (maxY + yStep - 1) / yStep * yStep;
        long xStep = niceStep(Math.max(1, maxX - minX));
        Scale scale = new Scale(minX, Math.max(maxX, minX + 1), yTop);

        String title = "Universal Credit and net income as the " + (curve.adult() == 0 ? "first" : "second")
                + " adult's earnings rise";
        StringBuilder svg = new StringBuilder(8_192 + 40 * points.size());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
                        + "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(description(curve, highestAward))).append("</desc>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"17\" font-weight=\"bold\" fill=\"#111111\">")
                .append(escape(title)).append("</text>\n");

        // axes, grid and tick labels
        svg.append("<g aria-hidden=\"true\" fill=\"#333333\" stroke=\"none\">\n");
        for (long y = 0; y <= yTop; y += yStep) {
            double py = scale.y(y);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(py)).append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#dddddd\"/>\n");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(fmt(py + 4))
                    .append("\" text-anchor=\"end\">").append(escape(pounds(y))).append("</text>\n");
        }
        for (long x = (minX + xStep - 1) / xStep * xStep; x <= maxX; x += xStep) {
            double px = scale.x(x);
            svg.append("<line x1=\"").append(fmt(px)).append("\" x2=\"").append(fmt(px)).append("\" y1=\"")
                    .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 5)
                    .append("\" stroke=\"#333333\"/>\n");
            svg.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(escape(pounds(x))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333333\"/>\n");
        svg.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 22)
                .append("\" text-anchor=\"middle\">Net earnings in the assessment period</text>\n");
        svg.append("<text transform=\"translate(22 ").append((TOP + HEIGHT - BOTTOM) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">Amount for the assessment period</text>\n");
        svg.append("</g>\n");

        // thresholds
        for (int t = 0; t < curve.thresholds().size(); t++) {
            CurveThreshold threshold = curve.thresholds().get(t);
            double px = scale.x(threshold.earningsPence().value());
            // labels step down so that neighbours do not overlap, and sit left of a line in the right half
            boolean leftOfLine = px > (LEFT + WIDTH - RIGHT) / 2.0;
            int labelY = TOP + 12 + 14 * (t % 6);
            svg.append("<g class=\"threshold\"><title>").append(escape(threshold.earningsPence() + ": "
                            + threshold.description() + " (" + threshold.legalReference() + ")"))
                    .append("</title><line x1=\"").append(fmt(px)).append("\" x2=\"").append(fmt(px))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM)
                    .append("\" stroke=\"").append(THRESHOLD_COLOUR).append("\" stroke-dasharray=\"2 4\"/>")
                    .append("<text x=\"").append(fmt(leftOfLine ? px - 4 : px + 4)).append("\" y=\"").append(labelY)
                    .append(leftOfLine ? "\" text-anchor=\"end" : "")
                    .append("\" font-size=\"11\" fill=\"").append(THRESHOLD_COLOUR).append("\">")
                    .append(escape(shortName(threshold) + " " + threshold.earningsPence())).append("</text></g>\n");
        }

        // the two lines
        svg.append(line(points, scale, true, NET_INCOME_COLOUR, null, "Net income"));
        svg.append(line(points, scale, false, AWARD_COLOUR, "8 5", "Universal Credit award"));

        // legend
        int lx = WIDTH - RIGHT - 230;
        svg.append("<g class=\"legend\" aria-hidden=\"true\">")
                .append("<line x1=\"").append(lx).append("\" x2=\"").append(lx + 30).append("\" y1=\"44\" y2=\"44\" ")
                .append("stroke=\"").append(NET_INCOME_COLOUR).append("\" stroke-width=\"3\"/>")
                .append("<text x=\"").append(lx + 36).append("\" y=\"48\">Net income</text>")
                .append("<line x1=\"").append(lx + 120).append("\" x2=\"").append(lx + 150)
                .append("\" y1=\"44\" y2=\"44\" stroke=\"").append(AWARD_COLOUR)
                .append("\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>")
                .append("<text x=\"").append(lx + 156).append("\" y=\"48\">UC award</text></g>\n");
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String line(List<CurvePoint> points, Scale scale, boolean netIncome, String colour, String dashes,
                               String name) {
        StringBuilder path = new StringBuilder(32 * points.size());
        for (int i = 0; i < points.size(); i++) {
            CurvePoint point = points.get(i);
            long y = netIncome ? point.netIncomePence().value() : point.awardPence().value();
            path.append(i == 0 ? 'M' : 'L').append(fmt(scale.x(point.earningsPence().value()))).append(' ')
                    .append(fmt(scale.y(y)));
        }
        CurvePoint first = points.get(0);
        CurvePoint last = points.get(points.size() - 1);
        String summary = name + ": " + (netIncome ? first.netIncomePence() : first.awardPence()) + " at earnings of "
                + first.earningsPence() + ", " + (netIncome ? last.netIncomePence() : last.awardPence())
                + " at earnings of " + last.earningsPence();
        return "<path class=\"" + (netIncome ? "net-income" : "award") + "\" fill=\"none\" stroke=\"" + colour
                + "\" stroke-width=\"3\"" + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"")
                + " d=\"" + path + "\"><title>" + escape(summary) + "</title></path>\n";
    }

    /** The chart in words, for a screen reader and for anyone who cannot see it. */
    static String description(EarningsCurve curve, CurvePoint highestAward) {
        List<CurvePoint> points = curve.points();
        CurvePoint first = points.get(0);
        CurvePoint last = points.get(points.size() - 1);
        StringBuilder text = new StringBuilder(512);
        text.append("A line chart of ").append(points.size()).append(" points, net earnings from ")
                .append(first.earningsPence()).append(" to ").append(last.earningsPence()).append(". At ")
                .append(first.earningsPence()).append(" the award is ").append(first.awardPence())
                .append(" and net income ").append(first.netIncomePence()).append("; at ").append(last.earningsPence())
                .append(" the award is ").append(last.awardPence()).append(" and net income ")
                .append(last.netIncomePence()).append(". The highest award is ").append(highestAward.awardPence())
                .append(" at ").append(highestAward.earningsPence()).append('.');
        if (curve.thresholds().isEmpty()) {
            text.append(" No threshold is crossed in this range.");
        }
        for (CurveThreshold threshold : curve.thresholds()) {
            text.append(" At ").append(threshold.earningsPence()).append(' ').append(threshold.description())
                    .append('.');
        }
        return text.toString();
    }

    private static String shortName(CurveThreshold threshold) {
        return switch (threshold.event()) {
            case WORK_ALLOWANCE_ENDS -> "work allowance ends";
            case ENTITLEMENT_ENDS -> "award ends";
            case ENTITLEMENT_STARTS -> "award starts";
            case BENEFIT_CAP_STARTS -> "cap starts";
            case BENEFIT_CAP_STOPS -> "cap stops";
            case CAP_EARNINGS_EXCEPTION -> "cap lifted";
            case MAXIMUM_AMOUNT_CHANGES -> "maximum changes";
        };
    }

    /** A step of 1, 2 or 5 times a power of ten (in pence, at least £1) giving about {@link #TICKS} ticks. */
    static long niceStep(long range) {
        long rough = Math.max(100, range / TICKS);
        long power = 1;
        while (power <= rough / 10) {
            power *= 10;
        }
        for (long multiple : new long[] {1, 2, 5, 10}) {
            if (power * multiple >= rough) {
                return power * multiple;
            }
        }
        return power * 10;
    }

    private static String pounds(long pence) {
        String text = Pence.of(pence).toString();
        return text.endsWith(".00") ? text.substring(0, text.length() - 3) : text;
    }

    /** A coordinate to one decimal place, the same on every machine (no locale). */
    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Earnings and amounts (pence) to chart coordinates. */
    private record Scale(long minX, long maxX, long maxY) {
        double x(long pence) {
            return LEFT + (double) (pence - minX) * (WIDTH - LEFT - RIGHT) / (maxX - minX);
        }

        double y(long pence) {
            return HEIGHT - BOTTOM - (double) pence * (HEIGHT - TOP - BOTTOM) / maxY;
        }
    }
}
