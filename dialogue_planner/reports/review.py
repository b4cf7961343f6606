"""The review of requests since the previous meeting: timeliness per side, chart, overdue list and
the quality of responses. Reads SideTimeliness records (domain/timeliness.py) by attribute only."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from dialogue_planner.domain.briefing import BriefingPack, PackOptions, Section
from dialogue_planner.domain.vocabulary import ResponseQuality

from .blocks import data_table, lines, para
from .charts import on_time_chart, quality_chart, share_percent
from .document import Heading
from .sections import CELL, empty_note, head, request_table, section_heading
from .styles import Styles
from .wording import bi_date, label, side_name, word


def review(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.REVIEW, label("review", lang), styles)
    if pack.review_start and pack.review_end:
        story.append(para(label("review_period", lang, start=bi_date(pack.review_start),
                                end=bi_date(pack.review_end)), styles.muted))
    elif pack.review_end:
        story.append(para(label("review_since_start", lang, end=bi_date(pack.review_end)), styles.muted))

    story.append(Heading(label("timeliness", lang), styles.h2, key="review-timeliness", level=1))
    rows = list(pack.timeliness)
    if not rows or not any(getattr(t, "requests", 0) for t in rows):
        story += empty_note(label("no_requests", lang), styles)
    else:
        names = [_side_label(pack, t.side, lang) for t in rows]
        story.append(_timeliness_table(rows, names, lang, styles, width))
        story.append(Spacer(1, 5 * mm))
        story.append(on_time_chart(
            names,
            [share_percent(t.acknowledged_on_time, t.requests) for t in rows],
            [_share(t) for t in rows],
            (label("acknowledged_on_time", lang), label("on_time", lang)),
            width, label("timeliness_chart", lang)))

    story.append(Heading(label("overdue", lang), styles.h2, key="review-overdue", level=1))
    if pack.overdue_requests:
        story.append(request_table(pack.overdue_requests, lang, styles, width, overdue=True))
    else:
        story += empty_note(label("no_overdue", lang), styles)

    quality_heading = Heading(label("quality", lang), styles.h2, key="review-quality", level=1)
    words = _quality_words(rows)
    if not words:
        story += [quality_heading] + empty_note(label("no_requests", lang), styles)
    else:
        names = [_side_label(pack, t.side, lang) for t in rows]
        counts = {name: dict(getattr(t, "quality", {}) or {}) for name, t in zip(names, rows, strict=True)}
        header = head(("side",), lang) + [word(w, lang, sep=CELL) for w in words] + head(("answers",), lang)
        table_rows = [[name] + [str(counts[name].get(w, 0)) for w in words]
                      + [str(sum(counts[name].values()))] for name in names]
        share = (width - width * 0.3) / (len(words) + 1)
        table = data_table(styles, header, table_rows, [width * 0.3] + [share] * (len(words) + 1),
                           right=set(range(1, len(words) + 2)))
        chart = quality_chart(names, [(w, word(w, lang)) for w in words], counts, width,
                              label("quality_chart", lang))
        story.append(KeepTogether([quality_heading, table, Spacer(1, 4 * mm), chart]))
    return story


def _side_label(pack: BriefingPack, side: object, lang: str) -> str:
    code = getattr(side, "code", side)
    found = pack.side(str(code))
    return side_name(found, lang) if found else str(code)


def _share(t) -> float:
    """on_time_share as a percentage; the record may carry a fraction (0..1) or nothing."""
    value = getattr(t, "on_time_share", None)
    if value is None:
        return share_percent(t.on_time, t.responded or t.requests)
    value = float(value)
    return max(0.0, min(100.0, value * 100.0 if value <= 1.0 else value))


def _fmt_days(value) -> str:
    if value is None:
        return "—"
    value = float(value)
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def _timeliness_table(rows, names, lang: str, styles: Styles, width: float):
    header = head(("side", "requests", "ack_on_time_short", "responded", "on_time", "on_time_share",
                   "median_days", "p90_days", "overdue_count"), lang)
    body = []
    for name, t in zip(names, rows, strict=True):
        body.append([name, str(t.requests), str(t.acknowledged_on_time), str(t.responded), str(t.on_time),
                     f"{_share(t):.0f}%", _fmt_days(t.median_days), _fmt_days(t.p90_days),
                     lines([(str(int(t.overdue)), "warn")]) if t.overdue else "0"])
    first = width * 0.15
    rest = (width - first) / 8
    return data_table(styles, header, body, [first] + [rest] * 8, right=set(range(1, 9)))


def _quality_words(rows) -> list[str]:
    """Quality words present in any side's distribution, the known ones in their usual order."""
    present: dict[str, None] = {}
    for t in rows:
        for w, count in (getattr(t, "quality", {}) or {}).items():
            if count:
                present.setdefault(str(w), None)
    known = [q.value for q in ResponseQuality if q.value in present]
    return known + sorted(w for w in present if w not in known)
