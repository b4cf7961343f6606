"""The briefing pack as plain records: what the renderer needs, and nothing it has to look up.

The services assemble a :class:`BriefingPack` from the database; ``reports/`` turns it into PDF bytes.
Keeping the pack a frozen value means the renderer can be tested without a database and the same pack
renders the same bytes in deterministic mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_line
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", PaperSize.parse(str(self.paper), "paper size"))
        object.__setattr__(self, "language", PackLanguage.parse(str(self.language), "language"))
        if len(self.marking or "") > MAX_MARKING:
            raise ValidationError(f"The marking is {len(self.marking)} characters long; "
                                  f"keep it to {MAX_MARKING}.")
        object.__setattr__(self, "marking", check_line(self.marking, "marking", MAX_MARKING))
        if (self.copy_number is None) != (self.copies_total is None):
            raise ValidationError("A numbered copy needs both its number and the number of copies.")
        if self.copy_number is not None:
            if not 1 <= self.copies_total <= MAX_COPIES:
                raise ValidationError(f"The number of copies must be between 1 and {MAX_COPIES}.")
            if not 1 <= self.copy_number <= self.copies_total:
                raise ValidationError(
                    f"Copy {self.copy_number} does not exist in a run of {self.copies_total}.")

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

    @property
    def changed_from_plan(self) -> bool:
        return bool((self.planned_start and self.planned_start != self.start)
                    or (self.planned_city and self.planned_city != self.city)
                    or (self.planned_host_side_code and self.planned_host_side_code != self.host_side_code))


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


@dataclass(frozen=True)
class PackDelegation:
    side: PackSide
    members: tuple[PackDelegate, ...] = ()


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


@dataclass(frozen=True)
class PackAction:
    description: str
    owner: str
    due_on: date | None
    status: str
    agenda_item: str = ""
    overdue: bool = False


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
        return (leading, ROLE_ORDER.get(m.role, len(ROLE_ORDER)) if leading == 0 else 0, agency_lead,
                m.agency_acronym.casefold(), m.agency_name_en.casefold(),
                ROLE_ORDER.get(m.role, len(ROLE_ORDER)), m.position, m.name.casefold())

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


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_TIMES_EN = {1: "once", 2: "twice"}
_ZH_DIGITS = "零一二三四五六七八九十"


def _zh_count(n: int) -> str:
    if 0 <= n <= 10:
        return "两" if n == 2 else _ZH_DIGITS[n]
    return str(n)


def carry_history(first_raised: int | None, times_carried: int, current: int, language: str) -> str:
    """'first raised at the 2nd meeting, carried twice' (or empty for an item new at this meeting)."""
    if times_carried <= 0 and (first_raised is None or first_raised == current):
        return pick("new at this meeting", "本次会议新议题", language)
    parts_en, parts_zh = [], []
    if first_raised is not None:
        parts_en.append(f"first raised at the {ordinal_en(first_raised)} meeting")
        parts_zh.append(f"第{first_raised}次会议首次提出")
    if times_carried > 0:
        parts_en.append("carried " + _TIMES_EN.get(times_carried, f"{times_carried} times"))
        parts_zh.append(f"已延续{_zh_count(times_carried)}次")
    return pick(", ".join(parts_en), "，".join(parts_zh), language)


def pick(en: str, zh: str, language: str, *, sep: str = " / ") -> str:
    """The English or Chinese text, or both ('English / 中文') in a bilingual pack."""
    if language == PackLanguage.BILINGUAL:
        return en if en == zh else f"{en}{sep}{zh}"
    return zh if language == PackLanguage.ZH else en


def meeting_times(meeting: PackMeeting, sides: tuple[PackSide, ...]) -> list[tuple[PackSide, datetime, datetime | None]]:
    """The opening (and closing) of the meeting in each side's zone; empty when no time is set."""
    if meeting.start_time is None:
        return []
    try:
        host_zone = ZoneInfo(meeting.time_zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"The meeting's time zone '{meeting.time_zone}' is unknown.") from exc
    opening = datetime.combine(meeting.start, meeting.start_time, host_zone)
    closing = datetime.combine(meeting.end, meeting.end_time, host_zone) if meeting.end_time else None
    out = []
    for side in sides:
        try:
            zone = ZoneInfo(side.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValidationError(f"The time zone '{side.time_zone}' of side {side.code} is unknown.") from exc
        out.append((side, opening.astimezone(zone), closing.astimezone(zone) if closing else None))
    return out


# --------------------------------------------------------------------------------------------------
# Headings and labels, in English and Simplified Chinese


LABELS: dict[str, tuple[str, str]] = {
    "briefing_pack": ("Briefing pack", "会议简报"),
    "meeting_title": ("{n} meeting", "第{n}次会议"),
    "contents": ("Contents", "目录"),
    "logistics": ("Logistics", "会务安排"),
    "delegations": ("Delegations", "代表团"),
    "delegation_of": ("Delegation of {side}", "{side}代表团"),
    "agenda": ("Agenda", "议程"),
    "review": ("Review of requests", "请求办理情况审议"),
    "review_period": ("Requests received from {start} to {end}", "{start}至{end}期间收到的请求"),
    "review_since_start": ("Requests received up to {end}", "截至{end}收到的请求"),
    "timeliness": ("Timeliness by side", "各方办理时效"),
    "timeliness_chart": ("Share of requests handled on time", "按时办理的请求比例"),
    "overdue": ("Overdue requests", "逾期请求"),
    "quality": ("Quality of responses", "答复质量"),
    "quality_chart": ("Answers by rating", "各质量等级的答复数"),
    "escalations": ("Escalations since the previous meeting", "上次会议以来的热线升级事项"),
    "escalations_first": ("Escalations", "热线升级事项"),
    "actions": ("Open action items", "未完成的行动事项"),
    "annex": ("Annex: all open requests", "附件：全部未结请求"),
    "dates": ("Dates", "日期"),
    "host": ("Host", "东道方"),
    "city": ("City", "城市"),
    "venue": ("Venue", "会场"),
    "window": ("Window", "周期"),
    "status": ("Status", "状态"),
    "local_time": ("Time", "时间"),
    "marking": ("Handling", "密级标识"),
    "prepared": ("Prepared", "编制日期"),
    "copy_of": ("Copy {k} of {n}", "第{k}份，共{n}份"),
    "recipient": ("Recipient", "接收人"),
    "page_of": ("Page {x} of {y}", "第{x}页，共{y}页"),
    "planned_was": ("Originally planned: {text}", "原计划：{text}"),
    "name": ("Name", "姓名"),
    "title": ("Title", "职务"),
    "role": ("Role", "角色"),
    "agency": ("Agency", "机构"),
    "attendance": ("Attendance", "出席"),
    "represented_by": ("absent; represented by {name}", "缺席，由{name}代表"),
    "absent": ("absent", "缺席"),
    "no_delegation": ("No delegates have been named for this side yet.", "该方尚未确定代表。"),
    "no_delegations": ("No delegation has been named for this meeting yet.", "本次会议尚未确定代表团。"),
    "no_agenda": ("No agenda items have been set for this meeting yet.", "本次会议尚未确定议程。"),
    "no_logistics": ("The secretariat has not entered logistics for this meeting yet.",
                     "秘书处尚未填写本次会议的会务安排。"),
    "no_requests": ("No requests were received in this period.", "本期间未收到请求。"),
    "no_overdue": ("No request is overdue.", "没有逾期请求。"),
    "no_escalations": ("No escalations were raised in this period.", "本期间没有热线升级事项。"),
    "no_actions": ("No action items are open.", "没有未完成的行动事项。"),
    "no_open_requests": ("No request is open.", "没有未结请求。"),
    "origin": ("Origin", "来源"),
    "history": ("History", "沿革"),
    "owner": ("Owner", "负责方"),
    "note": ("Briefing note", "简报说明"),
    "linked_requests": ("Requests", "相关请求"),
    "linked_escalations": ("Escalations", "相关升级事项"),
    "side": ("Side", "一方"),
    "requests": ("Requests", "请求数"),
    "acknowledged_on_time": ("Acknowledged on time", "按时确认"),
    "ack_on_time_short": ("Ack. on time", "按时确认"),
    "responded": ("Responded", "已答复"),
    "on_time": ("On time", "按时答复"),
    "on_time_share": ("On-time share", "按时比例"),
    "median_days": ("Median days", "天数中位数"),
    "p90_days": ("90th pct. days", "90%分位天数"),
    "on_time_short": ("On time", "按时"),
    "overdue_count": ("Overdue", "逾期"),
    "reference": ("Reference", "编号"),
    "from_to": ("From → to", "方向"),
    "kind": ("Kind", "类别"),
    "subject": ("Subject", "事由"),
    "received": ("Received", "收到日期"),
    "due": ("Due", "截止日期"),
    "days_overdue": ("Days late", "逾期天数"),
    "raised": ("Raised", "提出日期"),
    "raised_by": ("By", "提出方"),
    "severity": ("Severity", "严重程度"),
    "summary": ("Summary", "摘要"),
    "resolution": ("Resolution", "处理结果"),
    "description": ("Action", "行动事项"),
    "due_on": ("Due", "期限"),
    "from_agenda": ("Agenda item", "所属议题"),
    "answers": ("Answers", "答复数"),
    "in_time_zone": ("{zone} time", "{zone}时间"),
    "document_subject": ("Briefing pack for the {n} meeting", "第{n}次会议简报"),
    "none": ("none", "无"),
}

VOCABULARY_ZH: dict[str, str] = {
    # delegation roles
    "co-chair": "共同主席", "head": "团长", "member": "成员", "expert": "专家", "interpreter": "翻译",
    "note-taker": "记录员",
    # meeting statuses
    "planned": "计划中", "confirmed": "已确认", "held": "已举行", "postponed": "已推迟", "cancelled": "已取消",
    # agenda sources and statuses
    "standing": "常设议题", "escalation": "热线升级", "request": "请求审议", "proposal": "一方提议",
    "open": "未结", "discussed": "已讨论", "resolved": "已解决", "withdrawn": "已撤回", "carried": "已延续",
    # request kinds, statuses and qualities
    "information": "信息", "assistance": "协助", "evidence": "证据", "investigation": "调查",
    "mitigation": "处置", "acknowledged": "已确认", "responded": "已答复", "closed": "已关闭",
    "complete": "完整", "partial": "部分", "insufficient": "不充分", "none": "无答复",
    # severities, action statuses
    "low": "低", "medium": "中", "high": "高", "critical": "紧急", "done": "已完成", "dropped": "已取消",
}

VOCABULARY_EN: dict[str, str] = {
    "co-chair": "Co-chair", "head": "Head of delegation", "member": "Member", "expert": "Expert",
    "interpreter": "Interpreter", "note-taker": "Note-taker", "standing": "Standing item",
    "escalation": "Hotline escalation", "request": "Request review", "proposal": "Proposal",
    "none": "No answer",
}


class Bi(NamedTuple):
    """A value that differs by language (a side's name, a date) for use inside a label."""

    en: str
    zh: str


def label(key: str, language: str, *, sep: str = " / ", **values: Any) -> str:
    """A heading or label in the pack's language; bilingual gives 'English / 中文' (or ``sep``).

    A :class:`Bi` value fills the English text with its ``en`` and the Chinese with its ``zh``."""
    en, zh = LABELS[key]
    en_values = {k: (v.en if isinstance(v, Bi) else v) for k, v in values.items()}
    zh_values = {k: (v.zh if isinstance(v, Bi) else v) for k, v in values.items()}
    if "n" in values and key in ("meeting_title", "document_subject"):
        en_values["n"] = ordinal_en(int(en_values["n"]))
    return pick(en.format(**en_values), zh.format(**zh_values), language, sep=sep)


def word(value: str, language: str, *, sep: str = " / ") -> str:
    """A vocabulary word (role, status, kind) as the pack prints it."""
    value = (value or "").strip()
    en = VOCABULARY_EN.get(value, value.replace("-", " ").capitalize())
    return pick(en, VOCABULARY_ZH.get(value, value), language, sep=sep)


def format_date(d: date | None, language: str, *, sep: str = " / ") -> str:
    if d is None:
        return "—"
    return pick(f"{d.day} {d.strftime('%b')} {d.year}", f"{d.year}年{d.month}月{d.day}日", language, sep=sep)


def bi_date(d: date | None) -> Bi:
    return Bi(format_date(d, "en"), format_date(d, "zh"))


def short_date(d: date | None) -> str:
    """Dates in tables: ISO, compact and read the same way in both languages."""
    return d.isoformat() if d else "—"


def format_date_range(start: date, end: date, language: str) -> str:
    if start == end:
        return format_date(start, language)
    en = (f"{start.day}–{end.day} {end.strftime('%b')} {end.year}"
          if (start.year, start.month) == (end.year, end.month)
          else f"{format_date(start, 'en')} – {format_date(end, 'en')}")
    return pick(en, f"{format_date(start, 'zh')}至{format_date(end, 'zh')}", language)


def side_name(side: PackSide | None, language: str, *, sep: str = " / ") -> str:
    if side is None:
        return "—"
    return pick(side.name_en, side.name_zh or side.name_en, language, sep=sep)


def bi_side(side: PackSide | None) -> Bi:
    return Bi(side_name(side, "en"), side_name(side, "zh"))


class Section(str, Enum):
    """The sections of a pack, with stable bookmark keys (the same on every build pass)."""

    CONTENTS = "contents"
    LOGISTICS = "logistics"
    DELEGATIONS = "delegations"
    AGENDA = "agenda"
    REVIEW = "review"
    ESCALATIONS = "escalations"
    ACTIONS = "actions"
    ANNEX = "annex"


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

    def as_json(self) -> dict:
        """The public JSON of ``delegation list``."""
        return {"id": self.id, "meeting": self.meeting_number, "delegate": self.delegate_key,
                "delegate_id": self.delegate_id, "name": self.name, "native_name": self.native_name or None,
                "title": self.title or None, "side": self.side_code, "agency": self.agency_acronym or None,
                "role": self.role, "position": self.position, "attended": self.attended,
                "represented_by": self.represented_by or None, "version": self.version}


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

    def as_json(self) -> dict:
        return {"id": self.id, "meeting": self.meeting_number, "batch": self.batch, "copy": self.copy_number,
                "of": self.copies_total, "recipient": self.recipient_name, "marking": self.marking,
                "language": self.language, "paper": self.paper, "file": self.file_name, "sha256": self.sha256,
                "issued_at": self.issued_at.isoformat(), "issued_by": self.issued_by}


def latin_name(family: str, given: str) -> str:
    """Family name in capitals first, as protocol lists print it ("ZHANG Wei")."""
    return " ".join(p for p in ((family or "").strip().upper(), (given or "").strip()) if p)


def copy_file_name(stem: str, number: int, total: int, recipient_key: str) -> str:
    """``pack-copy03of12-zhang.wei.pdf``: sortable, one per recipient, safe on every file system."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-" for ch in recipient_key)
    safe = "-".join(p for p in safe.split("-") if p)[:60] or "recipient"
    width = max(2, len(str(total)))
    return f"{stem}-copy{number:0{width}d}of{total}-{safe}.pdf"
