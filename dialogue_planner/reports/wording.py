"""The pack's words in English and Simplified Chinese: headings and labels, the vocabulary, dates, side
names and an item's carry-over history, as the PDF prints them (one language, or both in a bilingual pack).

The pack itself is plain records (``domain.briefing``); only the renderer words it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from dialogue_planner.domain.briefing import PackLanguage, PackSide
from dialogue_planner.domain.meetings import ordinal

_TIMES_EN = {1: "once", 2: "twice"}
NO_SHARE = "–"  # a share or figure with nothing to divide by

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
        parts_en.append(f"first raised at the {ordinal(first_raised)} meeting")
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
    "timeliness": ("Timeliness by responding side", "各答复方办理时效"),
    "disputed": (
        "{n} records still disputed with the other side's secretariat",
        "仍有{n}条记录与对方秘书处存在分歧",
    ),
    "timeliness_chart": ("Share handled on time, by responding side", "各答复方按时办理比例"),
    "timeliness_note": (
        (
            'Each column is the side that received the requests and owed the answers. "Requests" counts the '
            'requests received in the period; "Ack. on time" and "Answered" count those requests; the '
            "on-time share is answers on time over the requests whose answer was due or given; days are whole "
            'days from receipt to answer; "Overdue" counts requests owed on the review date, whenever '
            "received. – : nothing to divide by (no share without a denominator)."
        ),
        (
            "每列为收到请求、负责答复的一方。“请求数”为本期间收到的请求；“按时确认”“已答复”均就这些请求计数；"
            "按时比例为按时答复数除以已到期或已答复的请求数；天数为自收到至答复的整日数；“逾期”为审议日仍欠答复的"
            "请求（不论何时收到）。– 表示无可计算的分母。"
        ),
    ),
    "ack_share_series": ("Acknowledged on time, of requests received", "按时确认（占收到请求）"),
    "on_time_share_series": ("Answered on time, of answers due or given", "按时答复（占到期或已答复）"),
    "quality_note": (
        (
            'Counts of the answers given to the requests received in the period, by rating; "Answers" '
            'leaves out "No answer".'
        ),
        "本期间收到的请求所获答复按质量等级计数；“答复数”不含“无答复”。",
    ),
    "no_overdue_still": (
        "None of the {n} requests counted as overdue in the table above is still awaiting an answer.",
        "上表计为逾期的{n}项请求均已不再等待答复。",
    ),
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
    "no_logistics": (
        "The secretariat has not entered logistics for this meeting yet.",
        "秘书处尚未填写本次会议的会务安排。",
    ),
    "no_requests": ("No requests were received in this period.", "本期间未收到请求。"),
    "no_overdue": ("No request is overdue.", "没有逾期请求。"),
    "no_escalations": ("No escalations were raised in this period.", "本期间没有热线升级事项。"),
    "hotline_response": (
        "Hotline response by responding side (the side that acknowledges and resolves what the other raised)",
        "各答复方的热线响应情况（答复方确认收到并解决另一方提出的事项）",
    ),
    "responding_side": ("Responding side", "答复方"),
    "escalation_count": ("Count", "数量"),
    "acknowledged_within": ("Acknowledged within target", "在目标时间内确认收到"),
    "resolved_within": ("Resolved within target", "在目标时间内解决"),
    "median_to_acknowledge": ("Median hours to acknowledge", "确认收到小时数中位数"),
    "median_to_resolve": ("Median hours to resolve", "解决小时数中位数"),
    "none_due": ("– (none due)", "–（无到期事项）"),
    "none_recorded": ("– (none recorded)", "–（无记录）"),
    "not_recorded": ("– (times not recorded)", "–（未记录时间）"),
    "met_of": ("{met} of {of} ({share}\u00a0%)", "{of}项中{met}项（{share}%）"),
    "hours_of": ("{hours} h (of {of})", "{hours}小时（共{of}项）"),
    "hotline_note": (
        "Counted: escalations answered, or unanswered after their target; not counted: those not yet due "
        "and those whose time was not recorded.",
        "计入：已答复的升级事项，以及超过目标时间仍未答复的事项；不计入：尚未到期及未记录时间的事项。",
    ),
    "no_actions": ("No commitments are open.", "没有未完成的承诺事项。"),
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
    "responded": ("Answered", "已答复"),
    "on_time": ("On time", "按时答复"),
    "on_time_share": ("On-time share", "按时比例"),
    "median_days": ("Median days", "中位天数"),
    "p90_days": ("90th pct. days", "90%分位天数"),
    "on_time_short": ("On time", "按时"),
    "overdue_count": ("Overdue", "逾期"),
    # the clock of a request (issue 16)
    "on_time_extension": ("On time only under an extension", "依延期按时答复"),
    "extended_count": ("Extended", "已延期"),
    "paused_count": ("Clock paused", "曾暂停计时"),
    "paused_days": ("Days paused", "暂停天数"),
    "clock_note": (
        (
            "Due dates are those in force: a request's clock stops while it is paused (for instance while "
            'the requesting side is asked to clarify), and an agreed extension moves its due date. "On time '
            'only under an extension" counts the answers on time that came after the due date first set '
            '(plus pauses); they are part of "On time". "Days paused" adds up the paused days of the '
            "period's requests."
        ),
        (
            "截止日期为现行日期：请求暂停期间（例如请请求方澄清时）不计时，经商定的延期则推后截止日期。"
            "“依延期按时答复”为晚于最初截止日期（含暂停天数）但在延期内作出的按时答复，已计入“按时答复”。"
            "“暂停天数”为本期间请求的暂停天数之和。"
        ),
    ),
    "investigations": ("Status and results of investigations", "调查进展和结果"),
    "investigation_progress": ("Progress", "进展"),
    "investigation_result": ("Result", "结果"),
    "no_investigations": ("No progress or result was reported in the period.", "本期间未通报进展或结果。"),
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
    # the meeting's place and notes (logistics section)
    "address": ("Address", "地址"),
    "number": ("No.", "序号"),
    "meeting_notes": ("Notes", "备注"),
    "untranslated": ("[English; not yet translated]", "【英文原文，尚未翻译】"),
    # document control: the translation's completeness (Chinese and bilingual packs)
    "control": ("Document control", "文件控制"),
    "control_language": ("Language of this copy", "本份语言"),
    "control_language_zh": ("Chinese", "中文"),
    "control_language_bilingual": ("English and Chinese", "中英文对照"),
    "control_texts": ("Texts entered by the secretariat", "秘书处录入的文字"),
    "control_texts_count": ("{n} printed", "共{n}项"),
    "control_untranslated": ("Not yet translated", "尚未翻译"),
    "control_untranslated_count": (
        "{k} of {n}: printed in English, marked {mark}",
        "{n}项中{k}项，以英文原文印出，并标注{mark}",
    ),
    "control_all_translated": ("none: every text has its Chinese", "无，全部文字均有中文"),
    "control_by_kind": ("Untranslated, by record", "未翻译项目分布"),
    "kind_meeting": ("meeting", "会议"),
    "kind_delegate": ("delegate titles", "代表职务"),
    "kind_agenda item": ("agenda items", "议程项目"),
    "kind_outcomes": ("outcomes", "会议成果"),
    "kind_activity": ("activities", "活动"),
    "kind_escalation": ("escalations", "升级事项"),
    "kind_request": ("requests", "请求"),
    "kind_commitment": ("commitments", "承诺事项"),
    # outcomes of the previous meeting
    "outcomes": ("Outcomes of the previous meeting", "上次会议成果"),
    "outcomes_of": (
        "Joint summary of outcomes of the {n} meeting, version {v}",
        "第{n}次会议共同成果摘要（第{v}版）",
    ),
    "outcomes_final": ("Final: agreed by both sides.", "定稿：双方已商定。"),
    "outcomes_proposed": (
        "Proposed, NOT YET AGREED: the text may still change.",
        "已提出，尚未商定：文本仍可能修改。",
    ),
    # activities between meetings
    "since": ("Since the last meeting", "上次会议以来的活动"),
    "since_period": ("Activities from {start} to {end}", "{start}至{end}期间的活动"),
    "since_before": ("Activities up to {end}", "截至{end}的活动"),
    "activity": ("Activity", "活动"),
    "place": ("Place", "地点"),
    "participants": ("Participants", "参加人员"),
    # commitments
    "commitments": ("Commitments", "承诺事项"),
    "commitments_overdue": ("Overdue commitments", "逾期承诺事项"),
    "commitments_due_soon": ("Due within {days} days", "{days}天内到期"),
    "commitments_other": ("Other open commitments", "其他未完成的承诺事项"),
    "commitment": ("Commitment", "承诺事项"),
    "made_at": ("made at the {n} meeting", "第{n}次会议作出"),
    "days_left": ("Days left", "剩余天数"),
    "due_today": ("today", "今天"),
    # attached documents
    "documents": ("Documents", "文件"),
    "attached_documents": ("Attached documents", "附带文件"),
    "attached_to": ("Attached to", "所属"),
    "size": ("Size", "大小"),
    "document_note": ("Note", "说明"),
    "document": ("Document", "文件"),
    "appended_state": ("In this pack", "本简报"),
    "appended": ("appended at the end of this pack", "附于本简报末尾"),
    "not_pdf": ("not a PDF: listed, not appended", "非PDF文件：仅列出，未附上"),
    "could_not_append": (
        "could not be appended (damaged or protected PDF)",
        "无法附上（PDF文件损坏或受保护）",
    ),
    "listed_only": ("listed only", "仅列出"),
    "documents_note": (
        "Documents attached to the agenda items and requests of this pack. Documents kept to one side are "
        "printed only in that side's packs.",
        "本简报议题和请求所附文件。仅限一方的文件只印入该方的简报。",
    ),
    # running order
    "running_order": ("Running order", "会议流程"),
    "item": ("Item", "议题"),
    "lead": ("Lead speaker", "主讲人"),
    "day_n": ("Day {d}", "第{d}天"),
    "no_slot": ("time not set", "时间未定"),
    "ends_on": ("ending {date}", "{date}结束"),
    # at a glance
    "glance": ("At a glance", "要点概览"),
    "objectives": ("This round's objectives", "本轮会议目标"),
    "glance_requests": ("Requests awaiting an answer from {side}", "待{side}答复的请求"),
    "glance_more": ("and {n} more (see the annex)", "另有{n}项（见附件）"),
    "glance_more_commitments": ("and {n} more (see Commitments)", "另有{n}项（见承诺事项）"),
    "glance_more_items": ("and {n} more (see the Agenda)", "另有{n}项（见议程）"),
    "glance_more_escalations": ("and {n} more (see Escalations)", "另有{n}项（见热线升级事项）"),
    "glance_escalations": ("Open escalations", "未结热线升级事项"),
    "glance_commitments": ("Commitments overdue or due soon", "逾期或即将到期的承诺事项"),
    "glance_nothing": ("nothing open", "无未结事项"),
    # contact sheet and glossary (annex)
    "contacts": ("Contact sheet", "联络表"),
    "contacts_secretariat": ("Secretariats", "秘书处"),
    "contacts_liaison": ("Liaison officers", "联络官"),
    "contacts_hotline": ("Hotline contact points", "热线联络点"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "电子邮箱"),
    "no_contacts": (
        "No contact is recorded: each side's secretariat is set in the briefing defaults.",
        "尚无联络信息：各方秘书处在简报默认设置中填写。",
    ),
    "glossary": ("Glossary", "术语表"),
    "glossary_note": (
        "The dialogue's terms, its standing items and both sides' agencies, in English and Chinese.",
        "对话机制用语、常设议题及双方机构的中英文对照。",
    ),
    "no_terms": ("No terms.", "无术语。"),
    "english": ("English", "英文"),
    "chinese": ("Chinese", "中文"),
}

VOCABULARY_ZH: dict[str, str] = {
    # delegation roles
    "co-chair": "共同主席",
    "head": "团长",
    "member": "成员",
    "expert": "专家",
    "interpreter": "翻译",
    "note-taker": "记录员",
    # meeting statuses
    "planned": "计划中",
    "confirmed": "已确认",
    "held": "已举行",
    "postponed": "已推迟",
    "cancelled": "已取消",
    # agenda sources and statuses
    "standing": "常设议题",
    "escalation": "热线升级",
    "request": "请求审议",
    "proposal": "一方提议",
    "open": "未结",
    "discussed": "已讨论",
    "resolved": "已解决",
    "withdrawn": "已撤回",
    "carried": "已延续",
    # request kinds, statuses and qualities
    "information": "信息",
    "assistance": "协助",
    "evidence": "证据",
    "investigation": "调查",
    "mitigation": "处置",
    "acknowledged": "已确认收到",
    "responded": "已答复",
    "closed": "已关闭",
    "complete": "完整",
    "partial": "部分",
    "insufficient": "不充分",
    "none": "无答复",
    # severities, action statuses
    "low": "低",
    "medium": "中",
    "high": "高",
    "critical": "紧急",
    "done": "已完成",
    "dropped": "已放弃",
    "in-progress": "进行中",
    # activity kinds
    "tabletop-exercise": "桌面推演",
    "expert-seminar": "专家研讨会",
    "hotline-test": "热线测试",
    "working-level-call": "工作层通话",
    "visit": "访问",
}

VOCABULARY_EN: dict[str, str] = {
    "co-chair": "Co-chair",
    "head": "Head of delegation",
    "member": "Member",
    "expert": "Expert",
    "interpreter": "Interpreter",
    "note-taker": "Note-taker",
    "standing": "Standing item",
    "escalation": "Hotline escalation",
    "request": "Request review",
    "proposal": "Proposal",
    "working-level-call": "Working-level call",
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
    if "n" in values and key in ("meeting_title", "document_subject", "outcomes_of", "made_at"):
        en_values["n"] = ordinal(int(en_values["n"]))
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


def short_date(d: date | None, language: str = "en") -> str:
    """Dates in tables: the pack's one date format per language (a bilingual cell holds both, one a line)."""
    if d is None:
        return "—"
    en = f"{d.day}\xa0{d.strftime('%b')}\xa0{d.year}"  # a date never breaks across lines
    return pick(en, format_date(d, "zh"), language, sep="\n")


def format_date_range(start: date, end: date, language: str) -> str:
    if start == end:
        return format_date(start, language)
    en = (
        f"{start.day}–{end.day} {end.strftime('%b')} {end.year}"
        if (start.year, start.month) == (end.year, end.month)
        else f"{format_date(start, 'en')} – {format_date(end, 'en')}"
    )
    zh = (
        f"{format_date(start, 'zh')}至{end.day}日"
        if (start.year, start.month) == (end.year, end.month)
        else f"{format_date(start, 'zh')}至{format_date(end, 'zh')}"
    )
    return pick(en, zh, language)


def side_name(side: PackSide | None, language: str, *, sep: str = " / ") -> str:
    if side is None:
        return "—"
    return pick(side.name_en, side.name_zh or side.name_en, language, sep=sep)


def bi_side(side: PackSide | None) -> Bi:
    return Bi(side_name(side, "en"), side_name(side, "zh"))


# The capital a dialogue's side keeps its time by, where the zone's own name is another city.
ZONE_PLACES: dict[str, tuple[str, str]] = {
    "America/New_York": ("Washington", "华盛顿"),
    "Asia/Shanghai": ("Beijing", "北京"),
    "Asia/Hong_Kong": ("Hong Kong", "香港"),
    "Europe/London": ("London", "伦敦"),
    "UTC": ("", ""),
}


def zone_place(zone: str, language: str) -> str:
    """The place a time zone is named for in the pack ('Washington' for America/New_York)."""
    en, zh = ZONE_PLACES.get(zone, (zone.rsplit("/", 1)[-1].replace("_", " "), ""))
    return pick(en, zh or en, language)
