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
from .wording import NO_SHARE, bi_date, label, side_name, word

NO_ANSWER = "none"  # the quality word of a request given no answer: not an answer


def review(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.REVIEW, label("review", lang), styles)
    if pack.review_start and pack.review_end:
        story.append(
            para(
                label("review_period", lang, start=bi_date(pack.review_start), end=bi_date(pack.review_end)),
                styles.muted,
            )
        )
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
        story.append(para(label("timeliness_note", lang), styles.muted))
        story.append(para(label("clock_note", lang), styles.muted))
        if pack.extra.get("disputed_records"):  # issue 20: the exchange with the other side
            story.append(para(label("disputed", lang, n=pack.extra["disputed_records"]), styles.muted))
        story.append(Spacer(1, 3 * mm))
        story.append(
            on_time_chart(
                names,
                [share_percent(t.acknowledged_on_time, t.requests) for t in rows],
                [_share(t) for t in rows],
                (label("ack_share_series", lang), label("on_time_share_series", lang)),
                width,
                label("timeliness_chart", lang),
            )
        )

    story.append(Heading(label("overdue", lang), styles.h2, key="review-overdue", level=1))
    if pack.overdue_requests:
        story.append(request_table(pack.overdue_requests, lang, styles, width, overdue=True))
    else:
        counted = sum(int(getattr(t, "overdue", 0) or 0) for t in rows)
        # The table counts requests overdue on the review date; the list shows those still awaiting an
        # answer: say so rather than contradict the table.
        story += empty_note(
            label("no_overdue_still", lang, n=counted) if counted else label("no_overdue", lang), styles
        )

    quality_heading = Heading(label("quality", lang), styles.h2, key="review-quality", level=1)
    words = _quality_words(rows)
    if not words:
        story += [quality_heading] + empty_note(label("no_requests", lang), styles)
    else:
        names = [_side_label(pack, t.side, lang) for t in rows]
        counts = {name: dict(getattr(t, "quality", {}) or {}) for name, t in zip(names, rows, strict=True)}
        header = head(("side",), lang) + [word(w, lang, sep=CELL) for w in words] + head(("answers",), lang)
        table_rows = [
            [name]
            + [str(counts[name].get(w, 0)) for w in words]
            + [str(sum(n for w, n in counts[name].items() if w != NO_ANSWER))]
            for name in names
        ]
        share = (width - width * 0.3) / (len(words) + 1)
        table = data_table(
            styles,
            header,
            table_rows,
            [width * 0.3] + [share] * (len(words) + 1),
            right=set(range(1, len(words) + 2)),
        )
        chart = quality_chart(
            names, [(w, word(w, lang)) for w in words], counts, width, label("quality_chart", lang)
        )
        note = para(label("quality_note", lang), styles.muted)
        story.append(KeepTogether([quality_heading, table, note, Spacer(1, 2 * mm), chart]))
    return story


def _side_label(pack: BriefingPack, side: object, lang: str) -> str:
    code = getattr(side, "code", side)
    found = pack.side(str(code))
    return side_name(found, lang) if found else str(code)


def _share(t) -> float | None:
    """on_time_share as a percentage; None where nothing was due or answered (no denominator)."""
    value = getattr(t, "on_time_share", None)
    if value is None:
        return share_percent(t.on_time, t.responded)
    value = float(value)
    return max(0.0, min(100.0, value * 100.0 if value <= 1.0 else value))


def _fmt_days(value) -> str:
    """Whole days (a tenth of a day would be false precision)."""
    if value is None:
        return NO_SHARE
    return str(int(float(value) + 0.5))


def _fmt_share(value: float | None) -> str:
    return NO_SHARE if value is None else f"{value:.0f}%"


def _timeliness_table(rows, names, lang: str, styles: Styles, width: float):
    """One column per responding side and one row per figure: side names and the figures' labels get
    the room to stay whole (a column per figure split both mid-word)."""
    figures = [
        ("requests", lambda t: str(t.requests)),
        ("ack_on_time_short", lambda t: str(t.acknowledged_on_time)),
        ("responded", lambda t: str(t.responded)),
        ("on_time", lambda t: str(t.on_time)),
        ("on_time_extension", lambda t: str(getattr(t, "on_time_under_extension", 0))),
        ("on_time_share", lambda t: _fmt_share(_share(t))),
        ("median_days", lambda t: _fmt_days(t.median_days)),
        ("p90_days", lambda t: _fmt_days(t.p90_days)),
        ("overdue_count", lambda t: lines([(str(int(t.overdue)), "warn")]) if t.overdue else "0"),
        ("extended_count", lambda t: str(getattr(t, "extended", 0))),
        ("paused_count", lambda t: str(getattr(t, "paused", 0))),
        ("paused_days", lambda t: str(getattr(t, "paused_days", 0))),
    ]
    header = head(("side",), lang) + list(names)
    body: list[list[object]] = [
        [label(key, lang, sep=CELL), *[value(t) for t in rows]] for key, value in figures
    ]
    first = width * 0.4
    rest = (width - first) / max(1, len(rows))
    return data_table(styles, header, body, [first] + [rest] * len(rows), right=set(range(1, len(rows) + 1)))


def _quality_words(rows) -> list[str]:
    """Every quality word, in its usual order, in every pack (the columns do not change from pack to
    pack), then any other word a side's distribution holds; none when no side has a rated answer."""
    present: dict[str, None] = {}
    for t in rows:
        for w, count in (getattr(t, "quality", {}) or {}).items():
            if count:
                present.setdefault(str(w), None)
    if not present:
        return []
    known = [q.value for q in ResponseQuality]
    return known + sorted(w for w in present if w not in known)
