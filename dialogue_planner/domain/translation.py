"""Which printed texts of a briefing pack have their Chinese: the one list the Chinese pack's control page
counts and ``brief --check-translation`` reports.

A text a user types is printed in the pack's language: its Chinese where it is written, else its English
marked as untranslated. :func:`pack_texts` names every such text of a pack once, as the user knows it
("agenda item 12", "briefing note"), with both languages; a text is *missing* its Chinese when the English
is there and the Chinese is not.

Adding a printed field: add one line to :func:`pack_texts` (and the field to the pack's record), and the
control page, the check and its tests follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from .briefing import BriefingPack, PackOptions

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class PrintedText:
    """One printed text in both languages: ``kind`` and ``label`` name its record ("agenda item",
    "agenda item 12"), ``field`` the text ("briefing note")."""

    kind: str
    label: str
    field: str
    english: str
    chinese: str

    @property
    def missing(self) -> bool:
        """True when the English is written and its Chinese is not."""
        return bool((self.english or "").strip()) and not (self.chinese or "").strip()

    @property
    def where(self) -> str:
        """'agenda item 12, briefing note'."""
        return f"{self.label}, {self.field}"


def pack_texts(pack: BriefingPack, options: PackOptions | None = None) -> list[PrintedText]:
    """Every user-typed text the pack prints, once each, in the order of the pack. With ``options`` (one
    copy), a result that copy does not print is left out; without, every copy's texts are named.

    Requests and escalations: ``services.briefing`` fills their Chinese (``subject_zh``, ``summary_zh``,
    ``resolution_zh``) from their areas' records where those have it.
    """
    texts: list[PrintedText] = []

    def add(kind: str, label: str, field: str, english: str, chinese: str) -> None:
        if (english or "").strip() or (chinese or "").strip():
            texts.append(PrintedText(kind, label, field, english or "", chinese or ""))

    def investigation(i) -> None:
        label = f"request {i.reference}"
        if i.reference not in seen_requests:
            seen_requests.add(i.reference)
            add("request", label, "subject", i.subject, i.subject_zh)
        for on, text, text_zh in i.progress_texts():
            add(
                "request",
                label,
                f"progress report of {on.day} {MONTHS[on.month - 1]} {on.year}",
                text,
                text_zh,
            )
        if options is None or i.result_for(options):
            add("request", label, "result", i.result, i.result_zh)

    m = pack.meeting
    meeting = f"meeting {m.number}"
    add("meeting", meeting, "city", m.city, m.city_zh)
    if m.changed_from_plan and m.planned_city and m.planned_city != m.city:
        add("meeting", meeting, "planned city", m.planned_city, m.planned_city_zh)
    add("meeting", meeting, "venue", m.venue, m.venue_zh)
    add("meeting", meeting, "address", m.address, m.address_zh)
    add("meeting", meeting, "logistics", m.logistics, m.logistics_zh)
    add("meeting", meeting, "notes", m.notes, m.notes_zh)

    seen_titles: set[tuple[str, str]] = set()
    for delegation in pack.delegations:
        for person in delegation.members:
            key = (person.name, person.title)
            if key in seen_titles:
                continue
            seen_titles.add(key)
            add(
                "delegate",
                f"delegate {person.name or person.native_name}",
                "title",
                person.title,
                person.title_zh,
            )

    for item in pack.agenda:
        label = f"agenda item {item.number}"
        add("agenda item", label, "title", item.title, item.title_zh)
        add("agenda item", label, "briefing note", item.briefing_note, item.briefing_note_zh)

    if pack.previous_outcomes is not None:
        for p in pack.previous_outcomes.paragraphs:
            add(
                "outcomes",
                f"outcomes of meeting {pack.previous_outcomes.meeting}, paragraph {p.number}",
                "text",
                p.text_en,
                p.text_zh,
            )

    for index, a in enumerate(pack.activities, start=1):
        add("activity", f"activity {index} since the last meeting", "summary", a.summary_en, a.summary_zh)

    for e in pack.escalations:
        label = f"escalation {e.reference}"
        add("escalation", label, "summary", e.summary, e.summary_zh)
        add("escalation", label, "resolution", e.resolution, e.resolution_zh)

    seen_requests: set[str] = set()
    for r in (*pack.overdue_requests, *pack.open_requests):
        if r.reference in seen_requests:
            continue
        seen_requests.add(r.reference)
        add("request", f"request {r.reference}", "subject", r.subject, r.subject_zh)

    for agenda_item in pack.agenda:  # the investigations under their standing item, or in the annex
        for i in agenda_item.investigations:
            investigation(i)
    for i in pack.investigations:
        investigation(i)

    for index, c in enumerate(pack.actions, start=1):
        add("commitment", f"commitment {index}", "description", c.description, c.description_zh)
    return texts


def missing_chinese(pack: BriefingPack) -> list[PrintedText]:
    """The printed texts whose Chinese is missing (the Chinese pack prints their English, marked)."""
    return [t for t in pack_texts(pack) if t.missing]
