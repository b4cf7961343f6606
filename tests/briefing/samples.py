"""Briefing packs built in memory for the renderer's tests and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from dialogue_planner.domain.briefing import (
    BriefingPack,
    PackAction,
    PackAgendaItem,
    PackDelegate,
    PackDelegation,
    PackEscalation,
    PackMeeting,
    PackRequest,
    PackSide,
)
from dialogue_planner.domain.timeliness import SideTimeliness

US = PackSide("US", "United States", "美国", "America/New_York", "letter")
CN = PackSide("CN", "China", "中国", "Asia/Shanghai", "a4")


def us_delegation() -> PackDelegation:
    return PackDelegation(
        US,
        (
            PackDelegate(
                "JOHNSON Jeh",
                title="Secretary of Homeland Security",
                agency_acronym="DHS",
                agency_name_en="Department of Homeland Security",
                agency_role="co-chair",
                role="co-chair",
            ),
            PackDelegate(
                "LYNCH Loretta",
                title="Attorney General",
                agency_acronym="DOJ",
                agency_name_en="Department of Justice",
                agency_role="co-chair",
                role="co-chair",
                attended=False,
                represented_by="YATES Sally",
            ),
            PackDelegate(
                "SMITH Anna",
                title="Section Chief, Cyber Division",
                agency_acronym="FBI",
                agency_name_en="Federal Bureau of Investigation",
                role="expert",
                position=2,
            ),
            PackDelegate(
                "BROWN Tom",
                title="Assistant Director",
                agency_acronym="FBI",
                agency_name_en="Federal Bureau of Investigation",
                role="member",
                position=1,
            ),
            PackDelegate(
                "GARCIA Maria",
                title="Counsel",
                agency_acronym="DOJ",
                agency_name_en="Department of Justice",
                agency_role="co-chair",
                role="member",
            ),
        ),
    )


def cn_delegation() -> PackDelegation:
    return PackDelegation(
        CN,
        (
            PackDelegate(
                "GUO Shengkun",
                "郭声琨",
                "State Councilor, Minister of Public Security",
                "MPS",
                "Ministry of Public Security",
                "公安部",
                "lead",
                "co-chair",
            ),
            PackDelegate(
                "ZHANG Wei",
                "张伟",
                "Director-General",
                "MSS",
                "Ministry of State Security",
                "国家安全部",
                role="member",
            ),
            PackDelegate(
                "LI Na",
                "李娜",
                "Interpreter",
                "MPS",
                "Ministry of Public Security",
                "公安部",
                "lead",
                "interpreter",
            ),
            PackDelegate(
                "WANG Fang",
                "王芳",
                "Deputy Director",
                "CAC",
                "Cyberspace Administration of China",
                "国家互联网信息办公室",
                role="member",
            ),
        ),
    )


def timeliness() -> tuple[SideTimeliness, ...]:
    return (
        SideTimeliness(
            "US", 14, 12, 11, 9, 9 / 12, 18.0, 33.5, 2, {"complete": 6, "partial": 4, "insufficient": 1}
        ),
        SideTimeliness(
            "CN",
            17,
            13,
            12,
            8,
            8 / 14,
            24.5,
            41.0,
            4,
            {"complete": 5, "partial": 5, "insufficient": 1, "none": 1},
        ),
    )


def request(i: int, *, overdue: int = 0, side: str = "US") -> PackRequest:
    other = "CN" if side == "US" else "US"
    received = date(2016, 1, 4) + timedelta(days=3 * i)
    return PackRequest(
        f"{side}-2016-{i:04d}",
        side,
        other,
        ("information", "assistance", "evidence")[i % 3],
        f"Intrusion into a hosting provider, case {i}: logs and subscriber data",
        received,
        received + timedelta(days=30),
        "open" if i % 2 else "acknowledged",
        overdue,
        "partial" if i % 4 == 0 else "",
    )


def demo_pack(**changes) -> BriefingPack:
    meeting = PackMeeting(
        number=2,
        window="2016-H1",
        status="confirmed",
        host_side_code="CN",
        city="Beijing",
        venue="Diaoyutai State Guesthouse, Building 5",
        time_zone="Asia/Shanghai",
        start=date(2016, 6, 14),
        end=date(2016, 6, 14),
        start_time=time(9, 30),
        end_time=time(17, 0),
        logistics="Delegations arrive on 13 June.\n\nTransport from the hotel leaves at 08:45; "
        "interpreters are provided by the host.",
        planned_start=date(2016, 6, 7),
        planned_city="Beijing",
        planned_host_side_code="CN",
    )
    agenda = (
        PackAgendaItem(
            1,
            "Review of the timeliness and quality of responses",
            "审议请求答复的及时性和质量",
            "standing",
            owner="Both sides",
            briefing_note="Each side presents its figures.",
            first_raised_meeting=1,
            times_carried=0,
        ),
        PackAgendaItem(
            2,
            "Hotline use: escalation of request US-2016-0003",
            "热线使用情况",
            "escalation",
            owner="US — DHS",
            briefing_note="The US side asks for an update.\n\n"
            "Background: the request was acknowledged late and answered in part.",
            first_raised_meeting=1,
            times_carried=1,
            requests=("US-2016-0003",),
            escalations=("ESC-2016-001",),
        ),
        PackAgendaItem(
            3, "Cases of mutual concern", "", "proposal", owner="CN — MPS", first_raised_meeting=2
        ),
    )
    overdue = tuple(request(i, overdue=10 + i) for i in range(1, 4))
    open_requests = overdue + tuple(request(i, side="CN") for i in range(4, 9))
    escalations = (
        PackEscalation(
            "ESC-2016-001",
            date(2016, 3, 2),
            "US",
            "high",
            "No answer on US-2016-0003",
            "open",
            "",
            ("US-2016-0003",),
        ),
        PackEscalation(
            "ESC-2016-002",
            date(2016, 4, 18),
            "CN",
            "medium",
            "Clarification of scope",
            "resolved",
            "Scope agreed by phone on 20 April.",
        ),
    )
    actions = (
        PackAction(
            "Share the points of contact of both hotline desks",
            "US — DHS",
            date(2016, 2, 1),
            "open",
            "Hotline use",
            overdue=True,
        ),
        PackAction(
            "Propose a template for status updates",
            "CN — MPS",
            date(2016, 7, 1),
            "open",
            "Review of the timeliness and quality of responses",
        ),
    )
    pack = BriefingPack(
        dialogue_name_en="China–US High-Level Joint Dialogue on Cybercrime and Related Issues",
        dialogue_name_zh="中美打击网络犯罪及相关事项高级别联合对话",
        sides=(US, CN),
        meeting=meeting,
        delegations=(cn_delegation(), us_delegation()),
        agenda=agenda,
        review_start=date(2015, 12, 1),
        review_end=date(2016, 6, 13),
        previous_meeting=1,
        timeliness=timeliness(),
        overdue_requests=overdue,
        escalations=escalations,
        actions=actions,
        open_requests=open_requests,
    )
    return replace(pack, **changes)


def large_pack(rows: int = 900) -> BriefingPack:
    """A pack of about 60 pages: many open requests, a long agenda, full delegations."""
    base = demo_pack()
    agenda = tuple(
        PackAgendaItem(
            i,
            f"Case review {i}: cross-border fraud ring, servers in third countries",
            f"案件审议{i}",
            "request",
            owner="Both sides",
            briefing_note="Background and the state of the investigation. " * 6,
            first_raised_meeting=1,
            times_carried=i % 3,
            requests=(f"US-2016-{i:04d}",),
        )
        for i in range(1, 41)
    )
    requests = tuple(request(i, overdue=i % 40, side=("US", "CN")[i % 2]) for i in range(1, rows + 1))
    return replace(
        base,
        agenda=agenda,
        open_requests=requests,
        overdue_requests=tuple(r for r in requests if r.days_overdue)[:120],
    )
