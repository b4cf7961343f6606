"""The pack's sections of issues 15-17: outcomes of the previous meeting, since the last meeting, the
commitments (overdue, due soon), the running order, the meeting's venue, address, logistics and notes in
the pack's language, and the page at a glance. Each is read back from the PDF (pypdf), in English, Chinese
and both, and is absent when there is nothing to say."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from dialogue_planner.domain.briefing import (
    PackAction,
    PackActivity,
    PackOptions,
    PackOutcomeParagraph,
    PackOutcomes,
    PackSlot,
)
from dialogue_planner.reports import render_pack
from dialogue_planner.reports.wording import label

from .pdf_reading import flat_text, outline
from .samples import demo_pack

LANGUAGES = ("en", "zh", "bilingual")


def squeeze(text: str) -> str:
    return "".join(text.split())


def slot(start: datetime, minutes: int) -> tuple[PackSlot, PackSlot]:
    beijing, washington = ZoneInfo("Asia/Shanghai"), ZoneInfo("America/New_York")
    begin = start.replace(tzinfo=beijing)
    end = begin + timedelta(minutes=minutes)
    return (
        PackSlot("CN", "Asia/Shanghai", begin, end),
        PackSlot("US", "America/New_York", begin.astimezone(washington), end.astimezone(washington)),
    )


def full_pack():
    base = demo_pack()
    agenda = list(base.agenda)
    agenda[0] = replace(
        agenda[0],
        lead="GUO Shengkun (郭声琨)",
        lead_side="CN",
        day=1,
        times=slot(datetime(2016, 6, 14, 9, 30), 45),
    )
    agenda[1] = replace(agenda[1], lead="JOHNSON Jeh", lead_side="US")
    meeting = replace(
        base.meeting,
        venue_zh="钓鱼台国宾馆5号楼",
        address="2 Fucheng Road, Haidian District",
        address_zh="海淀区阜成路2号",
        logistics_zh="代表团于6月13日抵达。",
        notes="Working dinner hosted by the Chinese side.",
        notes_zh="",
    )
    outcomes = PackOutcomes(
        1,
        2,
        False,
        (
            PackOutcomeParagraph(
                1, "Both sides agreed to test the hotline every quarter.", "双方同意每季度测试热线。"
            ),
            PackOutcomeParagraph(2, "The sides will exchange points of contact within 30 days.", ""),
        ),
    )
    activities = (
        PackActivity(
            "hotline-test",
            date(2016, 3, 15),
            place="Hotline desks",
            participants=("OKAFOR Rachel",),
            summary_en="The test call was answered within four minutes.",
            summary_zh="测试电话四分钟内接听。",
        ),
        PackActivity(
            "tabletop-exercise",
            date(2016, 4, 20),
            date(2016, 4, 22),
            place="Washington",
            participants=("QUINN James", "ZHANG Wei"),
            summary_en="Ransomware against a power utility.",
        ),
    )
    actions = (
        PackAction(
            "Share the points of contact of both hotline desks",
            "US — DHS — OKAFOR Rachel",
            date(2016, 2, 1),
            "open",
            "Hotline use",
            overdue=True,
            description_zh="共享双方热线联络点",
            days_overdue=133,
            meeting=1,
        ),
        PackAction(
            "Send the exercise report", "US — FBI", date(2016, 6, 20), "in-progress", due_soon=True, meeting=1
        ),
        PackAction("Propose a template for status updates", "CN — MPS", date(2016, 9, 1), "open", meeting=1),
    )
    return replace(
        base,
        agenda=tuple(agenda),
        meeting=meeting,
        previous_outcomes=outcomes,
        activities=activities,
        activities_from=date(2015, 12, 2),
        activities_to=date(2016, 6, 13),
        actions=actions,
        due_soon_days=14,
    )


def empty_pack():
    base = demo_pack()
    meeting = replace(base.meeting, logistics="", logistics_zh="", notes="", notes_zh="", address="")
    return replace(
        base,
        meeting=meeting,
        previous_outcomes=None,
        activities=(),
        actions=(),
        agenda=(),
        open_requests=(),
        escalations=(),
    )


@pytest.fixture(scope="module")
def texts():
    return {
        lang: flat_text(render_pack(full_pack(), PackOptions(language=lang, deterministic=True)).pdf)
        for lang in LANGUAGES
    }


@pytest.fixture(scope="module")
def empty_texts():
    return {
        lang: flat_text(render_pack(empty_pack(), PackOptions(language=lang, deterministic=True)).pdf)
        for lang in LANGUAGES
    }


def has(text: str, *parts: str) -> None:
    for part in parts:
        assert squeeze(part) in text, part


def lacks(text: str, *parts: str) -> None:
    for part in parts:
        assert squeeze(part) not in text, part


# -- outcomes of the previous meeting ----------------------------------------------------------------
def test_outcomes_of_the_previous_meeting_in_each_language(texts):
    has(
        texts["en"],
        "Outcomes of the previous meeting",
        "Joint summary of outcomes of the 1st meeting, version 2",
        "Proposed, NOT YET AGREED",
        "Both sides agreed to test the hotline every quarter.",
        "The sides will exchange points of contact within 30 days.",
    )
    lacks(texts["en"], "双方同意每季度测试热线。")
    has(
        texts["zh"],
        "上次会议成果",
        "第1次会议共同成果摘要（第2版）",
        "已提出，尚未商定",
        "双方同意每季度测试热线。",
        # no Chinese for paragraph 2: the English, marked untranslated
        "The sides will exchange points of contact within 30 days.",
        "【英文原文，尚未翻译】",
    )
    lacks(texts["zh"], "Both sides agreed to test the hotline every quarter.")
    has(
        texts["bilingual"], "Both sides agreed to test the hotline every quarter.", "双方同意每季度测试热线。"
    )


def test_final_outcomes_say_agreed():
    pack = full_pack()
    pack = replace(pack, previous_outcomes=replace(pack.previous_outcomes, agreed=True))
    text = flat_text(render_pack(pack, PackOptions()).pdf)
    has(text, "Final: agreed by both sides.")
    lacks(text, "NOT YET AGREED")


def test_no_outcomes_no_section(empty_texts):
    for lang in LANGUAGES:
        lacks(empty_texts[lang], label("outcomes", lang))
    no_paragraphs = replace(full_pack(), previous_outcomes=PackOutcomes(1, 1, True, ()))
    lacks(flat_text(render_pack(no_paragraphs, PackOptions()).pdf), "Outcomes of the previous meeting")


# -- since the last meeting --------------------------------------------------------------------------
def test_since_the_last_meeting(texts):
    has(
        texts["en"],
        "Since the last meeting",
        "Activities from 2 Dec 2015 to 13 Jun 2016",
        "Hotline test",
        "15 Mar 2016",
        "Hotline desks",
        "OKAFOR Rachel",
        "The test call was answered within four minutes.",
        "Tabletop exercise",
        "20–22 Apr 2016",
        "QUINN James",
        "Ransomware against a power utility.",
    )
    has(
        texts["zh"],
        "上次会议以来的活动",
        "热线测试",
        "桌面推演",
        "测试电话四分钟内接听。",
        "2016年4月20日至22日",
        "Ransomware against a power utility.",
        "【英文原文，尚未翻译】",
    )
    lacks(texts["zh"], "The test call was answered within four minutes.")
    has(texts["bilingual"], "The test call was answered within four minutes.", "测试电话四分钟内接听。")


def test_no_activities_no_section(empty_texts):
    for lang in LANGUAGES:
        lacks(empty_texts[lang], label("since", lang))


# -- commitments -------------------------------------------------------------------------------------
def test_commitments_overdue_and_due_soon(texts):
    en = texts["en"]
    has(
        en,
        "Commitments",
        "Overdue commitments",
        "Days late",
        "133",
        "US — DHS — OKAFOR Rachel",
        "Share the points of contact of both hotline desks",
        "made at the 1st meeting",
        "Due within 14 days",
        "Send the exercise report",
        "In progress",
        "Other open commitments",
        "Propose a template for status updates",
    )
    assert (
        en.index(squeeze("Overdue commitments"))
        < en.index(squeeze("Due within 14 days"))
        < en.index(squeeze("Other open commitments"))
    )
    lacks(en, "Open action items")
    has(
        texts["zh"],
        "承诺事项",
        "逾期承诺事项",
        "14天内到期",
        "共享双方热线联络点",
        "进行中",
        "其他未完成的承诺事项",
    )
    has(texts["bilingual"], "Overdue commitments / 逾期承诺事项")


def test_only_the_groups_with_commitments_are_printed():
    pack = full_pack()
    text = flat_text(render_pack(replace(pack, actions=pack.actions[1:2]), PackOptions()).pdf)
    has(text, "Due within 14 days", "Send the exercise report")
    lacks(text, "Overdue commitments", "Other open commitments")


def test_no_commitments_says_so(empty_texts):
    has(empty_texts["en"], "No commitments are open.")
    has(empty_texts["zh"], "没有未完成的承诺事项。")
    lacks(empty_texts["en"], "Overdue commitments", "Due within")


# -- running order -----------------------------------------------------------------------------------
def test_running_order_with_both_clocks_and_leads(texts):
    en = texts["en"]
    has(
        en,
        "Running order",
        "Lead speaker",
        "Day 1",
        "09:30–10:15 CST (Beijing)",
        "21:30–22:15 EDT (Washington)",
        "13 Jun 2016",
        "GUO Shengkun (郭声琨)",
        "JOHNSON Jeh",
        "time not set",
    )
    has(
        texts["zh"],
        "会议流程",
        "主讲人",
        "第1天",
        "09:30–10:15 CST (北京)",
        "21:30–22:15 EDT (华盛顿)",
        "时间未定",
    )
    has(texts["bilingual"], "Running order / 会议流程")
    titles = [t for _, t, _ in outline(render_pack(full_pack(), PackOptions()).pdf)]
    assert titles.index("Agenda") + 1 == titles.index("Running order")


def test_no_leads_nor_times_no_running_order():
    text = flat_text(render_pack(demo_pack(), PackOptions()).pdf)
    lacks(text, "Running order", "Day 1", "time not set")


# -- venue, address, logistics and notes ---------------------------------------------------------------
def test_meeting_texts_in_the_pack_language(texts):
    has(
        texts["en"],
        "Diaoyutai State Guesthouse, Building 5",
        "2 Fucheng Road, Haidian District",
        "Delegations arrive on 13 June.",
        "Notes",
        "Working dinner hosted by the Chinese side.",
    )
    lacks(texts["en"], "钓鱼台国宾馆5号楼", "代表团于6月13日抵达。")
    zh = texts["zh"]
    has(
        zh,
        "钓鱼台国宾馆5号楼",
        "海淀区阜成路2号",
        "代表团于6月13日抵达。",
        "备注",
        "Working dinner hosted by the Chinese side.",
        "【英文原文，尚未翻译】",
    )
    lacks(zh, "Delegations arrive on 13 June.", "2 Fucheng Road")
    has(
        texts["bilingual"],
        "Diaoyutai State Guesthouse, Building 5",
        "钓鱼台国宾馆5号楼",
        "Delegations arrive on 13 June.",
        "代表团于6月13日抵达。",
    )


def test_no_notes_no_notes_heading(empty_texts):
    lacks(empty_texts["en"], "Address", "Notes")
    has(empty_texts["en"], "The secretariat has not entered logistics for this meeting yet.")
    lacks(empty_texts["zh"], "备注", "地址")


# -- at a glance ---------------------------------------------------------------------------------------
def test_at_a_glance(texts):
    en = texts["en"]
    has(
        en,
        "At a glance",
        "This round's objectives",
        "Cases of mutual concern",
        "Requests awaiting an answer from United States",
        "Open escalations",
        "No answer on US-2016-0003",
        "Commitments overdue or due soon",
    )
    glance = en[
        en.index(squeeze("At a glance"), en.index(squeeze("Contents")) + 200) : en.index(
            squeeze("Logistics"), 400
        )
    ]
    assert squeeze("Scope agreed by phone") not in glance  # a resolved escalation is not open
    assert squeeze("Propose a template for status updates") not in glance  # neither overdue nor due soon
    has(texts["zh"], "要点概览", "本轮会议目标", "逾期或即将到期的承诺事项")


def test_a_long_agenda_keeps_the_page_at_a_glance_readable():
    """Twelve objectives in the agenda's order and the eight most severe open escalations, each list
    followed by how many more there are: a page of every item of a long agenda was set too small to read."""
    from dialogue_planner.domain.briefing import PackAgendaItem, PackEscalation
    from dialogue_planner.reports.continuity import GLANCE_ESCALATIONS, GLANCE_OBJECTIVES

    base = demo_pack()
    agenda = tuple(PackAgendaItem(n, f"Objective number {n:03d}", status="open") for n in range(1, 41))
    severities = ("low", "medium", "high", "critical")
    escalations = tuple(
        PackEscalation(
            f"HL-2016-{n:03d}", date(2016, 3, 1), "US", severities[n % 4], f"Escalated case {n:03d}", "open"
        )
        for n in range(1, 21)
    )
    pdf = render_pack(
        replace(base, agenda=agenda, escalations=escalations, actions=(), open_requests=()),
        PackOptions(language="en", deterministic=True),
    ).pdf
    en = flat_text(pdf)
    start = en.index(squeeze("This round's objectives"))
    glance = en[start : en.index(squeeze("Logistics"), start)]
    shown = [n for n in range(1, 41) if squeeze(f"Objective number {n:03d}") in glance]
    assert shown == list(range(1, GLANCE_OBJECTIVES + 1))
    has(glance, f"and {40 - GLANCE_OBJECTIVES} more (see the Agenda)")
    cases = [n for n in range(1, 21) if squeeze(f"Escalated case {n:03d}") in glance]
    assert len(cases) == GLANCE_ESCALATIONS and all(severities[n % 4] in ("critical", "high") for n in cases)
    has(glance, f"and {20 - GLANCE_ESCALATIONS} more (see Escalations)")
    zh = flat_text(
        render_pack(
            replace(base, agenda=agenda, escalations=escalations, actions=(), open_requests=()),
            PackOptions(language="zh", deterministic=True),
        ).pdf
    )
    has(zh, f"另有{40 - GLANCE_OBJECTIVES}项（见议程）", f"另有{20 - GLANCE_ESCALATIONS}项（见热线升级事项）")


def test_nothing_open_no_page_at_a_glance(empty_texts):
    for lang in LANGUAGES:
        lacks(empty_texts[lang], label("glance", lang))


# -- from the database ---------------------------------------------------------------------------------
def test_assemble_pack_reads_outcomes_activities_commitments_and_slots(scene):
    from dialogue_planner.services.activities import add_activity
    from dialogue_planner.services.agenda import add_item
    from dialogue_planner.services.briefing import assemble_pack, render_meeting_pack
    from dialogue_planner.services.commitments import add_commitment
    from dialogue_planner.services.meetings import add_meeting, update_meeting
    from dialogue_planner.services.outcomes import add_paragraph, propose_outcomes
    from dialogue_planner.services.running_order import set_item_slot

    ctx, first = scene.ctx, scene.meeting
    second = add_meeting(
        ctx,
        start=date(2016, 6, 14),
        host="CN",
        city="Beijing",
        start_time=time(9, 30),
        end_time=time(17, 0),
        today=date(2015, 10, 1),
    ).number
    before = assemble_pack(ctx, second, today=date(2016, 6, 1))
    assert before.previous_outcomes is None and before.activities == () and before.actions == ()

    add_paragraph(ctx, first, "The hotline is established.", "热线已建立。")
    propose_outcomes(ctx, first)
    add_activity(
        ctx,
        kind="hotline-test",
        start=date(2016, 3, 15),
        place="Hotline desks",
        participants=[scene.keys["cn_member"]],
        summary_en="Answered in four minutes.",
    )
    add_activity(ctx, kind="visit", start=date(2015, 11, 1), summary_en="Before the first meeting.")
    add_commitment(
        ctx,
        first,
        text="Exchange contacts",
        text_zh="交换联络人",
        owner="US",
        owner_person=scene.keys["us_chair"],
        due_on=date(2016, 1, 10),
    )
    add_commitment(ctx, first, text="Send the report", owner="CN", due_on=date(2016, 6, 10))
    item = add_item(ctx, meeting=second, title="Review of requests", title_zh="请求审议")
    set_item_slot(ctx, item.id, lead=scene.keys["cn_head"], day=1, start=time(9, 30), minutes=45)
    update_meeting(
        ctx,
        second,
        venue="Diaoyutai",
        venue_zh="钓鱼台",
        address="Fucheng Road",
        notes="Dinner",
        today=date(2015, 10, 1),
    )

    pack = assemble_pack(ctx, second, today=date(2016, 6, 1))
    assert pack.previous_outcomes is not None
    assert (pack.previous_outcomes.meeting, pack.previous_outcomes.agreed) == (first, False)
    assert [(p.text_en, p.text_zh) for p in pack.previous_outcomes.paragraphs] == [
        ("The hotline is established.", "热线已建立。")
    ]
    assert [a.summary_en for a in pack.activities] == ["Answered in four minutes."]  # not the one before
    assert pack.activities[0].participants and pack.activities_to == date(2016, 6, 13)
    overdue, soon = pack.actions
    assert (overdue.description, overdue.description_zh, overdue.overdue, overdue.days_overdue) == (
        "Exchange contacts",
        "交换联络人",
        True,
        143,
    )
    assert "JOHNSON Jeh" in overdue.owner and overdue.meeting == first
    assert (soon.overdue, soon.due_soon, soon.days_overdue) == (False, True, 0)
    (agenda_item,) = pack.agenda
    assert (
        agenda_item.lead.startswith("GUO Shengkun") and agenda_item.lead_side == "CN" and agenda_item.day == 1
    )
    assert {t.side_code for t in agenda_item.times} == {"US", "CN"}
    assert (pack.meeting.venue_zh, pack.meeting.address, pack.meeting.notes) == (
        "钓鱼台",
        "Fucheng Road",
        "Dinner",
    )

    text = flat_text(render_meeting_pack(ctx, second, PackOptions(language="zh"), today=date(2016, 6, 1)).pdf)
    has(text, "热线已建立。", "上次会议以来的活动", "交换联络人", "会议流程", "钓鱼台")


def test_a_missing_glyph_in_the_new_sections_names_the_field():
    from dialogue_planner.reports import FontCoverageError

    pack = full_pack()
    pack = replace(
        pack,
        activities=(replace(pack.activities[0], summary_en="Call 😀"),),
        previous_outcomes=replace(pack.previous_outcomes, paragraphs=(PackOutcomeParagraph(1, "Agreed 😀"),)),
        meeting=replace(pack.meeting, address_zh="地址 😀"),
    )
    with pytest.raises(FontCoverageError) as caught:
        render_pack(pack, PackOptions())
    message = str(caught.value)
    assert "activity 1 since the last meeting, summary (English)" in message
    assert "outcomes of the previous meeting, paragraph 1, text (English)" in message
    assert "meeting 2, address (Chinese)" in message
