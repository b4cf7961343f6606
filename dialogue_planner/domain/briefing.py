"""The briefing pack as plain records: what the renderer needs, and nothing it has to look up.

The services assemble a :class:`BriefingPack` from the database; ``reports/`` turns it into PDF bytes.
Keeping the pack a frozen value means the renderer can be tested without a database and the same pack
renders the same bytes in deterministic mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.hotline import SideHotlineFigures
from dialogue_planner.domain.limits import check_line
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import DelegationRole, PaperSize, Word

if TYPE_CHECKING:  # the requests area provides it; the pack only reads its attributes
    from dialogue_planner.domain.timeliness import SideTimeliness


class PackLanguage(Word):
    EN = "en"
    ZH = "zh"
    BILINGUAL = "bilingual"


MAX_COPIES = 500
MAX_MARKING = 200


@dataclass(frozen=True)
class PackOptions:
    """How to print a pack: paper, language, handling marking, and for a numbered copy its number."""

    paper: PaperSize = PaperSize.A4
    language: PackLanguage = PackLanguage.EN
    marking: str = ""
    copy_number: int | None = None
    copies_total: int | None = None
    recipient: str = ""
    deterministic: bool = False
    prepared_on: date | None = None
    author: str = ""
    # The issue run a copy belongs to (printed on the cover and in every footer): batch id, version, time.
    batch: str = ""
    version: int | None = None
    issued_at: datetime | None = None
    # Append the attached PDFs to the annex, a bookmark each (``brief --append-documents``).
    append_documents: bool = False
    # The pack is for the secretariat's own side: documents kept to one side are printed in it (a numbered
    # copy still shows only what its recipient's side may see; see domain.documents.visible_in_pack).
    internal: bool = False
    #: The side of a numbered copy's recipient (a side code); empty for a pack for no one side. A result of
    #: an investigation its side does not share is printed only in copies for that side.
    recipient_side: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", PaperSize.parse(str(self.paper), "paper size"))
        object.__setattr__(self, "language", PackLanguage.parse(str(self.language), "language"))
        if len(self.marking or "") > MAX_MARKING:
            raise ValidationError(
                msg(
                    "The marking is {count} characters long; keep it to {max_marking}.",
                    count=len(self.marking),
                    max_marking=MAX_MARKING,
                )
            )
        object.__setattr__(self, "marking", check_line(self.marking, "marking", MAX_MARKING))
        if (self.copy_number is None) != (self.copies_total is None):
            raise ValidationError(msg("A numbered copy needs both its number and the number of copies."))
        if self.copy_number is not None and self.copies_total is not None:  # both or neither (above)
            if not 1 <= self.copies_total <= MAX_COPIES:
                raise ValidationError(
                    msg("The number of copies must be between 1 and {max_copies}.", max_copies=MAX_COPIES)
                )
            if not 1 <= self.copy_number <= self.copies_total:
                raise ValidationError(
                    msg(
                        "Copy {copy_number} does not exist in a run of {copies_total}.",
                        copy_number=self.copy_number,
                        copies_total=self.copies_total,
                    )
                )

    @property
    def numbered(self) -> bool:
        return self.copy_number is not None

    def for_copy(self, number: int, total: int, recipient: str) -> PackOptions:
        return replace(self, copy_number=number, copies_total=total, recipient=recipient)


@dataclass(frozen=True)
class PackSide:
    code: str
    name_en: str
    name_zh: str = ""
    time_zone: str = "UTC"
    paper_size: str = "a4"


@dataclass(frozen=True)
class PackMeeting:
    """The meeting as the cover shows it: actual values where known, planned ones otherwise."""

    number: int
    window: str
    status: str
    host_side_code: str
    city: str
    venue: str
    time_zone: str
    start: date
    end: date
    start_time: time | None = None
    end_time: time | None = None
    logistics: str = ""
    planned_start: date | None = None
    planned_city: str = ""
    planned_host_side_code: str = ""
    venue_zh: str = ""
    address: str = ""
    address_zh: str = ""
    logistics_zh: str = ""
    notes: str = ""
    notes_zh: str = ""
    city_zh: str = ""
    planned_city_zh: str = ""

    @property
    def changed_from_plan(self) -> bool:
        return bool(
            (self.planned_start and self.planned_start != self.start)
            or (self.planned_city and self.planned_city != self.city)
            or (self.planned_host_side_code and self.planned_host_side_code != self.host_side_code)
        )


@dataclass(frozen=True)
class PackDelegate:
    """One member of a delegation, with the agency and, for an absent member, who stands in."""

    name: str
    native_name: str = ""
    title: str = ""
    agency_acronym: str = ""
    agency_name_en: str = ""
    agency_name_zh: str = ""
    agency_role: str = ""
    role: str = DelegationRole.MEMBER.value
    position: int = 0
    attended: bool | None = None
    represented_by: str = ""
    title_zh: str = ""


@dataclass(frozen=True)
class PackDelegation:
    side: PackSide
    members: tuple[PackDelegate, ...] = ()


class AppendState(str, Enum):
    """What became of a listed document when the pack was asked to append the attached PDFs."""

    NOT_ASKED = ""
    APPENDED = "appended"
    NOT_PDF = "not-pdf"
    FAILED = "failed"


@dataclass(frozen=True)
class PackDocument:
    """A document attached to an agenda item or a request, as the pack lists it (name, size, note)."""

    id: int
    name: str
    size: int
    note: str = ""
    media_type: str = ""
    our_side_only: bool = False
    our_side: str = ""  # the side it is kept to, when our_side_only
    appended: AppendState = AppendState.NOT_ASKED


@dataclass(frozen=True)
class PackAgendaItem:
    number: int
    title: str
    title_zh: str = ""
    source: str = "proposal"
    status: str = "open"
    owner: str = ""
    briefing_note: str = ""
    first_raised_meeting: int | None = None
    times_carried: int = 0
    requests: tuple[str, ...] = ()
    escalations: tuple[str, ...] = ()
    lead: str = ""  # the lead speaker's name ("ZHANG Wei (张伟)")
    lead_side: str = ""
    day: int | None = None  # the day of the meeting its slot is on (1 for the first)
    times: tuple[PackSlot, ...] = ()  # its slot on each side's clock (the venue's too, when neither)
    documents: tuple[PackDocument, ...] = ()  # attached documents its readers may see
    #: For the standing item on the status and results of investigations: what was reported in the period.
    investigations: tuple[PackInvestigation, ...] = ()
    briefing_note_zh: str = ""


@dataclass(frozen=True)
class PackInvestigation:
    """A request's investigation as the period reported it: progress reports (date, text) and the result,
    with whether the responding side (``to_side``) shares the result with the other side."""

    reference: str
    from_side: str
    to_side: str
    subject: str
    subject_zh: str = ""
    progress: tuple[tuple[date, str], ...] = ()
    result: str = ""
    result_shareable: bool = False
    progress_zh: tuple[str, ...] = ()  # beside ``progress``, one each ("" when not translated)
    result_zh: str = ""

    def progress_texts(self) -> tuple[tuple[date, str, str], ...]:
        """The progress reports as (date, English, Chinese)."""
        return tuple(
            (on, text, self.progress_zh[n] if n < len(self.progress_zh) else "")
            for n, (on, text) in enumerate(self.progress)
        )

    def result_for(self, options: PackOptions) -> str:
        """The result as this copy may print it: a result not shareable only in a copy for its own side."""
        if self.result_shareable or (options.recipient_side and options.recipient_side == self.to_side):
            return self.result
        return ""


@dataclass(frozen=True)
class PackSlot:
    """An agenda item's slot on one wall clock: ``start`` and ``end`` are aware datetimes in ``zone``."""

    side_code: str
    zone: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class PackRequest:
    reference: str
    from_side: str
    to_side: str
    kind: str
    subject: str
    received_on: date
    response_due_on: date
    status: str
    days_overdue: int = 0
    latest_quality: str = ""
    documents: tuple[PackDocument, ...] = ()
    subject_zh: str = ""


@dataclass(frozen=True)
class PackEscalation:
    reference: str
    raised_on: date
    raised_by: str
    severity: str
    summary: str
    status: str
    resolution: str = ""
    requests: tuple[str, ...] = ()
    summary_zh: str = ""
    resolution_zh: str = ""


@dataclass(frozen=True)
class PackAction:
    """An open commitment (or an action item carried over): ``owner`` is side, agency and person."""

    description: str
    owner: str
    due_on: date | None
    status: str
    agenda_item: str = ""
    overdue: bool = False
    description_zh: str = ""
    days_overdue: int = 0
    due_soon: bool = False
    meeting: int | None = None  # the meeting that made the commitment
    agenda_item_zh: str = ""


@dataclass(frozen=True)
class PackOutcomeParagraph:
    number: int
    text_en: str
    text_zh: str = ""


@dataclass(frozen=True)
class PackOutcomes:
    """The previous meeting's joint summary of outcomes: the final text, or the latest proposed version
    (``agreed`` False: printed as not yet agreed)."""

    meeting: int
    version: int
    agreed: bool
    paragraphs: tuple[PackOutcomeParagraph, ...] = ()


@dataclass(frozen=True)
class PackActivity:
    """An activity between the previous meeting and this one (an exercise, a call, a visit)."""

    kind: str
    start_on: date
    end_on: date | None = None
    place: str = ""
    participants: tuple[str, ...] = ()
    summary_en: str = ""
    summary_zh: str = ""


@dataclass(frozen=True)
class PackContact:
    """One line of the pack's contact sheet: a secretariat, a liaison officer or a hotline contact point.

    ``kind`` is "secretariat", "liaison" or "hotline"; ``side_code`` the side the contact belongs to."""

    kind: str
    side_code: str
    name: str
    name_zh: str = ""
    role: str = ""  # what the contact is for ("Head of delegation", "24/7 duty desk")
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PackTerm:
    """One entry of the pack's glossary: a term in English and in Chinese, and where it comes from
    ("word": the dialogue's vocabulary; "item": a standing item; "agency": an agency's acronym)."""

    en: str
    zh: str
    kind: str = "word"


@dataclass(frozen=True)
class BriefingPack:
    """Everything one meeting's pack prints. ``timeliness`` holds one SideTimeliness per side."""

    dialogue_name_en: str
    dialogue_name_zh: str
    sides: tuple[PackSide, ...]
    meeting: PackMeeting
    delegations: tuple[PackDelegation, ...] = ()
    agenda: tuple[PackAgendaItem, ...] = ()
    review_start: date | None = None
    review_end: date | None = None
    previous_meeting: int | None = None
    timeliness: tuple[SideTimeliness, ...] = ()
    overdue_requests: tuple[PackRequest, ...] = ()
    escalations: tuple[PackEscalation, ...] = ()
    actions: tuple[PackAction, ...] = ()
    open_requests: tuple[PackRequest, ...] = ()
    previous_outcomes: PackOutcomes | None = None
    activities: tuple[PackActivity, ...] = ()
    activities_from: date | None = None  # the day after the previous meeting ended
    activities_to: date | None = None  # the day before this meeting starts
    due_soon_days: int = 14
    contacts: tuple[PackContact, ...] = ()  # the contact sheet's rows, in order
    terms: tuple[PackTerm, ...] = ()  # the glossary's standing items and agencies (the vocabulary is added)
    #: The hotline's figures for the review period, one per responding side (``domain.hotline``).
    hotline: tuple[SideHotlineFigures, ...] = ()
    as_of: date | None = None  # a pack rendered as of a past day (a held meeting's): the cover says so
    #: Investigations reported in the period that no standing item on investigations takes (the annex shows them).
    investigations: tuple[PackInvestigation, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def side(self, code: str) -> PackSide | None:
        return next((s for s in self.sides if s.code == code), None)


# --------------------------------------------------------------------------------------------------
# Ordering and wording rules


ROLE_ORDER = {role.value: i for i, role in enumerate(DelegationRole)}
LEAD_AGENCY_ROLES = ("co-chair", "lead")


def order_delegation(members: tuple[PackDelegate, ...] | list[PackDelegate]) -> list[PackDelegate]:
    """Co-chairs and the head first, then by agency (lead agencies first), role and position."""

    def key(m: PackDelegate):
        leading = 0 if m.role in (DelegationRole.CO_CHAIR.value, DelegationRole.HEAD.value) else 1
        agency_lead = 0 if m.agency_role.strip().lower() in LEAD_AGENCY_ROLES else 1
        return (
            leading,
            ROLE_ORDER.get(m.role, len(ROLE_ORDER)) if leading == 0 else 0,
            agency_lead,
            m.agency_acronym.casefold(),
            m.agency_name_en.casefold(),
            ROLE_ORDER.get(m.role, len(ROLE_ORDER)),
            m.position,
            m.name.casefold(),
        )

    return sorted(members, key=key)


def group_by_agency(members: list[PackDelegate]) -> list[tuple[str, list[PackDelegate]]]:
    """Consecutive runs of members of one agency, keeping the order given (after the leaders)."""
    groups: list[tuple[str, list[PackDelegate]]] = []
    for m in members:
        label = m.agency_acronym or m.agency_name_en
        if groups and groups[-1][0] == label:
            groups[-1][1].append(m)
        else:
            groups.append((label, [m]))
    return groups


def meeting_times(
    meeting: PackMeeting, sides: tuple[PackSide, ...]
) -> list[tuple[PackSide, datetime, datetime | None]]:
    """The opening (and closing) of the meeting in each side's zone; empty when no time is set."""
    if meeting.start_time is None:
        return []
    try:
        host_zone = ZoneInfo(meeting.time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            msg("The meeting's time zone '{time_zone}' is unknown.", time_zone=meeting.time_zone)
        ) from exc
    opening = datetime.combine(meeting.start, meeting.start_time, host_zone)
    closing = datetime.combine(meeting.end, meeting.end_time, host_zone) if meeting.end_time else None
    out = []
    for side in sides:
        try:
            zone = ZoneInfo(side.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(
                msg(
                    "The time zone '{time_zone}' of side {code} is unknown.",
                    time_zone=side.time_zone,
                    code=side.code,
                )
            ) from exc
        out.append((side, opening.astimezone(zone), closing.astimezone(zone) if closing else None))
    return out


class Section(str, Enum):
    """The sections of a pack, with stable bookmark keys (the same on every build pass)."""

    CONTENTS = "contents"
    GLANCE = "glance"
    LOGISTICS = "logistics"
    DELEGATIONS = "delegations"
    OUTCOMES = "outcomes"
    SINCE = "since"
    AGENDA = "agenda"
    REVIEW = "review"
    ESCALATIONS = "escalations"
    ACTIONS = "actions"
    ANNEX = "annex"
    CONTROL = "control"


# --------------------------------------------------------------------------------------------------
# Delegation membership and the distribution log, as the services return them


@dataclass(frozen=True)
class DelegationMemberRecord:
    """One delegate attending one meeting, in a role; ``represented_by`` names who stands in."""

    id: int
    meeting_number: int
    delegate_id: int
    delegate_key: str
    name: str
    native_name: str
    title: str
    side_code: str
    agency_acronym: str
    role: str
    position: int
    attended: bool | None
    represented_by_id: int | None
    represented_by: str
    notes: str
    version: int


@dataclass(frozen=True)
class DistributionRecord:
    """One line of the distribution log: who received which numbered copy, when, and its checksum."""

    id: int
    meeting_number: int
    batch: str
    copy_number: int
    copies_total: int
    recipient_delegate_id: int | None
    recipient_name: str
    marking: str
    language: str
    paper: str
    file_name: str
    sha256: str
    issued_at: datetime
    issued_by: str


def copy_file_name(stem: str, number: int, total: int, recipient_key: str) -> str:
    """``pack-copy03of12-zhang.wei.pdf``: sortable, one per recipient, safe on every file system."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in recipient_key)
    safe = "-".join(p for p in safe.split("-") if p)[:60] or "recipient"
    width = max(2, len(str(total)))
    return f"{stem}-copy{number:0{width}d}of{total}-{safe}.pdf"
