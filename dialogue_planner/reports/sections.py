"""The body sections of the pack: logistics, delegations, agenda (with its running order), escalations,
commitments, annex; and how a text entered in both languages is printed in the pack's language."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from dialogue_planner.domain.briefing import (
    AppendState,
    BriefingPack,
    PackDelegate,
    PackDocument,
    PackInvestigation,
    PackLanguage,
    PackOptions,
    PackRequest,
    Section,
    group_by_agency,
    order_delegation,
)
from dialogue_planner.domain.documents import listed_documents
from dialogue_planner.domain.limits import size_text
from dialogue_planner.domain.translation import pack_texts

from .blocks import Lines, data_table, key_values, lines, para
from .document import Heading
from .styles import Styles
from .wording import bi_date, bi_side, carry_history, format_date, label, pick, short_date, word, zone_place

# Long sections start on a fresh page; short ones follow on when a third of the page is left.
NEW_PAGE_SECTIONS = {Section.GLANCE, Section.LOGISTICS, Section.AGENDA, Section.REVIEW, Section.ANNEX}
CELL = "\n"  # bilingual table cells: English above Chinese
KEEP_TOGETHER_LIMIT = 1200


def section_heading(section: Section, text: str, styles: Styles) -> list:
    brk = PageBreak() if section in NEW_PAGE_SECTIONS else CondPageBreak(80 * mm)
    return [
        brk,
        Spacer(1, 0 if section in NEW_PAGE_SECTIONS else 8 * mm),
        Heading(text, styles.h1, key=f"section-{section.value}", level=0),
    ]


def head(keys: tuple[str, ...], lang: str) -> list[str]:
    return [label(k, lang, sep=CELL) for k in keys]


def empty_note(text: str, styles: Styles) -> list:
    return [para(text, styles.muted)]


def paragraphs(text: str, styles: Styles) -> list:
    """Free text split at blank lines into paragraphs (each may split across pages)."""
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [para(b, styles.body) for b in blocks if b]


# -- texts entered in both languages ---------------------------------------------------------------
def untranslated(lang: str) -> str:
    """The mark beside English printed where the Chinese text is missing (in the Chinese of a bilingual pack)."""
    return label("untranslated", "zh" if lang == PackLanguage.BILINGUAL else lang)


def own_line(en: str, zh: str, lang: str) -> str:
    """A one-line text in the pack's language: the Chinese where it exists, else the English marked as
    untranslated; both in a bilingual pack. Empty when both are."""
    en, zh = (en or "").strip(), (zh or "").strip()
    if not (en or zh):
        return ""
    if lang == PackLanguage.EN:
        return en or zh
    if lang == PackLanguage.ZH:
        return zh or f"{en} {untranslated(lang)}"
    if not zh or not en or zh == en:
        return (en or zh) + (f" {untranslated(lang)}" if en and not zh else "")
    return f"{en}\n{zh}"


def own_parts(en: str, zh: str, lang: str, tag: str | None = None) -> list[tuple[str, str | None]]:
    """The same as (text, tag) parts for a table cell: the untranslated mark muted, on a line of its own."""
    en, zh = (en or "").strip(), (zh or "").strip()
    if lang == PackLanguage.EN or (en and zh == en):
        return [(en or zh, tag)]
    if lang == PackLanguage.ZH:
        return [(zh, tag)] if zh else [(en, tag), (untranslated(lang), "muted")] if en else []
    parts: list[tuple[str, str | None]] = [(en, tag)] if en else []
    if zh:
        parts.append((zh, tag))
    elif en:
        parts.append((untranslated(lang), "muted"))
    return parts


def own_cell(en: str, zh: str, lang: str, *, mark: bool = True) -> Lines | str:
    """A table cell of a text entered in both languages: plain text (the fast path) unless the untranslated
    mark needs its muted line; ``mark=False`` leaves the mark out (the page at a glance stays short)."""
    parts = own_parts(en, zh, lang)
    if not mark:
        parts = [p for p in parts if p[1] != "muted"]
    if all(tag is None for _, tag in parts):
        return "\n".join(text for text, _ in parts)
    return lines(parts)


def own_paragraphs(en: str, zh: str, lang: str, styles: Styles) -> list:
    """Free text entered in both languages, as paragraphs in the pack's language (the Chinese where it
    exists, else the English under an untranslated mark; both, English first, in a bilingual pack)."""
    english, chinese = paragraphs(en, styles), paragraphs(zh, styles)
    if lang == PackLanguage.EN:
        return english or chinese
    if lang == PackLanguage.ZH:
        return chinese or ([para(untranslated(lang), styles.muted), *english] if english else [])
    if (en or "").strip() == (zh or "").strip():
        return english
    if english and not chinese:
        return [*english, para(untranslated(lang), styles.muted)]
    return english + chinese


# -- logistics -------------------------------------------------------------------------------------
def logistics(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    m = pack.meeting
    story = section_heading(Section.LOGISTICS, label("logistics", lang), styles)
    place: list[tuple[str, object]] = [
        (label("venue", lang), own_line(m.venue, m.venue_zh, lang)),
        (label("address", lang), own_line(m.address, m.address_zh, lang)),
    ]
    if any(value for _, value in place):
        story += [key_values(styles, place, width), Spacer(1, 3 * mm)]
    body = own_paragraphs(m.logistics, m.logistics_zh, lang, styles)
    story += body or empty_note(label("no_logistics", lang), styles)
    notes = own_paragraphs(m.notes, m.notes_zh, lang, styles)
    if notes:
        story += [Spacer(1, 2 * mm), para(label("meeting_notes", lang), styles.h3), *notes]
    return story


# -- delegations -----------------------------------------------------------------------------------
def delegations(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.DELEGATIONS, label("delegations", lang), styles)
    if not pack.delegations:
        return story + empty_note(label("no_delegations", lang), styles)
    for delegation in pack.delegations:
        story.append(
            Heading(
                label("delegation_of", lang, side=bi_side(delegation.side)),
                styles.h2,
                key=f"delegation-{delegation.side.code}",
                level=1,
            )
        )
        if not delegation.members:
            story += empty_note(label("no_delegation", lang), styles)
            continue
        story.append(_delegation_table(delegation.members, lang, styles, width))
        story.append(Spacer(1, 4 * mm))
    return story


def _delegation_table(members, lang: str, styles: Styles, width: float):
    ordered = order_delegation(members)
    leaders = [m for m in ordered if m.role in ("co-chair", "head")]
    others = ordered[len(leaders) :]
    rows: list[list[object]] = []
    spans: list[int] = []
    for m in leaders:
        rows.append(_member_row(m, lang, with_agency=True))
    for _agency, group in group_by_agency(others):
        first = group[0]
        agency_text = (
            " — ".join(
                p
                for p in (
                    first.agency_acronym,
                    pick(first.agency_name_en, first.agency_name_zh or first.agency_name_en, lang),
                )
                if p
            )
            or "—"
        )
        spans.append(len(rows) + 1)
        rows.append([lines([(agency_text, "bold")]), "", ""])
        rows.extend(_member_row(m, lang, with_agency=False) for m in group)
    extra = []
    for row_index in spans:
        extra += [
            ("SPAN", (0, row_index), (-1, row_index)),
            ("BACKGROUND", (0, row_index), (-1, row_index), "#E8EEF6"),
            ("NOSPLIT", (0, row_index), (-1, row_index + 1)),
        ]  # an agency heading keeps its first member
    return data_table(
        styles,
        head(("name", "title", "role"), lang),
        rows,
        [width * 0.34, width * 0.41, width * 0.25],
        extra_styles=extra,
    )


def _member_row(m: PackDelegate, lang: str, *, with_agency: bool) -> list[object]:
    native = m.native_name if m.native_name and m.native_name != m.name else ""
    if lang == PackLanguage.ZH and native:  # a Chinese reader looks for the name in characters first
        name = lines([(native, "bold"), (m.name, None)])
    else:
        name = lines([(m.name or native or "—", "bold"), (native, None)])
    agency = " — ".join(
        p for p in (m.agency_acronym, pick(m.agency_name_en, m.agency_name_zh or m.agency_name_en, lang)) if p
    )
    title = lines([*own_parts(m.title, m.title_zh, lang), (agency if with_agency else "", "muted")])
    status = ""
    if m.attended is False:
        status = (
            label("represented_by", lang, name=m.represented_by)
            if m.represented_by
            else label("absent", lang)
        )
    role = lines([(word(m.role, lang, sep=CELL), None), (status, "warn")])
    return [name, title, role]


# -- agenda ----------------------------------------------------------------------------------------
def agenda(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.AGENDA, label("agenda", lang), styles)
    if not pack.agenda:
        return story + empty_note(label("no_agenda", lang), styles)
    if any(item.times or item.lead for item in pack.agenda):
        story += [
            Heading(label("running_order", lang), styles.h2, key="agenda-running-order", level=1),
            running_order_table(pack, lang, styles, width),
            Spacer(1, 4 * mm),
        ]
    for item in pack.agenda:
        title = item.title or item.title_zh or "—"
        if lang == PackLanguage.ZH and item.title_zh:
            title = item.title_zh
        heading = Heading(f"{item.number}. {title}", styles.h2, key=f"agenda-{item.number}", level=1)
        subtitle = []
        if lang == PackLanguage.BILINGUAL and item.title_zh and item.title_zh != title:
            subtitle = [para(item.title_zh, styles.h3)]
        elif lang != PackLanguage.EN and item.title and not item.title_zh:
            subtitle = [para(untranslated(lang), styles.muted)]  # the English title, marked under it
        facts = key_values(
            styles,
            [
                (label("origin", lang), word(item.source, lang)),
                (
                    label("history", lang),
                    carry_history(item.first_raised_meeting, item.times_carried, pack.meeting.number, lang),
                ),
                (label("owner", lang), item.owner),
                (label("lead", lang), item.lead),
                (label("local_time", lang), "\n".join(slot_line(t, lang) for t in item.times)),
                (label("status", lang), word(item.status, lang)),
                (label("linked_requests", lang), ", ".join(item.requests)),
                (label("linked_escalations", lang), ", ".join(item.escalations)),
                (label("documents", lang), "\n".join(document_line(d, lang) for d in item.documents)),
            ],
            width,
        )
        block = [heading, *subtitle, facts]
        note = own_paragraphs(item.briefing_note, item.briefing_note_zh, lang, styles)
        if note:
            block += [Spacer(1, 2), para(label("note", lang), styles.h3), *note]
        if item.investigations:
            block += [Spacer(1, 2), investigation_table(item.investigations, options, styles, width)]
        # An item stays on one page when it fits; a huge one flows, so the page before it is not left empty.
        size = len(title) + len(item.title_zh) + len(item.briefing_note) + len(item.briefing_note_zh)
        size += sum(
            len(i.result) + len(i.result_zh) + sum(len(t) + len(z) for _, t, z in i.progress_texts())
            for i in item.investigations
        )
        story += [KeepTogether(block)] if size < KEEP_TOGETHER_LIMIT else block
        story.append(Spacer(1, 3 * mm))
    return story


def slot_line(slot, lang: str, *, with_date: bool = True) -> str:
    """'09:30–10:15 EST (Washington), 1 Dec 2015': a slot on one side's clock."""
    abbreviation = slot.start.tzname() or ""
    if abbreviation.startswith(("+", "-")):
        abbreviation = "UTC" + abbreviation
    place = zone_place(slot.zone, lang)
    text = " ".join(
        p for p in (f"{slot.start:%H:%M}–{slot.end:%H:%M}", abbreviation, f"({place})" if place else "") if p
    )
    if with_date:
        text += f", {format_date(slot.start.date(), lang)}"
    if slot.end.date() != slot.start.date():
        text += f", {label('ends_on', lang, date=bi_date(slot.end.date()))}"
    return text


def running_order_table(pack: BriefingPack, lang: str, styles: Styles, width: float):
    """The agenda in its order: each item's times on both sides' clocks and its lead speaker."""
    rows = []
    for item in pack.agenda:
        title = own_line(item.title, item.title_zh, lang)
        if item.times:
            first = item.times[0].start.date()
            times = lines(
                [(label("day_n", lang, d=item.day or 1), "muted")]
                + [
                    (
                        slot_line(t, lang, with_date=False)
                        + (
                            ""
                            if t.start.date() == first
                            else f", {short_date(t.start.date(), 'en' if lang == 'en' else 'zh')}"
                        ),
                        "bold" if i == 0 else None,
                    )
                    for i, t in enumerate(item.times)
                ]
            )
        else:
            times = lines([(label("no_slot", lang), "muted")])
        lead = lines([(item.lead, None), (item.lead_side, "muted")]) if item.lead else "—"
        rows.append([str(item.number), times, title or "—", lead])
    header = head(("number", "local_time", "item", "lead"), lang)
    shares = [0.06, 0.42, 0.32, 0.2] if lang == PackLanguage.BILINGUAL else [0.06, 0.36, 0.36, 0.22]
    return data_table(styles, header, rows, _widths(width, shares))


# -- escalations -----------------------------------------------------------------------------------
def escalations(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    title = label("escalations" if pack.previous_meeting else "escalations_first", lang)
    story = section_heading(Section.ESCALATIONS, title, styles)
    if not pack.escalations:
        return story + empty_note(label("no_escalations", lang), styles)
    rows = []
    for e in pack.escalations:
        summary = [
            *own_parts(e.summary, e.summary_zh, lang, "bold"),
            *own_parts(e.resolution, e.resolution_zh, lang),
        ]
        if e.requests:
            summary.append((f"{label('linked_requests', lang)}: {', '.join(e.requests)}", "muted"))
        severity_tag = "warn" if e.severity in ("high", "critical") else None
        rows.append(
            [
                e.reference,
                short_date(e.raised_on, lang),
                e.raised_by,
                lines([(word(e.severity, lang, sep=CELL), severity_tag)]),
                lines(summary),
                word(e.status, lang, sep=CELL),
            ]
        )
    header = head(("reference", "raised", "raised_by", "severity", "summary", "status"), lang)
    story.append(data_table(styles, header, rows, _widths(width, [0.15, 0.12, 0.08, 0.11, 0.42, 0.12])))
    return story + _hotline_response(pack, lang, styles, width)


def _hotline_response(pack: BriefingPack, lang: str, styles: Styles, width: float) -> list:
    """Per responding side: acknowledged and resolved within target, each with its denominator (never a
    share of nothing), and the median hours, of how many."""
    figures = [f for f in pack.hotline if f.count]
    if not figures:
        return []

    def within(w, not_recorded: int) -> str:
        if not w.of:
            return label("not_recorded" if not_recorded else "none_due", lang, sep=CELL)
        return label("met_of", lang, sep=CELL, met=w.met, of=w.of, share=round(100 * w.met / w.of))

    def median(m) -> str:
        if m.hours is None:
            return label("none_recorded", lang, sep=CELL)
        hours = f"{m.hours:.1f}" if m.hours < 10 else f"{m.hours:.0f}"
        return label("hours_of", lang, sep=CELL, hours=hours, of=m.of)

    rows = [
        [
            f.responding_side,
            f.raised_by,
            str(f.count),
            within(f.acknowledged_within_target, f.acknowledgement_time_not_recorded),
            within(f.resolved_within_target, f.resolution_time_not_recorded),
            median(f.median_hours_to_acknowledge),
            median(f.median_hours_to_resolve),
        ]
        for f in figures
    ]
    header = head(
        (
            "responding_side",
            "raised_by",
            "escalation_count",
            "acknowledged_within",
            "resolved_within",
            "median_to_acknowledge",
            "median_to_resolve",
        ),
        lang,
    )
    table = data_table(
        styles, header, rows, _widths(width, [0.13, 0.07, 0.07, 0.2, 0.2, 0.165, 0.165]), right={2}
    )
    return [
        Spacer(1, 4 * mm),
        KeepTogether(
            [
                para(label("hotline_response", lang), styles.muted),
                table,
                para(label("hotline_note", lang), styles.muted),
            ]
        ),
    ]


# -- commitments -----------------------------------------------------------------------------------
def actions(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """Open commitments: the overdue ones (days overdue, owner), those due soon, then the rest."""
    lang = options.language
    story = section_heading(Section.ACTIONS, label("commitments", lang), styles)
    if not pack.actions:
        return story + empty_note(label("no_actions", lang), styles)
    overdue = sorted((a for a in pack.actions if a.overdue), key=lambda a: -a.days_overdue)
    soon = [a for a in pack.actions if a.due_soon and not a.overdue]
    rest = [a for a in pack.actions if not a.overdue and not a.due_soon]
    groups = (
        ("overdue", label("commitments_overdue", lang), overdue),
        ("due-soon", label("commitments_due_soon", lang, days=pack.due_soon_days), soon),
        ("other", label("commitments_other", lang), rest),
    )
    for key, title, group in groups:
        if not group:
            continue
        story.append(Heading(title, styles.h2, key="", level=1))  # not in the contents: it must fit a page
        story.append(commitment_table(group, lang, styles, width, overdue=key == "overdue"))
        story.append(Spacer(1, 3 * mm))
    return story


def commitment_table(group, lang: str, styles: Styles, width: float, *, overdue: bool):
    rows = []
    for a in group:
        description = lines(
            [
                *own_parts(a.description, a.description_zh, lang),
                (label("made_at", lang, n=a.meeting) if a.meeting else "", "muted"),
                (
                    f"{label('from_agenda', lang)}: {own_line(a.agenda_item, a.agenda_item_zh, lang)}"
                    if a.agenda_item
                    else "",
                    "muted",
                ),
            ]
        )
        due = lines([(short_date(a.due_on, lang), "warn" if a.overdue else None)])
        last: object = lines([(str(a.days_overdue), "warn")]) if overdue else word(a.status, lang, sep=CELL)
        rows.append([description, a.owner or "—", due, last])
    header = head(("commitment", "owner", "due_on", "days_overdue" if overdue else "status"), lang)
    return data_table(
        styles, header, rows, _widths(width, [0.5, 0.22, 0.15, 0.13]), right={3} if overdue else set()
    )


# -- investigations (under their standing item) ----------------------------------------------------
def investigation_table(investigations: tuple[PackInvestigation, ...], options: PackOptions, styles, width):
    """The progress reports and results of the period, one row per request. A result its side does not
    share is printed only in a copy for that side (``PackInvestigation.result_for``). Each text in the pack's
    language, the English marked where its Chinese is missing."""
    lang = options.language
    rows = []
    for i in investigations:
        about = [
            (i.reference, None),
            (f"{i.from_side} → {i.to_side}", "muted"),
            *own_parts(i.subject, i.subject_zh, lang),
        ]
        progress = []
        for on, text, text_zh in i.progress_texts():
            parts = own_parts(text, text_zh, lang) or [(text, None)]
            progress += [(f"{short_date(on, lang)}: {parts[0][0]}", None), *parts[1:]]
        result = own_cell(i.result, i.result_zh, lang) if i.result_for(options) else ""
        rows.append([lines(about), lines(progress) if progress else "—", result or "—"])
    header = [
        label(key, lang, sep=CELL) for key in ("reference", "investigation_progress", "investigation_result")
    ]
    return data_table(styles, header, rows, _widths(width, [0.3, 0.4, 0.3]))


# -- requests (overdue list and annex) -------------------------------------------------------------
def request_table(
    requests: tuple[PackRequest, ...], lang: str, styles: Styles, width: float, *, overdue: bool
):
    rows = []
    for r in requests:
        late = [(str(r.days_overdue), "warn")] if r.days_overdue > 0 else [("", None)]
        row: list[object] = [
            r.reference,
            f"{r.from_side} → {r.to_side}",
            word(r.kind, lang, sep=CELL),
            lines(
                [
                    *own_parts(r.subject, r.subject_zh, lang),
                    *((document_line(d, lang), "muted") for d in r.documents),
                ]
            )
            if r.documents
            else own_cell(r.subject, r.subject_zh, lang),
            short_date(r.received_on, lang),
            short_date(r.response_due_on, lang),
        ]
        row.append(lines(late) if overdue else word(r.status, lang, sep=CELL))
        rows.append(row)
    last = "days_overdue" if overdue else "status"
    header = head(("reference", "from_to", "kind", "subject", "received", "due", last), lang)
    return data_table(
        styles,
        header,
        rows,
        _widths(width, [0.15, 0.09, 0.12, 0.3, 0.11, 0.11, 0.12]),
        right={6} if overdue else set(),
    )


def annex(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story = section_heading(Section.ANNEX, label("annex", lang), styles)
    if pack.investigations:  # no standing item on investigations took them: nothing reported is lost
        story += [
            Heading(label("investigations", lang), styles.h2, key="annex-investigations", level=1),
            investigation_table(pack.investigations, options, styles, width),
            Spacer(1, 4 * mm),
        ]
    if not pack.open_requests:
        story += empty_note(label("no_open_requests", lang), styles)
    else:
        story.append(request_table(pack.open_requests, lang, styles, width, overdue=False))
    return story + attached_documents(pack, options, styles, width)


# -- attached documents ------------------------------------------------------------------------------
_STATE_LABELS = {
    AppendState.APPENDED: "appended",
    AppendState.NOT_PDF: "not_pdf",
    AppendState.FAILED: "could_not_append",
}


def document_line(d: PackDocument, lang: str) -> str:
    """'talking-points.pdf (120 KB) — note [appended at the end of this pack]': a document as listed."""
    text = f"{d.name} ({size_text(d.size)})"
    if d.note:
        text += f" — {d.note}"
    if d.appended in _STATE_LABELS:
        text += f" [{label(_STATE_LABELS[d.appended], lang)}]"
    return text


def attached_documents(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """The annex's list of every document the pack lists (what it is attached to, its size and note, and
    whether it was appended), before the appended PDFs themselves."""
    listed = listed_documents(pack)
    if not listed:
        return []
    lang = options.language
    rows = []
    for entry in listed:
        d = entry.document
        state = (
            label(_STATE_LABELS[d.appended], lang)
            if d.appended in _STATE_LABELS
            else label("listed_only", lang)
        )
        rows.append(
            [
                d.name,
                own_line(entry.attached_to, entry.attached_to_zh, lang),
                size_text(d.size),
                d.note,
                lines([(state, "warn" if d.appended == AppendState.FAILED else None)]),
            ]
        )
    header = head(("document", "attached_to", "size", "document_note", "appended_state"), lang)
    return [
        Spacer(1, 6 * mm),
        Heading(label("attached_documents", lang), styles.h2, key="annex-documents", level=1),
        para(label("documents_note", lang), styles.muted),
        Spacer(1, 2 * mm),
        data_table(styles, header, rows, _widths(width, [0.26, 0.24, 0.1, 0.22, 0.18])),
    ]


def _widths(width: float, shares: list[float]) -> list[float]:
    return [width * s for s in shares]


# -- document control ------------------------------------------------------------------------------
def control(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    """The Chinese and bilingual packs end with their translation's completeness: how many of the texts
    the secretariat typed are printed, how many of them in English for want of their Chinese (marked
    where they stand), and in which records. ``brief --check-translation`` lists them one by one."""
    lang = options.language
    if lang == PackLanguage.EN:
        return []
    texts = pack_texts(pack, options)
    missing = [t for t in texts if t.missing]
    story = section_heading(Section.CONTROL, label("control", lang), styles)
    pairs: list[tuple[str, object]] = [
        (label("control_language", lang), label(f"control_language_{lang.value}", lang)),
        (label("control_texts", lang), label("control_texts_count", lang, n=len(texts))),
        (
            label("control_untranslated", lang),
            label("control_untranslated_count", lang, k=len(missing), n=len(texts), mark=untranslated(lang))
            if missing
            else label("control_all_translated", lang),
        ),
    ]
    kinds: dict[str, int] = {}
    for t in missing:
        kinds[t.kind] = kinds.get(t.kind, 0) + 1
    if kinds:
        pairs.append(
            (
                label("control_by_kind", lang),
                "\n".join(f"{label('kind_' + kind, lang)}: {count}" for kind, count in kinds.items()),
            )
        )
    return story + [key_values(styles, pairs, width, key_width=150)]
