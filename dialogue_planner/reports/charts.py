"""Charts of the review section, drawn with reportlab.graphics (vector, same font as the text)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import CJK_NAME, is_latin
from .fonts import FONT_NAME as LATIN_FONT
from .styles import INK, MUTED, RULE, SERIES


# Chart labels are set in one face: the CJK face draws Latin too, so a label with Chinese takes it whole.
def _font(*texts: str) -> str:
    return LATIN_FONT if all(is_latin(t) for t in texts) else CJK_NAME


# Complete answers green, partial amber, insufficient red, no answer grey (never green).
QUALITY_COLOURS = {"complete": SERIES[2], "partial": SERIES[1], "insufficient": SERIES[3], "none": MUTED}


def _label(text: str, room: float) -> str:
    """A category label on lines of ``room`` points, broken at spaces (never mid-word unless a word
    alone is wider than the room)."""
    from .document import wrap_line

    return "\n".join(wrap_line(text, 8.5, max(room, 40)))


def share_percent(part: float | None, whole: float | None) -> float | None:
    """part/whole as a percentage in 0..100; None when there is nothing to divide (no share without a
    denominator: the table prints "–" and the chart draws no bar)."""
    if not whole or part is None:
        return None
    return max(0.0, min(100.0, 100.0 * float(part) / float(whole)))


def on_time_chart(
    categories: list[str],
    acknowledged: list[float | None],
    answered: list[float | None],
    series_names: tuple[str, str],
    width: float,
    title: str,
) -> Drawing:
    """Grouped bars per side: share acknowledged on time and share answered on time (percent)."""
    font = _font(title, *categories, *series_names)
    height = 200
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=font, fontSize=10, fillColor=INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 64
    chart.width, chart.height = width - 44, height - 94  # type: ignore[assignment]  # ReportLab takes float sizes; the stubs say int
    chart.data = [acknowledged or [None], answered or [None]]
    chart.categoryAxis.categoryNames = [
        _label(c, width / max(1, len(categories)) - 16) for c in categories
    ] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.groupSpacing, chart.barSpacing = 14, 2
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    for i in range(2):
        chart.bars[i].fillColor = SERIES[i]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 34, 22
    legend.fontName, legend.fontSize = font, 8.5
    legend.alignment = "right"
    legend.columnMaximum = 2  # one series a line: a long name never runs off the page
    legend.deltax = max(stringWidth(n, font, 8.5) for n in series_names) + 36  # type: ignore[assignment]  # ReportLab takes float sizes; the stubs say int
    legend.dx = legend.dy = 8
    legend.colorNamePairs = [(SERIES[0], series_names[0]), (SERIES[1], series_names[1])]
    drawing.add(legend)
    return drawing


def quality_chart(
    categories: list[str],
    words: list[tuple[str, str]],
    counts: dict[str, dict[str, int]],
    width: float,
    title: str,
) -> Drawing:
    """Stacked horizontal bars: how each side's responses were rated (complete, partial ...)."""
    font = _font(title, *categories, *(name for _, name in words))
    rows = max(1, len(categories))
    column_width = max([stringWidth(name, font, 8.5) for _, name in words] or [60]) + 30
    per_row = max(1, int((width - 130) // column_width))
    legend_rows = max(1, -(-len(words) // per_row))
    height = 44 + 34 * rows + 14 * legend_rows
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=font, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    legend_height = 14 * legend_rows + 6
    chart.x, chart.y = 130, legend_height + 16
    chart.width, chart.height = width - 140, height - chart.y - 22  # type: ignore[assignment]  # ReportLab takes float sizes; the stubs say int
    chart.categoryAxis.categoryNames = [_label(c, 118) for c in categories] or ["—"]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.reverseDirection = True
    chart.data = [[counts.get(c, {}).get(w, 0) for c in categories] or [0] for w, _ in words] or [[0]]
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    total = max([sum(counts.get(c, {}).values()) for c in categories] or [0])
    if total <= 5:
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(total, 1), 1
    palette = list(SERIES) + [MUTED]
    colours = [QUALITY_COLOURS.get(w, palette[i % len(palette)]) for i, (w, _) in enumerate(words)]
    for i in range(len(words)):
        chart.bars[i].fillColor = colours[i]
        chart.bars[i].strokeColor = None
    chart.barWidth = 14
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 130, legend_height - 4
    legend.fontName, legend.fontSize = font, 8.5
    legend.alignment = "right"
    legend.columnMaximum = legend_rows
    legend.deltax = column_width  # type: ignore[assignment]  # ReportLab takes a float; the stubs say int
    legend.dx = legend.dy = 8
    legend.colorNamePairs = [(colours[i], name) for i, (_, name) in enumerate(words)]
    drawing.add(legend)
    return drawing
