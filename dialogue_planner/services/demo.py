"""``init --demo``: a clearly fictional but realistic history of the dialogue, generated
deterministically (same seed, same rows) so that a second run can recognise it and change nothing.

Every person, e-mail address and case here is invented; addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, select

from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.domain.working_days import add_working_days, is_working_day
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Delegate,
    DelegationMember,
    Dialogue,
    Escalation,
    HotlineContact,
    Meeting,
    Request,
    RequestUpdate,
    Side,
    StandingItem,
    TimelinessStandard,
    agenda_item_escalation,
    agenda_item_request,
    escalation_request,
)

from .context import ServiceContext
from .setup import initialise

SEED = 20150925
MARK = "DEMO-"
HELD_MEETINGS = 22  # 2015-H2 to 2026-H1, all held
PLANNED_MEETINGS = 2  # 2026-H2 and 2027-H1
REQUESTS_PER_HALF_YEAR = 16
HORIZON = date(2026, 11, 20)  # the demo's "today": nothing in it happens later (but planned meetings)

US_FAMILY = [
    "Bennett",
    "Carter",
    "Dawson",
    "Ellis",
    "Foster",
    "Garcia",
    "Hughes",
    "Iverson",
    "Jensen",
    "Kowalski",
    "Lopez",
    "Morgan",
    "Nguyen",
    "Okafor",
    "Patel",
    "Quinn",
    "Reyes",
    "Sullivan",
    "Turner",
    "Walsh",
]
US_GIVEN = [
    "Alex",
    "Brooke",
    "Caroline",
    "Daniel",
    "Elena",
    "Frank",
    "Grace",
    "Henry",
    "Irene",
    "James",
    "Karen",
    "Luis",
    "Maya",
    "Nathan",
    "Olivia",
    "Paul",
    "Rachel",
    "Samuel",
    "Teresa",
    "Victor",
]
CN_FAMILY = [
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("赵", "Zhao"),
    ("黄", "Huang"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("林", "Lin"),
]
CN_GIVEN = [
    ("伟", "Wei"),
    ("芳", "Fang"),
    ("敏", "Min"),
    ("静", "Jing"),
    ("磊", "Lei"),
    ("勇", "Yong"),
    ("军", "Jun"),
    ("杰", "Jie"),
    ("涛", "Tao"),
    ("明", "Ming"),
    ("超", "Chao"),
    ("秀英", "Xiuying"),
    ("晓东", "Xiaodong"),
    ("建华", "Jianhua"),
    ("海燕", "Haiyan"),
    ("志强", "Zhiqiang"),
    ("丽娟", "Lijuan"),
]
US_TITLES = [
    "Deputy Assistant Secretary",
    "Senior Counsel",
    "Section Chief",
    "Supervisory Special Agent",
    "Policy Advisor",
    "Attorney Advisor",
    "Program Manager",
    "Interpreter",
]
CN_TITLES = [
    "Director-General",
    "Deputy Director-General",
    "Division Director",
    "Deputy Division Director",
    "Senior Officer",
    "Interpreter",
]
HEADS = {
    "DHS": ("Harlow", "Margaret", "Secretary of Homeland Security (fictional)"),
    "DOJ": ("Whitfield", "Andrew", "Attorney General (fictional)"),
    "MPS": (("郑", "Zheng"), ("国栋", "Guodong"), "Minister of Public Security (fictional)"),
}
SUBJECTS = [
    "Phishing campaign against customers of a regional bank",
    "Ransomware attack on a logistics company's booking systems",
    "Theft of design files from a semiconductor manufacturer",
    "Botnet command-and-control servers on leased hosting",
    "Business e-mail compromise of a shipping agent",
    "Intrusion into a cryptocurrency exchange's hot wallet",
    "Distributed denial of service against a news website",
    "Fraudulent online investment platform targeting retirees",
    "Domains impersonating a government tax portal",
    "Compromised software update server of a utility vendor",
    "Sale of stolen payment-card data on an online market",
    "Malware distributed through a pirated game installer",
]
ESCALATION_SUMMARIES = [
    "No substantive response to {0} after the due date",
    "Preservation of data asked for in {0} not confirmed; the provider's retention period is ending",
    "Partial answer to {0}: subscriber records missing",
    "Suspects named in {0} still active; urgent follow-up requested",
    "Contact point for {0} unreachable for two weeks",
]
MEETING_VENUES = {
    "US": ("Washington", "Department of Homeland Security, Nebraska Avenue Complex"),
    "CN": ("Beijing", "Diaoyutai State Guesthouse"),
}
PROPOSALS = [
    "Cooperation on combating online fraud targeting the elderly",
    "Exchange of points of contact for ransomware cases",
    "Preservation of electronic evidence held by providers",
    "Joint training on cryptocurrency tracing",
]

# -- the Chinese of every printed text ---------------------------------------------------------------
# The demo is translated, so that its Chinese pack shows what a translated dialogue looks like, except
# for a few texts left in English on purpose, to show how the pack marks them and counts them (and what
# ``brief --check-translation`` lists): UNTRANSLATED_ON_PURPOSE.
UNTRANSLATED_ON_PURPOSE = (
    "the title 'Program Manager' (US delegates)",
    "the proposal 'Joint training on cryptocurrency tracing' and its briefing note",
    "the notes of the 23rd meeting (the coming one)",
)
TITLES_ZH = {
    "Deputy Assistant Secretary": "副助理部长",
    "Senior Counsel": "高级法律顾问",
    "Section Chief": "处长",
    "Supervisory Special Agent": "主管特别探员",
    "Policy Advisor": "政策顾问",
    "Attorney Advisor": "律师顾问",
    "Interpreter": "翻译",
    "Director-General": "局长",
    "Deputy Director-General": "副局长",
    "Division Director": "处长",
    "Deputy Division Director": "副处长",
    "Senior Officer": "高级警官",
    "Secretary of Homeland Security (fictional)": "国土安全部部长（虚构）",
    "Attorney General (fictional)": "司法部长（虚构）",
    "Minister of Public Security (fictional)": "公安部部长（虚构）",
}  # "Program Manager" is left untranslated on purpose
SUBJECTS_ZH = {
    "Phishing campaign against customers of a regional bank": "针对一家地区银行客户的网络钓鱼活动",
    "Ransomware attack on a logistics company's booking systems": "一家物流公司订舱系统遭勒索软件攻击",
    "Theft of design files from a semiconductor manufacturer": "一家半导体制造商的设计文件被窃",
    "Botnet command-and-control servers on leased hosting": "租用主机上的僵尸网络命令控制服务器",
    "Business e-mail compromise of a shipping agent": "一家船务代理的商业电子邮件被入侵",
    "Intrusion into a cryptocurrency exchange's hot wallet": "一家加密货币交易所热钱包遭入侵",
    "Distributed denial of service against a news website": "针对一家新闻网站的分布式拒绝服务攻击",
    "Fraudulent online investment platform targeting retirees": "针对退休人员的网络投资诈骗平台",
    "Domains impersonating a government tax portal": "仿冒政府税务门户网站的域名",
    "Compromised software update server of a utility vendor": "一家公用事业供应商的软件更新服务器被入侵",
    "Sale of stolen payment-card data on an online market": "在线市场出售被盗支付卡数据",
    "Malware distributed through a pirated game installer": "通过盗版游戏安装程序传播的恶意软件",
}
ESCALATION_SUMMARIES_ZH = {
    "No substantive response to {0} after the due date": "{0}已过答复期限，仍无实质性答复",
    "Preservation of data asked for in {0} not confirmed; the provider's retention period is ending": (
        "{0}所请求的数据保全尚未确认，服务提供商的保存期限即将届满"
    ),
    "Partial answer to {0}: subscriber records missing": "{0}仅获部分答复：缺少用户注册信息",
    "Suspects named in {0} still active; urgent follow-up requested": "{0}所列嫌疑人仍在活动，请求紧急跟进",
    "Contact point for {0} unreachable for two weeks": "{0}的联络人两周无法联系",
}
PROPOSALS_ZH = {
    "Cooperation on combating online fraud targeting the elderly": "合作打击针对老年人的网络诈骗",
    "Exchange of points of contact for ransomware cases": "交换勒索软件案件联络人",
    "Preservation of electronic evidence held by providers": "服务提供商所持电子证据的保全",
}  # "Joint training on cryptocurrency tracing" is left untranslated on purpose
MEETING_TEXTS_ZH = {
    "Washington": "华盛顿",
    "Beijing": "北京",
    "Department of Homeland Security, Nebraska Avenue Complex": "美国国土安全部内布拉斯加大道办公区",
    "Diaoyutai State Guesthouse": "钓鱼台国宾馆",
}
LOGISTICS = (
    "Delegations arrive the day before. Interpretation: consecutive, English and Chinese."
    " Security badges are issued at the visitor centre from 08:30."
)
LOGISTICS_ZH = "代表团提前一天抵达。口译：中英文交替传译。08:30起在访客中心发放安全证件。"
COMING_MEETING_NOTES = "Visa applications close four weeks before the meeting."  # no Chinese, on purpose
ESCALATION_NOTE = "The requesting side will ask for a firm delivery date."
ESCALATION_NOTE_ZH = "请求方将要求对方给出明确的提交日期。"
PROPOSAL_NOTE = "Proposed by the side named as owner."
PROPOSAL_NOTE_ZH = "由负责方提议。"
STANDING_OUTCOME = "Both sides presented their figures."
STANDING_OUTCOME_ZH = "双方介绍了各自的数据。"
RESOLVED_OUTCOME = "Agreed: the responding side will deliver the remaining data within 30 days."
RESOLVED_OUTCOME_ZH = "商定：答复方将在30天内提交其余数据。"
REQUEST_DESCRIPTION = (
    "Request for logs, subscriber details and preservation of data held by providers in the responding "
    "side's jurisdiction."
)
REQUEST_DESCRIPTION_ZH = "请求提供答复方管辖范围内服务提供商所持有的日志和用户信息，并保全相关数据。"
ESCALATION_DETAILS = (
    "Raised over the hotline by the duty officer; the requesting side asks for a date by which the data "
    "will be provided."
)
ESCALATION_DETAILS_ZH = "由值班人员通过热线提出；请求方要求对方告知提供数据的日期。"
RESOLUTION = "Responding side committed to a date and delivered."
RESOLUTION_ZH = "答复方承诺了日期并已按期提交。"


DEMO_RESULT = "Two suspects arrested; server images delivered to the requesting side."
DEMO_RESULT_ZH = "两名嫌疑人被捕；服务器镜像已移交请求方。"


def _zh(row: object, field: str, value: str) -> None:
    """Set a Chinese field where the table has it (the requests' and escalations' come with their areas)."""
    if hasattr(type(row), field):
        setattr(row, field, value)


def _zh_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class DemoResult:
    loaded: bool
    delegates: int = 0
    meetings: int = 0
    requests: int = 0
    escalations: int = 0
    agenda_items: int = 0


def load_demo(ctx: ServiceContext) -> DemoResult:
    """Add the demo once; if its delegates are already there, change nothing."""
    initialise(ctx)
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        if s.scalar(select(func.count()).select_from(Delegate).where(Delegate.external_id.like(f"{MARK}%"))):
            return DemoResult(loaded=False)
        result = _Builder(s, ctx.require_dialogue()).build()
        tx.audit(
            "demo.load",
            entity="dialogue",
            entity_id=ctx.dialogue_id,
            after=result.__dict__,
            summary="fictional demo data loaded",
        )
        return result


class _Builder:
    def __init__(self, session, dialogue_id: int) -> None:
        self.s = session
        self.rng = random.Random(SEED)
        self.dialogue = session.get(Dialogue, dialogue_id)
        # Every query ordered, so both SQLite and PostgreSQL feed the generator the same sequence.
        self.sides = {x.code: x for x in session.scalars(select(Side).order_by(Side.id))}
        self.agencies = {
            (a.side.code, a.acronym): a for a in session.scalars(select(Agency).order_by(Agency.id))
        }
        self.standards = {
            t.kind: t
            for t in session.scalars(
                select(TimelinessStandard)
                .where(TimelinessStandard.dialogue_id == dialogue_id)
                .order_by(TimelinessStandard.id)
            )
        }
        self.standing = list(
            session.scalars(
                select(StandingItem)
                .where(StandingItem.dialogue_id == dialogue_id)
                .order_by(StandingItem.position)
            )
        )
        self.delegates: dict[str, list[Delegate]] = {}
        self.escalation_zh: dict[str, str] = {}  # an escalation's summary -> its Chinese

    def build(self) -> DemoResult:
        self._delegates()
        meetings = self._meetings()
        requests = self._requests(meetings)
        escalations = self._escalations(requests)
        items = self._agenda(meetings, requests, escalations)
        self._hotline(escalations)
        return DemoResult(
            True,
            sum(len(v) for v in self.delegates.values()),
            len(meetings),
            len(requests),
            len(escalations),
            items,
        )

    # -- people ------------------------------------------------------------------------------------
    def _delegates(self) -> None:
        rng = self.rng
        for (side, acronym), agency in sorted(self.agencies.items()):
            people = []
            family: Any
            given: Any  # a Latin name, or a pair of Chinese and Latin
            count = rng.randint(4, 7)
            for i in range(count):
                if i == 0 and acronym in HEADS:
                    family, given, title = HEADS[acronym]
                elif side == "US":
                    family, given = rng.choice(US_FAMILY), rng.choice(US_GIVEN)
                    title = rng.choice(US_TITLES)
                else:
                    family, given = rng.choice(CN_FAMILY), rng.choice(CN_GIVEN)
                    title = rng.choice(CN_TITLES)
                if side == "US":
                    native = ""
                    email = f"{given[0].lower()}.{family.lower()}{i}@{acronym.lower()}.example"
                    phone = f"+1 202 555 {rng.randint(100, 199):04d}"
                else:
                    native = family[0] + given[0]
                    email = f"{family[1].lower()}{given[1].lower()}{i}@{acronym.lower()}.example"
                    phone = f"+86 10 5555 {rng.randint(1000, 9999)}"
                    family, given = family[1], given[1]
                d = Delegate(
                    agency=agency,
                    family_name=family,
                    given_name=given,
                    native_name=native,
                    title=title,
                    title_zh=TITLES_ZH.get(title, ""),
                    email=email,
                    phone=phone,
                    external_id=f"{MARK}{side}-{acronym}-{i + 1:03d}",
                )
                self.s.add(d)
                people.append(d)
            self.delegates[f"{side}/{acronym}"] = people
        self.s.flush()

    # -- meetings ----------------------------------------------------------------------------------
    def _working_both(self, day: date) -> bool:
        return all(is_working_day(code, day) for code in self.sides)

    def _meeting_day(self, year: int, half: int) -> date:
        day = date(year, 12, 1) if half == 2 else date(year, 6, 14)
        day += timedelta(days=self.rng.randint(0, 6))
        while (
            day.weekday() >= 4
            or not self._working_both(day)
            or not self._working_both(day - timedelta(days=1))
        ):
            day += timedelta(days=1)
        return day

    def _meetings(self) -> list[Meeting]:
        meetings = []
        year, half = 2015, 2
        for number in range(1, HELD_MEETINGS + PLANNED_MEETINGS + 1):
            host = "US" if number % 2 else "CN"
            city, venue = MEETING_VENUES[host]
            start = self._meeting_day(year, half)
            held = number <= HELD_MEETINGS
            m = Meeting(
                dialogue_id=self.dialogue.id,
                number=number,
                window=f"{year}-H{half}",
                status="held" if held else ("confirmed" if number == HELD_MEETINGS + 1 else "planned"),
                planned_host_side_id=self.sides[host].id,
                actual_host_side_id=self.sides[host].id if held else None,
                planned_city=city,
                actual_city=city if held else "",
                planned_city_zh=MEETING_TEXTS_ZH[city],
                actual_city_zh=MEETING_TEXTS_ZH[city] if held else "",
                venue=venue,
                venue_zh=MEETING_TEXTS_ZH[venue],
                time_zone=self.sides[host].time_zone,
                planned_start=start,
                planned_end=start,
                actual_start=start if held else None,
                actual_end=start if held else None,
                start_time=time(9, 30),
                end_time=time(17, 0),
                uid=f"demo-meeting-{number}@dialogue-planner",
                logistics=LOGISTICS,
                logistics_zh=LOGISTICS_ZH,
                notes=COMING_MEETING_NOTES if number == HELD_MEETINGS + 1 else "",
                closed_at=datetime.combine(start, time(18), tzinfo=timezone.utc) if held else None,
            )
            self.s.add(m)
            meetings.append(m)
            year, half = (year + 1, 1) if half == 2 else (year, 2)
        self.s.flush()
        for m in meetings:
            self._delegation(m)
        return meetings

    def _delegation(self, meeting: Meeting) -> None:
        rng = self.rng
        position = 0
        for key, role in (("US/DHS", "co-chair"), ("US/DOJ", "co-chair"), ("CN/MPS", "head")):
            position += 1
            head = self.delegates[key][0]
            member = DelegationMember(
                meeting_id=meeting.id,
                delegate_id=head.id,
                role=role,
                position=position,
                attended=True if meeting.status == "held" else None,
            )
            if meeting.number in (3, 9) and key == "US/DOJ":
                member.attended = False
                member.represented_by_id = self.delegates[key][1].id
            self.s.add(member)
        for side in ("US", "CN"):
            pool = [d for k, v in self.delegates.items() if k.startswith(side) for d in v[1:]]
            for d in rng.sample(pool, 4):
                position += 1
                role = (
                    "interpreter" if d.title == "Interpreter" else rng.choice(["member", "member", "expert"])
                )
                self.s.add(
                    DelegationMember(
                        meeting_id=meeting.id,
                        delegate_id=d.id,
                        role=role,
                        position=position,
                        attended=True if meeting.status == "held" else None,
                    )
                )

    # -- requests ----------------------------------------------------------------------------------
    def _due(self, received: date, kind: str, to_side: str) -> tuple[date, date]:
        std = self.standards[kind]
        if std.day_basis == "working":
            return (
                add_working_days(to_side, received, std.acknowledge_days),
                add_working_days(to_side, received, std.response_days),
            )
        return received + timedelta(days=std.acknowledge_days), received + timedelta(days=std.response_days)

    def _requests(self, meetings: list[Meeting]) -> list[Request]:
        rng = self.rng
        horizon = HORIZON
        start = date(2015, 10, 1)
        span = (horizon - start).days
        days = sorted(rng.randint(0, span) for _ in range(REQUESTS_PER_HALF_YEAR * (HELD_MEETINGS + 1)))
        sequence: dict[tuple[str, int], int] = {}
        requests = []
        kinds = list(self.standards)
        for offset in days:
            received = start + timedelta(days=offset)
            from_side = rng.choice(["US", "CN"])
            to_side = "CN" if from_side == "US" else "US"
            kind = rng.choices(kinds, weights=[5, 4, 2, 2, 1][: len(kinds)])[0]
            seq = sequence[(from_side, received.year)] = sequence.get((from_side, received.year), 0) + 1
            ack_due, resp_due = self._due(received, kind, to_side)
            req = Request(
                dialogue_id=self.dialogue.id,
                reference=f"{from_side}-{received.year}-{seq:04d}",
                year=received.year,
                sequence=seq,
                from_side_id=self.sides[from_side].id,
                to_side_id=self.sides[to_side].id,
                requesting_agency_id=self._agency(
                    from_side, ["FBI", "DHS", "DOJ"] if from_side == "US" else ["MPS", "MPS", "SIIO"]
                ).id,
                responding_agency_id=self._agency(
                    to_side, ["FBI", "DOJ", "DHS"] if to_side == "US" else ["MPS", "MOJ", "SIIO"]
                ).id,
                kind=kind,
                subject=rng.choice(SUBJECTS),
                received_on=received,
                description=REQUEST_DESCRIPTION,
                acknowledge_due_on=ack_due,
                response_due_on=resp_due,
            )
            _zh(req, "subject_zh", SUBJECTS_ZH[req.subject])
            _zh(req, "description_zh", REQUEST_DESCRIPTION_ZH)
            self.s.add(req)
            requests.append(req)
        self.s.flush()
        for req in requests:
            self._history(req, req.received_on, horizon)
        return requests

    def _agency(self, side: str, choices: list[str]) -> Agency:
        return self.agencies[(side, self.rng.choice(choices))]

    def _history(self, req: Request, received: date, horizon: date) -> None:
        rng = self.rng
        ack = received + timedelta(days=rng.choice([1, 2, 3, 5, 8, 12]))
        if ack <= horizon:
            req.acknowledged_on = ack
            req.status = "acknowledged"
            self.s.add(
                RequestUpdate(
                    request_id=req.id, kind="acknowledgement", on=ack, note="Received and assigned."
                )
            )
        allowed = (req.response_due_on - received).days
        if rng.random() < 0.8:
            respond = received + timedelta(
                days=int(allowed * rng.choice([0.5, 0.8, 0.95, 1.0, 1.2, 1.6, 2.5]))
            )
            if respond <= horizon:
                quality = rng.choices(["complete", "partial", "insufficient", "none"], weights=[6, 3, 1, 1])[
                    0
                ]
                req.first_response_on, req.latest_quality, req.status = respond, quality, "responded"
                self.s.add(
                    RequestUpdate(
                        request_id=req.id,
                        kind="response",
                        on=respond,
                        quality=quality,
                        note="Subscriber records and server logs provided."
                        if quality == "complete"
                        else "Part of the data was no longer retained.",
                    )
                )
                if quality == "complete" and respond + timedelta(days=30) <= horizon:
                    req.status, req.closed_on = "closed", respond + timedelta(days=30)
                    req.close_reason = "Investigation concluded."
                    self.s.add(
                        RequestUpdate(
                            request_id=req.id,
                            kind="closed",
                            on=req.closed_on,
                            note="Investigation concluded.",
                        )
                    )
        elif rng.random() < 0.15 and received + timedelta(days=20) <= horizon:
            req.status, req.closed_on = "withdrawn", received + timedelta(days=20)
            req.close_reason = "Matter resolved by the requesting side's own inquiry."
            self.s.add(
                RequestUpdate(request_id=req.id, kind="withdrawn", on=req.closed_on, note=req.close_reason)
            )
        elif received + timedelta(days=400) <= horizon:
            req.status, req.closed_on = "closed", received + timedelta(days=400)
            req.close_reason = "Closed without a response, as agreed by both sides at the dialogue."
            self.s.add(
                RequestUpdate(request_id=req.id, kind="closed", on=req.closed_on, note=req.close_reason)
            )
        if req.status in ("acknowledged", "responded") and rng.random() < 0.5:
            on = min(horizon, received + timedelta(days=rng.randint(10, 40)))
            self.s.add(
                RequestUpdate(
                    request_id=req.id,
                    kind="status",
                    on=on,
                    status="investigation ongoing",
                    note="Suspects identified; analysis of seized devices continues.",
                    note_zh="已查明嫌疑人；对查获设备的分析仍在继续。",
                )
            )
            if (
                req.sequence % 2 == 0
            ):  # a result for every other one (by its number: the generator is not drawn)
                req.result, req.result_zh = DEMO_RESULT, DEMO_RESULT_ZH
                req.result_shareable = req.sequence % 4 == 0
                self.s.add(
                    RequestUpdate(
                        request_id=req.id,
                        kind="result",
                        on=on,
                        status="shareable" if req.result_shareable else "not shareable",
                        note=DEMO_RESULT,
                        note_zh=DEMO_RESULT_ZH,
                    )
                )

    # -- escalations -------------------------------------------------------------------------------
    def _escalations(self, requests: list[Request]) -> list[Escalation]:
        rng = self.rng
        last_raised = HORIZON - timedelta(days=20)
        late = [
            r
            for r in requests
            if r.response_due_on < last_raised
            and (r.first_response_on is None or r.first_response_on > r.response_due_on)
        ]
        chosen = sorted(rng.sample(late, min(40, len(late))), key=lambda r: r.response_due_on)
        escalations = []
        for n, req in enumerate(chosen, start=1):
            raised_side = "US" if req.from_side_id == self.sides["US"].id else "CN"
            at = datetime.combine(
                req.response_due_on + timedelta(days=rng.randint(3, 20)),
                time(rng.randint(1, 22)),
                tzinfo=timezone.utc,
            )
            resolved = at.date() < date(2026, 9, 1)
            esc = Escalation(
                dialogue_id=self.dialogue.id,
                reference=f"HL-{at.year}-{n:03d}",
                raised_at=at,
                raised_by_side_id=self.sides[raised_side].id,
                raised_by_agency_id=self._agency(
                    raised_side, ["FBI", "DHS"] if raised_side == "US" else ["MPS"]
                ).id,
                severity=rng.choices(["low", "medium", "high", "critical"], weights=[2, 5, 3, 1])[0],
                summary=rng.choice(ESCALATION_SUMMARIES).format(req.reference),
                details=ESCALATION_DETAILS,
                status="resolved" if resolved else "open",
                resolution=RESOLUTION if resolved else "",
                resolved_at=at + timedelta(days=9) if resolved else None,
            )
            summary_zh = next(
                zh.format(req.reference)
                for en, zh in ESCALATION_SUMMARIES_ZH.items()
                if en.format(req.reference) == esc.summary
            )
            _zh(esc, "summary_zh", summary_zh)
            _zh(esc, "details_zh", ESCALATION_DETAILS_ZH)
            _zh(esc, "resolution_zh", RESOLUTION_ZH if resolved else "")
            self.escalation_zh[esc.summary] = summary_zh
            self.s.add(esc)
            self.s.flush()
            self.s.execute(escalation_request.insert().values(escalation_id=esc.id, request_id=req.id))
            escalations.append(esc)
        return escalations

    # -- the hotline and the secretariats ----------------------------------------------------------
    def _hotline(self, escalations: list[Escalation]) -> None:
        """Acknowledgement times of the resolved escalations (within a few hours, a few late), each side's secretariat and the hotline's
        duty desks. Made without the random generator, so the rest of the demo stays as it was."""
        for n, esc in enumerate(escalations):
            if esc.resolved_at is not None:  # the open ones wait for their acknowledgement
                esc.acknowledged_at = esc.raised_at + timedelta(hours=(n * 7) % 30 + 1)
                esc.acknowledged_by = "Duty officer"
        us, cn = self.sides["US"], self.sides["CN"]
        us.secretariat_name, us.secretariat_name_zh = (
            "U.S. Secretariat, Department of Justice",
            "美方秘书处（司法部）",
        )
        us.secretariat_phone, us.secretariat_email = "+1 202 555 0100", "secretariat@doj.example"
        cn.secretariat_name, cn.secretariat_name_zh = (
            "Chinese Secretariat, Ministry of Public Security",
            "中方秘书处（公安部）",
        )
        cn.secretariat_phone, cn.secretariat_email = "+86 10 5555 0100", "secretariat@mps.example"
        for side, name, name_zh, phone, email, hours, hours_zh in (
            (
                us,
                "DHS hotline duty desk",
                "美国国土安全部热线值班台",
                "+1 202 555 0199",
                "hotline@dhs.example",
                "24/7",
                "全天24小时",
            ),
            (
                cn,
                "MPS hotline duty desk",
                "公安部热线值班台",
                "+86 10 5555 0199",
                "hotline@mps.example",
                "24/7",
                "全天24小时",
            ),
        ):
            self.s.add(
                HotlineContact(
                    dialogue_id=self.dialogue.id,
                    side_id=side.id,
                    name=name,
                    name_zh=name_zh,
                    role="Hotline duty desk",
                    role_zh="热线值班台",
                    phone=phone,
                    email=email,
                    hours=hours,
                    hours_zh=hours_zh,
                    from_on=self.dialogue.established_on,
                )
            )

    # -- agenda ------------------------------------------------------------------------------------
    def _agenda(self, meetings: list[Meeting], requests: list[Request], escalations: list[Escalation]) -> int:
        rng = self.rng
        count = 0
        carried: list[tuple[AgendaItem, tuple | None]] = []
        for index, meeting in enumerate(meetings):
            items: list[tuple[AgendaItem, tuple | None]] = []
            for st in self.standing:
                items.append(
                    (
                        AgendaItem(
                            meeting_id=meeting.id,
                            title=st.title,
                            title_zh=st.title_zh,
                            source="standing",
                            standing_item_id=st.id,
                            first_raised_meeting_id=meeting.id,
                        ),
                        None,
                    )
                )
            for prev, link in carried:
                items.append(
                    (
                        AgendaItem(
                            meeting_id=meeting.id,
                            title=prev.title,
                            title_zh=prev.title_zh,
                            source=prev.source,
                            owner_side_id=prev.owner_side_id,
                            owner_agency_id=prev.owner_agency_id,
                            briefing_note=prev.briefing_note,
                            briefing_note_zh=prev.briefing_note_zh,
                            carried_from_id=prev.id,
                            first_raised_meeting_id=prev.first_raised_meeting_id,
                            times_carried=prev.times_carried + 1,
                        ),
                        link,
                    )
                )
            window_start = meetings[index - 1].planned_start if index else date(2015, 9, 25)
            recent = [e for e in escalations if window_start <= e.raised_at.date() < meeting.planned_start]
            for esc in recent[:2]:
                items.append(
                    (
                        AgendaItem(
                            meeting_id=meeting.id,
                            source="escalation",
                            title=f"Hotline escalation {esc.reference}: {esc.summary}",
                            title_zh=f"热线升级事项{esc.reference}：{self.escalation_zh[esc.summary]}",
                            owner_side_id=esc.raised_by_side_id,
                            owner_agency_id=esc.raised_by_agency_id,
                            briefing_note=ESCALATION_NOTE,
                            briefing_note_zh=ESCALATION_NOTE_ZH,
                            first_raised_meeting_id=meeting.id,
                        ),
                        ("esc", esc.id),
                    )
                )
            overdue = [
                r
                for r in requests
                if window_start <= r.received_on < meeting.planned_start
                and (r.first_response_on is None or r.first_response_on > r.response_due_on)
            ]
            if overdue:
                r = rng.choice(overdue)
                items.append(
                    (
                        AgendaItem(
                            meeting_id=meeting.id,
                            source="request",
                            title=f"Delayed response to request {r.reference}",
                            title_zh=f"请求{r.reference}答复迟延",
                            owner_side_id=r.to_side_id,
                            owner_agency_id=r.responding_agency_id,
                            briefing_note=f"{r.subject}. Response was due on {r.response_due_on:%d %B %Y}.",
                            briefing_note_zh=f"{SUBJECTS_ZH[r.subject]}。答复期限为{_zh_date(r.response_due_on)}。",
                            first_raised_meeting_id=meeting.id,
                        ),
                        ("req", r.id),
                    )
                )
            if rng.random() < 0.5:
                side = rng.choice(["US", "CN"])
                title = rng.choice(PROPOSALS)
                items.append(
                    (
                        AgendaItem(
                            meeting_id=meeting.id,
                            source="proposal",
                            owner_side_id=self.sides[side].id,
                            title=title,
                            title_zh=PROPOSALS_ZH.get(title, ""),
                            briefing_note=PROPOSAL_NOTE,
                            briefing_note_zh=PROPOSAL_NOTE_ZH if title in PROPOSALS_ZH else "",
                            first_raised_meeting_id=meeting.id,
                        ),
                        None,
                    )
                )
            for position, (item, _link) in enumerate(items, start=1):
                item.position = position
                self.s.add(item)
            self.s.flush()
            for item, link in items:
                self._link(item, link)
            carried = []
            if meeting.status == "held":
                for item, link in items:
                    if item.source == "standing":
                        item.status, item.outcome = "discussed", STANDING_OUTCOME
                        item.outcome_zh = STANDING_OUTCOME_ZH
                    elif rng.random() < 0.45 or (meeting.number == HELD_MEETINGS and len(carried) < 2):
                        # the last held meeting always leaves items open, so the demo shows carry-over
                        item.status = "carried"
                        carried.append((item, link))
                    else:
                        item.status = "resolved"
                        item.outcome, item.outcome_zh = RESOLVED_OUTCOME, RESOLVED_OUTCOME_ZH
                        done = index < len(meetings) - 4
                        self.s.add(
                            Commitment(
                                meeting_id=meeting.id,
                                agenda_item_id=item.id,
                                text="Deliver the remaining data",
                                text_zh="提交其余数据",
                                owner_side_id=item.owner_side_id,
                                due_on=meeting.planned_start + timedelta(days=30),
                                status="done" if done else "open",
                                evidence="Data delivered through the hotline." if done else "",
                            )
                        )
            count += len(items)
        return count

    def _link(self, item: AgendaItem, link: tuple | None) -> None:
        if not link:
            return
        kind, ident = link
        if kind == "esc":
            self.s.execute(
                agenda_item_escalation.insert().values(agenda_item_id=item.id, escalation_id=ident)
            )
        else:
            self.s.execute(agenda_item_request.insert().values(agenda_item_id=item.id, request_id=ident))
