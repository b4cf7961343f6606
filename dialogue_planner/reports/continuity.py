"""What links this meeting to the last: the outcomes the previous meeting agreed (or proposed), the
activities held since, and the page "at a glance" that opens the pack."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, Table

from dialogue_planner.domain.briefing import BriefingPack, PackLanguage, PackOptions, Section
from dialogue_planner.domain.vocabulary import Severity

from .blocks import data_table, lines, para, text_cell
from .document import Heading
from .sections import CELL, head, own_cell, own_paragraphs, own_parts, section_heading
from .styles import Styles, key_value_style
from .wording import bi_date, bi_side, format_date_range, label, short_date, word

GLANCE_REQUESTS = 3  # the main open requests each side is owed, on the page at a glance
GLANCE_COMMITMENTS = 4
# The first objectives in the agenda's order and the most severe open escalations: a page at a glance of
# every item and escalation of a long agenda was set in type too small to read (100 items and 130
# escalations at about a quarter of their size).
GLANCE_OBJECTIVES = 12
GLANCE_ESCALATIONS = 8
SEVERITY_RANK = {s.value: n for n, s in enumerate(reversed(Severity))}  # critical first
NUMBER_WIDTH = 24  # the column of an outcome paragraph's number


# -- outcomes of the previous meeting --------------------------------------------------------------
def outcomes(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """The previous meeting's joint summary: the final text, or the latest proposed one marked as not
    yet agreed. Nothing when the previous meeting has neither."""
    found = pack.previous_outcomes
    if found is None or not found.paragraphs:
        return []
    lang = options.language
    story = section_heading(Section.OUTCOMES, label("outcomes", lang), styles)
    story.append(para(label("outcomes_of", lang, n=found.meeting, v=found.version), styles.muted))
    status = lines(
        [
            (
                label("outcomes_final" if found.agreed else "outcomes_proposed", lang),
                "bold" if found.agreed else "warn",
            )
        ]
    )
    story.append(text_cell(status.parts, styles.body))
    story.append(Spacer(1, 2 * mm))
    rows = []
    for p in found.paragraphs:
        body = own_paragraphs(p.text_en, p.text_zh, lang, styles)
        if body:
            rows.append([para(f"{p.number}.", styles.body), body])
    if rows:
        table = Table(rows, colWidths=[NUMBER_WIDTH, width - NUMBER_WIDTH], hAlign="LEFT", splitByRow=1)
        table.setStyle(key_value_style())
        story.append(table)
    return story


# -- since the last meeting ------------------------------------------------------------------------
def since(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """The activities between the previous meeting and this one; nothing when there were none."""
    if not pack.activities:
        return []
    lang = options.language
    story = section_heading(Section.SINCE, label("since", lang), styles)
    if pack.activities_from and pack.activities_to:
        story.append(
            para(
                label(
                    "since_period", lang, start=bi_date(pack.activities_from), end=bi_date(pack.activities_to)
                ),
                styles.muted,
            )
        )
    elif pack.activities_to:
        story.append(para(label("since_before", lang, end=bi_date(pack.activities_to)), styles.muted))
    rows = []
    for a in pack.activities:
        when = (
            short_date(a.start_on, lang)
            if not a.end_on or a.end_on == a.start_on
            else "\n".join(format_date_range(a.start_on, a.end_on, one) for one in _languages(lang))
        )
        rows.append(
            [
                when,
                lines([(word(a.kind, lang, sep=CELL), "bold"), (a.place, "muted")]),
                "\n".join(a.participants) or "—",
                lines(own_parts(a.summary_en, a.summary_zh, lang) or [("—", None)]),
            ]
        )
    header = head(("dates", "activity", "participants", "summary"), lang)
    story.append(data_table(styles, header, rows, [width * s for s in (0.15, 0.2, 0.22, 0.43)]))
    return story


def _short(parts: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Text parts without the untranslated mark (the page at a glance stays short; the sections mark it)."""
    return [p for p in parts if p[1] != "muted"]


def _languages(lang: str) -> tuple[str, ...]:
    return ("en", "zh") if lang == PackLanguage.BILINGUAL else (str(getattr(lang, "value", lang)),)


# -- at a glance -----------------------------------------------------------------------------------
def glance(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """One page: this round's objectives (the open agenda items), each side's main open requests and
    the open escalations, and the commitments overdue or due soon."""
    lang = options.language
    objectives = [i for i in pack.agenda if i.status in ("open", "carried")]
    owed = {s.code: [r for r in pack.open_requests if r.to_side == s.code] for s in pack.sides}
    open_escalations = [e for e in pack.escalations if e.status not in ("resolved", "closed")]
    pressing = [a for a in pack.actions if a.overdue or a.due_soon]
    if not (objectives or any(owed.values()) or open_escalations or pressing):
        return []
    heading = section_heading(Section.GLANCE, label("glance", lang), styles)
    story: list = []

    def title_of(item) -> list[tuple[str, str | None]]:
        """The title in the pack's language; the English alone where there is no Chinese (the agenda
        marks it untranslated: the page at a glance stays short)."""
        return _short(own_parts(item.title, item.title_zh, lang)) or [("—", None)]

    if objectives:
        story.append(Heading(label("objectives", lang), styles.h3, key="", level=1))
        rows = [
            [
                str(i.number),
                lines(title_of(i)),
                lines([(i.lead, None), (i.lead_side, "muted")]) if i.lead else "—",
            ]
            for i in objectives[:GLANCE_OBJECTIVES]
        ]
        story.append(
            data_table(
                styles, head(("number", "item", "lead"), lang), rows, [width * s for s in (0.07, 0.7, 0.23)]
            )
        )
        if len(objectives) > GLANCE_OBJECTIVES:
            story.append(
                para(label("glance_more_items", lang, n=len(objectives) - GLANCE_OBJECTIVES), styles.muted)
            )
    for side in pack.sides:
        requests = owed.get(side.code, [])
        if not requests:
            continue
        ranked = sorted(requests, key=lambda r: (-r.days_overdue, r.response_due_on, r.reference))
        story.append(Heading(label("glance_requests", lang, side=bi_side(side)), styles.h3, key="", level=1))
        rows = [
            [
                r.reference,
                own_cell(r.subject, r.subject_zh, lang, mark=False),
                short_date(r.response_due_on, lang),
                lines([(str(r.days_overdue), "warn")]) if r.days_overdue else "",
            ]
            for r in ranked[:GLANCE_REQUESTS]
        ]
        story.append(
            data_table(
                styles,
                head(("reference", "subject", "due", "days_overdue"), lang),
                rows,
                [width * s for s in (0.17, 0.55, 0.15, 0.13)],
                right={3},
            )
        )
        if len(ranked) > GLANCE_REQUESTS:
            story.append(para(label("glance_more", lang, n=len(ranked) - GLANCE_REQUESTS), styles.muted))
    if open_escalations:
        shown = sorted(open_escalations, key=lambda e: SEVERITY_RANK.get(e.severity, len(SEVERITY_RANK)))
        story.append(Heading(label("glance_escalations", lang), styles.h3, key="", level=1))
        rows = [
            [
                e.reference,
                e.raised_by,
                lines(
                    [
                        (
                            word(e.severity, lang, sep=CELL),
                            "warn" if e.severity in ("high", "critical") else None,
                        )
                    ]
                ),
                own_cell(e.summary, e.summary_zh, lang, mark=False),
            ]
            for e in shown[:GLANCE_ESCALATIONS]
        ]
        story.append(
            data_table(
                styles,
                head(("reference", "raised_by", "severity", "summary"), lang),
                rows,
                [width * s for s in (0.17, 0.1, 0.13, 0.6)],
            )
        )
        if len(shown) > GLANCE_ESCALATIONS:
            story.append(
                para(label("glance_more_escalations", lang, n=len(shown) - GLANCE_ESCALATIONS), styles.muted)
            )
    if pressing:
        story.append(Heading(label("glance_commitments", lang), styles.h3, key="", level=1))
        rows = [
            [
                lines(_short(own_parts(a.description, a.description_zh, lang))),
                a.owner or "—",
                lines([(short_date(a.due_on, lang), "warn" if a.overdue else None)]),
                lines([(str(a.days_overdue), "warn")]) if a.days_overdue else "",
            ]
            for a in pressing[:GLANCE_COMMITMENTS]
        ]
        story.append(
            data_table(
                styles,
                head(("commitment", "owner", "due_on", "days_overdue"), lang),
                rows,
                [width * s for s in (0.5, 0.22, 0.15, 0.13)],
                right={3},
            )
        )
        if len(pressing) > GLANCE_COMMITMENTS:
            story.append(
                para(
                    label("glance_more_commitments", lang, n=len(pressing) - GLANCE_COMMITMENTS), styles.muted
                )
            )
    # One page: what does not fit is set smaller rather than spilled onto a second page.
    return [*heading, KeepInFrame(0, 0, story, mode="shrink", name="at a glance")]


__all__ = ["glance", "outcomes", "since"]
