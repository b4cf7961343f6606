"""The body sections of the pack: logistics, delegations, agenda, escalations, actions, annex."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from dialogue_planner.domain.briefing import (
    BriefingPack,
    PackDelegate,
    PackLanguage,
    PackOptions,
    PackRequest,
    Section,
    group_by_agency,
    order_delegation,
)

from .blocks import data_table, key_values, lines, para
from .document import Heading
from .styles import Styles
from .wording import bi_side, carry_history, label, pick, short_date, word

# Long sections start on a fresh page; short ones follow on when a third of the page is left.
NEW_PAGE_SECTIONS = {Section.LOGISTICS, Section.AGENDA, Section.REVIEW, Section.ANNEX}
CELL = "\n"  # bilingual table cells: English above Chinese
KEEP_TOGETHER_LIMIT = 1200


def section_heading(section: Section, text: str, styles: Styles) -> list:
    brk = PageBreak() if section in NEW_PAGE_SECTIONS else CondPageBreak(80 * mm)
    return [brk, Spacer(1, 0 if section in NEW_PAGE_SECTIONS else 8 * mm),
            Heading(text, styles.h1, key=f"section-{section.value}", level=0)]


def head(keys: tuple[str, ...], lang: str) -> list[str]:
    return [label(k, lang, sep=CELL) for k in keys]


def empty_note(text: str, styles: Styles) -> list:
    return [para(text, styles.muted)]


def paragraphs(text: str, styles: Styles) -> list:
    """Free text split at blank lines into paragraphs (each may split across pages)."""
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [para(b, styles.body) for b in blocks if b]


# -- logistics -------------------------------------------------------------------------------------
def logistics(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.LOGISTICS, label("logistics", lang), styles)
    body = paragraphs(pack.meeting.logistics, styles)
    return story + (body or empty_note(label("no_logistics", lang), styles))


# -- delegations -----------------------------------------------------------------------------------
def delegations(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.DELEGATIONS, label("delegations", lang), styles)
    if not pack.delegations:
        return story + empty_note(label("no_delegations", lang), styles)
    for delegation in pack.delegations:
        story.append(Heading(label("delegation_of", lang, side=bi_side(delegation.side)), styles.h2,
                             key=f"delegation-{delegation.side.code}", level=1))
        if not delegation.members:
            story += empty_note(label("no_delegation", lang), styles)
            continue
        story.append(_delegation_table(delegation.members, lang, styles, width))
        story.append(Spacer(1, 4 * mm))
    return story


def _delegation_table(members, lang: str, styles: Styles, width: float):
    ordered = order_delegation(members)
    leaders = [m for m in ordered if m.role in ("co-chair", "head")]
    others = ordered[len(leaders):]
    rows: list[list[object]] = []
    spans: list[int] = []
    for m in leaders:
        rows.append(_member_row(m, lang, with_agency=True))
    for _agency, group in group_by_agency(others):
        first = group[0]
        agency_text = " — ".join(p for p in (first.agency_acronym,
                                              pick(first.agency_name_en, first.agency_name_zh or
                                                   first.agency_name_en, lang)) if p) or "—"
        spans.append(len(rows) + 1)
        rows.append([lines([(agency_text, "bold")]), "", ""])
        rows.extend(_member_row(m, lang, with_agency=False) for m in group)
    extra = []
    for row_index in spans:
        extra += [("SPAN", (0, row_index), (-1, row_index)),
                  ("BACKGROUND", (0, row_index), (-1, row_index), "#E8EEF6"),
                  ("NOSPLIT", (0, row_index), (-1, row_index + 1))]  # an agency heading keeps its first member
    return data_table(styles, head(("name", "title", "role"), lang), rows,
                      [width * 0.34, width * 0.41, width * 0.25], extra_styles=extra)


def _member_row(m: PackDelegate, lang: str, *, with_agency: bool) -> list[object]:
    native = m.native_name if m.native_name and m.native_name != m.name else ""
    if lang == PackLanguage.ZH and native:   # a Chinese reader looks for the name in characters first
        name = lines([(native, "bold"), (m.name, None)])
    else:
        name = lines([(m.name or native or "—", "bold"), (native, None)])
    agency = " — ".join(p for p in (m.agency_acronym, pick(m.agency_name_en, m.agency_name_zh
                                                             or m.agency_name_en, lang)) if p)
    title = lines([(m.title, None), (agency if with_agency else "", "muted")])
    status = ""
    if m.attended is False:
        status = (label("represented_by", lang, name=m.represented_by) if m.represented_by
                  else label("absent", lang))
    role = lines([(word(m.role, lang, sep=CELL), None), (status, "warn")])
    return [name, title, role]


# -- agenda ----------------------------------------------------------------------------------------
def agenda(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.AGENDA, label("agenda", lang), styles)
    if not pack.agenda:
        return story + empty_note(label("no_agenda", lang), styles)
    for item in pack.agenda:
        title = item.title or item.title_zh or "—"
        if lang == PackLanguage.ZH and item.title_zh:
            title = item.title_zh
        heading = Heading(f"{item.number}. {title}", styles.h2, key=f"agenda-{item.number}", level=1)
        subtitle = []
        if lang == PackLanguage.BILINGUAL and item.title_zh and item.title_zh != title:
            subtitle = [para(item.title_zh, styles.h3)]
        facts = key_values(styles, [
            (label("origin", lang), word(item.source, lang)),
            (label("history", lang), carry_history(item.first_raised_meeting, item.times_carried,
                                                   pack.meeting.number, lang)),
            (label("owner", lang), item.owner),
            (label("status", lang), word(item.status, lang)),
            (label("linked_requests", lang), ", ".join(item.requests)),
            (label("linked_escalations", lang), ", ".join(item.escalations)),
        ], width)
        block = [heading, *subtitle, facts]
        note = paragraphs(item.briefing_note, styles)
        if note:
            block += [Spacer(1, 2), para(label("note", lang), styles.h3), *note]
        # An item stays on one page when it fits; a huge one flows, so the page before it is not left empty.
        size = len(title) + len(item.title_zh) + len(item.briefing_note)
        story += [KeepTogether(block)] if size < KEEP_TOGETHER_LIMIT else block
        story.append(Spacer(1, 3 * mm))
    return story


# -- escalations -----------------------------------------------------------------------------------
def escalations(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    title = label("escalations" if pack.previous_meeting else "escalations_first", lang)
    story = section_heading(Section.ESCALATIONS, title, styles)
    if not pack.escalations:
        return story + empty_note(label("no_escalations", lang), styles)
    rows = []
    for e in pack.escalations:
        summary = [(e.summary, "bold"), (e.resolution, None)]
        if e.requests:
            summary.append((f"{label('linked_requests', lang)}: {', '.join(e.requests)}", "muted"))
        severity_tag = "warn" if e.severity in ("high", "critical") else None
        rows.append([e.reference, short_date(e.raised_on, lang), e.raised_by,
                     lines([(word(e.severity, lang, sep=CELL), severity_tag)]), lines(summary),
                     word(e.status, lang, sep=CELL)])
    header = head(("reference", "raised", "raised_by", "severity", "summary", "status"), lang)
    return story + [data_table(styles, header, rows, _widths(width, [0.15, 0.12, 0.08, 0.11, 0.42, 0.12]))]


# -- actions ---------------------------------------------------------------------------------------
def actions(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.ACTIONS, label("actions", lang), styles)
    if not pack.actions:
        return story + empty_note(label("no_actions", lang), styles)
    rows = []
    for a in pack.actions:
        description = lines([(a.description, None),
                              (f"{label('from_agenda', lang)}: {a.agenda_item}" if a.agenda_item else "",
                               "muted")])
        due = lines([(short_date(a.due_on, lang), "warn" if a.overdue else None)])
        rows.append([description, a.owner or "—", due, word(a.status, lang, sep=CELL)])
    header = head(("description", "owner", "due_on", "status"), lang)
    return story + [data_table(styles, header, rows, _widths(width, [0.52, 0.2, 0.16, 0.12]))]


# -- requests (overdue list and annex) -------------------------------------------------------------
def request_table(requests: tuple[PackRequest, ...], lang: str, styles: Styles, width: float,
                  *, overdue: bool):
    rows = []
    for r in requests:
        late = [(str(r.days_overdue), "warn")] if r.days_overdue > 0 else [("", None)]
        row = [r.reference, f"{r.from_side} → {r.to_side}", word(r.kind, lang, sep=CELL), r.subject,
               short_date(r.received_on, lang), short_date(r.response_due_on, lang)]
        row.append(lines(late) if overdue else word(r.status, lang, sep=CELL))
        rows.append(row)
    last = "days_overdue" if overdue else "status"
    header = head(("reference", "from_to", "kind", "subject", "received", "due", last), lang)
    return data_table(styles, header, rows, _widths(width, [0.15, 0.09, 0.12, 0.3, 0.11, 0.11, 0.12]),
                      right={6} if overdue else set())


def annex(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.ANNEX, label("annex", lang), styles)
    if not pack.open_requests:
        return story + empty_note(label("no_open_requests", lang), styles)
    return story + [request_table(pack.open_requests, lang, styles, width, overdue=False)]


def _widths(width: float, shares: list[float]) -> list[float]:
    return [width * s for s in shares]

