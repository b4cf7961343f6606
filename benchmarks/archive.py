"""A twenty-year archive of the dialogue, generated deterministically from a seed, on SQLite or PostgreSQL.

    python benchmarks/archive.py [--db URL] [--seed N] [--scale F]

At scale 1: 40 meetings (2007-H1 to 2026-H2; the last one confirmed and coming, the others held),
150 agencies per side, 8,000 delegates, 100,000 requests with 300,000 updates and responses, 20,000
hotline escalations and 4,000 agenda items with carry-over chains, as of ``HORIZON``. The same seed and
scale give the same rows. The database is opened (and migrated) through the project's own
``open_database``, so the schema is the application's; rows go in with SQLAlchemy Core ``insert()``
executemany in large batches, one transaction per table, with explicit ids (PostgreSQL sequences are
moved past them at the end).

Every person, agency, address and case is invented; e-mail addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HORIZON = date(2026, 11, 20)  # "today" of the archive: the last day anything happened
MARK = "ARCHIVE-"  # external ids of generated delegates start with this
BATCH = 20_000  # rows per executemany
SEED = 20_150_925
ARCHIVE_ADMIN = "benchmark"  # on SQLite the first user, so an admin; run.py works as this login
# (on PostgreSQL the database user is the login, as in the application)

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
    "Abbott",
    "Brennan",
    "Castillo",
    "Donovan",
    "Fischer",
    "Goldberg",
    "Hartmann",
    "Ibrahim",
    "Kim",
    "Lindqvist",
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
    "Wendy",
    "Yusuf",
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
    ("高", "Gao"),
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
    "Special Agent",
    "Analyst",
]
CN_TITLES = [
    "Director-General",
    "Deputy Director-General",
    "Division Director",
    "Deputy Division Director",
    "Senior Officer",
    "Interpreter",
    "Officer",
    "Analyst",
]
TOPICS = [
    ("Cyber Crime", "网络犯罪"),
    ("Financial Fraud", "金融诈骗"),
    ("Critical Infrastructure", "关键基础设施"),
    ("Electronic Evidence", "电子证据"),
    ("International Cooperation", "国际合作"),
    ("Cyber Security", "网络安全"),
    ("Intellectual Property", "知识产权"),
    ("Telecommunications Fraud", "电信诈骗"),
    ("Child Protection", "未成年人保护"),
    ("Cryptocurrency", "加密货币"),
    ("Forensics", "取证"),
    ("Legal Assistance", "司法协助"),
]
UNITS = [
    ("Division", "局"),
    ("Section", "处"),
    ("Task Force", "专案组"),
    ("Office", "办公室"),
    ("Center", "中心"),
    ("Unit", "科"),
]
US_PLACES = [
    "Washington",
    "New York",
    "Los Angeles",
    "Chicago",
    "Houston",
    "Seattle",
    "Boston",
    "Miami",
    "Denver",
]
CN_PLACES = [
    ("北京", "Beijing"),
    ("上海", "Shanghai"),
    ("广东", "Guangdong"),
    ("浙江", "Zhejiang"),
    ("江苏", "Jiangsu"),
    ("四川", "Sichuan"),
    ("湖北", "Hubei"),
    ("福建", "Fujian"),
    ("山东", "Shandong"),
]
SUBJECTS = [
    "Phishing campaign against customers of a regional bank",
    "Ransomware attack on a logistics company",
    "Theft of design files from a semiconductor manufacturer",
    "Botnet command-and-control servers on leased hosting",
    "Business e-mail compromise of a shipping agent",
    "Intrusion into a cryptocurrency exchange's hot wallet",
    "Distributed denial of service against a news website",
    "Fraudulent online investment platform",
    "Domains impersonating a government tax portal",
    "Compromised software update server of a utility vendor",
    "Sale of stolen payment-card data on an online market",
    "Malware distributed through a pirated game installer",
    "Telephone fraud ring using spoofed caller numbers",
    "Extortion with stolen customer records of a hotel chain",
]
PROPOSALS = [
    "Cooperation on combating online fraud targeting the elderly",
    "Exchange of points of contact for ransomware cases",
    "Preservation of electronic evidence held by providers",
    "Joint training on cryptocurrency tracing",
    "Common format for requests about malicious domains",
    "Timelines for urgent requests about live attacks",
]
KINDS = ["information", "assistance", "evidence", "investigation", "mitigation"]
KIND_WEIGHTS = [5, 4, 2, 2, 1]
QUALITIES = ["complete", "partial", "insufficient", "none"]
QUALITY_WEIGHTS = [6, 3, 1, 1]
UNANSWERED_CLOSED_AFTER = 60  # days: an unanswered request is closed by agreement at the dialogue


@dataclass(frozen=True)
class Scale:
    """How much to generate; ``Scale()`` is the twenty-year archive of the issue."""

    meetings: int = 40
    agencies_per_side: int = 150
    delegates: int = 8_000
    requests: int = 100_000
    updates: int = 300_000
    escalations: int = 20_000
    agenda_items: int = 4_000

    def times(self, factor: float) -> Scale:
        """A smaller (or larger) archive of the same shape; enough of each kind to keep every rule busy."""

        def n(value: int, least: int) -> int:
            return max(least, round(value * factor))

        requests = n(self.requests, 50)
        meetings = n(self.meetings, 4)
        return Scale(
            meetings=meetings,
            agencies_per_side=n(self.agencies_per_side, 6),
            delegates=n(self.delegates, 40),
            requests=requests,
            updates=max(n(self.updates, 150), requests * 2),
            escalations=n(self.escalations, 10),
            agenda_items=max(n(self.agenda_items, 6 * meetings), 6 * meetings),
        )


@dataclass
class ArchiveSummary:
    url: str
    seed: int
    scale: Scale
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    upcoming_meeting: int = 0
    horizon: date = HORIZON


def window_of(index_from_last: int) -> tuple[int, int]:
    """The half-year ``index_from_last`` half-years before 2026-H2, as (year, half)."""
    halves = 2026 * 2 + 1 - index_from_last
    return halves // 2, halves % 2 + 1


class _Generator:
    """Builds the rows in memory (plain dicts, explicit ids), then hands them to ``_insert``."""

    def __init__(self, db, dialogue_id: int, seed: int, scale: Scale) -> None:
        from sqlalchemy import func, select

        from dialogue_planner.storage.models import (
            Agency,
            AgendaItem,
            Commitment,
            Delegate,
            DelegationMember,
            Escalation,
            Meeting,
            Request,
            RequestUpdate,
            Side,
            StandingItem,
            TimelinessStandard,
        )

        self.db, self.dialogue_id, self.scale = db, dialogue_id, scale
        self.rng = random.Random(seed)
        with db.engine.connect() as conn:
            self.sides = {
                code: (sid, tz) for sid, code, tz in conn.execute(select(Side.id, Side.code, Side.time_zone))
            }
            self.seed_agencies = [
                (aid, code, acronym)
                for aid, code, acronym in conn.execute(
                    select(Agency.id, Side.code, Agency.acronym)
                    .join(Side, Side.id == Agency.side_id)
                    .order_by(Agency.id)
                )
            ]
            self.standards = {
                kind: (ack, resp)
                for kind, ack, resp in conn.execute(
                    select(
                        TimelinessStandard.kind,
                        TimelinessStandard.acknowledge_days,
                        TimelinessStandard.response_days,
                    ).where(TimelinessStandard.dialogue_id == dialogue_id)
                )
            }
            self.standing = [
                tuple(r)
                for r in conn.execute(
                    select(StandingItem.id, StandingItem.title, StandingItem.title_zh)
                    .where(StandingItem.dialogue_id == dialogue_id)
                    .order_by(StandingItem.position)
                )
            ]
            self.next_id = {
                model: (conn.execute(select(func.max(model.id))).scalar() or 0) + 1
                for model in (
                    Agency,
                    Delegate,
                    Meeting,
                    DelegationMember,
                    Request,
                    RequestUpdate,
                    Escalation,
                    AgendaItem,
                    Commitment,
                )
            }
        self.rows: dict[str, list[dict]] = {}

    def _ids(self, model, count: int) -> range:
        start = self.next_id[model]
        self.next_id[model] = start + count
        return range(start, start + count)

    @staticmethod
    def _instant(day: date, hour: int = 9) -> datetime:
        return datetime.combine(day, clock(hour), tzinfo=timezone.utc)

    @classmethod
    def _stamps(cls, day: date) -> dict:
        """Created and updated on that day: no row depends on when the archive was generated."""
        return {"created_at": cls._instant(day), "updated_at": cls._instant(day)}

    # -- the dialogue's twenty years ---------------------------------------------------------------------
    def first_window(self) -> tuple[int, int]:
        return window_of(self.scale.meetings - 1)

    def established_on(self) -> date:
        year, half = self.first_window()
        return date(year, 1 if half == 1 else 7, 1) - timedelta(days=98)

    def build(self) -> dict[str, list[dict]]:
        self._agencies()
        self._delegates()
        self._meetings()
        self._requests()
        self._escalations()
        self._agenda()
        return self.rows

    # -- agencies and people ---------------------------------------------------------------------------
    def _agencies(self) -> None:
        from dialogue_planner.storage.models import Agency

        rng = self.rng
        rows = []
        self.agencies: dict[str, list[int]] = {code: [] for code in self.sides}
        parents: dict[str, list[int]] = {code: [] for code in self.sides}
        for aid, code, _acronym in self.seed_agencies:
            self.agencies[code].append(aid)
            parents[code].append(aid)
        for code, (side_id, _tz) in sorted(self.sides.items()):
            missing = max(0, self.scale.agencies_per_side - len(self.agencies[code]))
            for number, aid in enumerate(self._ids(Agency, missing), start=1):
                (topic, topic_zh), (unit, unit_zh) = rng.choice(TOPICS), rng.choice(UNITS)
                if code == "CN":
                    place_zh, place = rng.choice(CN_PLACES)
                    name_en, name_zh = (
                        f"{place} {topic} {unit} {number}",
                        f"{place_zh}{topic_zh}{unit_zh}（{number}）",
                    )
                else:
                    place = rng.choice(US_PLACES)
                    name_en, name_zh = f"{topic} {unit}, {place} ({number})", ""
                acronym = "".join(w[0] for w in f"{topic} {unit}".split()).upper() + f"-{number:03d}"
                rows.append(
                    dict(
                        id=aid,
                        side_id=side_id,
                        parent_id=rng.choice(parents[code]),
                        acronym=acronym,
                        name_en=name_en,
                        name_zh=name_zh,
                        kind=rng.choice(["bureau", "department", "office"]),
                        dialogue_role="",
                        rank="",
                        active=rng.random() > 0.05,
                        version=1,
                        **self._stamps(self.established_on()),
                    )
                )
                self.agencies[code].append(aid)
        self.rows["agency"] = rows

    def _delegates(self) -> None:
        from dialogue_planner.storage.models import Delegate

        rng = self.rng
        rows = []
        pool = [(code, aid) for code in sorted(self.agencies) for aid in self.agencies[code]]
        self.people: dict[str, list[int]] = {code: [] for code in self.sides}
        self.interpreters: set[int] = set()
        for n, did in enumerate(self._ids(Delegate, self.scale.delegates)):
            code, aid = pool[n % len(pool)] if n < len(pool) else rng.choice(pool)
            if code == "CN":
                (fam_zh, family), (giv_zh, given) = rng.choice(CN_FAMILY), rng.choice(CN_GIVEN)
                native, title = fam_zh + giv_zh, rng.choice(CN_TITLES)
                phone = f"+86 10 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
            else:
                family, given, native, title = (
                    rng.choice(US_FAMILY),
                    rng.choice(US_GIVEN),
                    "",
                    rng.choice(US_TITLES),
                )
                phone = f"+1 202 555 {rng.randint(100, 199):04d}"
            rows.append(
                dict(
                    id=did,
                    agency_id=aid,
                    family_name=family,
                    given_name=given,
                    native_name=native,
                    title=title,
                    email=f"{given[0].lower()}.{family.lower()}.{n}@agency{aid}.example",
                    phone=phone,
                    external_id=f"{MARK}{code}-{n + 1:05d}",
                    notes="",
                    active=rng.random() > 0.15,
                    version=1,
                    **self._stamps(self.established_on()),
                )
            )
            self.people[code].append(did)
            if title == "Interpreter":
                self.interpreters.add(did)
        self.rows["delegate"] = rows

    # -- meetings and delegations -----------------------------------------------------------------------
    def _meetings(self) -> None:
        from dialogue_planner.storage.models import DelegationMember, Meeting

        rng = self.rng
        meetings, members = [], []
        self.meeting_days: list[tuple[int, date, str]] = []  # (id, day, status)
        total = self.scale.meetings
        ids = self._ids(Meeting, total)
        for number, mid in enumerate(ids, start=1):
            year, half = window_of(total - number)
            host = "US" if number % 2 else "CN"
            side_id, tz = self.sides[host]
            day = date(year, 6 if half == 1 else 12, 8) + timedelta(days=rng.randint(0, 6))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            held = number < total
            city = "Washington" if host == "US" else "Beijing"
            meetings.append(
                dict(
                    id=mid,
                    dialogue_id=self.dialogue_id,
                    number=number,
                    window=f"{year}-H{half}",
                    window_explicit=False,
                    status="held" if held else "confirmed",
                    planned_host_side_id=side_id,
                    actual_host_side_id=side_id if held else None,
                    planned_city=city,
                    actual_city=city if held else "",
                    venue="Nebraska Avenue Complex" if host == "US" else "Diaoyutai State Guesthouse",
                    time_zone=tz,
                    planned_start=day,
                    planned_end=day + timedelta(days=1),
                    actual_start=day if held else None,
                    actual_end=day + timedelta(days=1) if held else None,
                    start_time=clock(9, 30),
                    end_time=clock(17),
                    uid=f"archive-meeting-{number}@dialogue-planner",
                    ical_sequence=0,
                    closed_at=self._instant(day + timedelta(days=1), 18) if held else None,
                    notes="",
                    logistics="Delegations arrive the day before. Interpretation: consecutive, English and Chinese.",
                    version=1,
                    **self._stamps(day - timedelta(days=90)),
                )
            )
            self.meeting_days.append((mid, day, "held" if held else "confirmed"))
            position = 0
            for code in sorted(self.sides):
                people = self.people[code]
                chosen = rng.sample(people, min(len(people), 15))
                for k, did in enumerate(chosen):
                    position += 1
                    role = (
                        ("co-chair" if code == "US" else "head")
                        if k == 0
                        else (
                            "interpreter"
                            if did in self.interpreters
                            else rng.choice(["member", "member", "expert"])
                        )
                    )
                    members.append(
                        dict(
                            meeting_id=mid,
                            delegate_id=did,
                            role=role,
                            position=position,
                            attended=(rng.random() > 0.05) if held else None,
                            represented_by_id=None,
                            notes="",
                            version=1,
                            **self._stamps(day - timedelta(days=30)),
                        )
                    )
        for mid, row in zip(self._ids(DelegationMember, len(members)), members, strict=True):
            row["id"] = mid
        self.rows["meeting"] = meetings
        self.rows["delegation_member"] = members

    # -- requests and their history ----------------------------------------------------------------------
    def _requests(self) -> None:
        from dialogue_planner.storage.models import Request, RequestUpdate

        rng = self.rng
        start = self.established_on() + timedelta(days=14)
        span = (HORIZON - start).days
        # The first years were the busiest (1.6 times the mean rate, falling to 0.4 of it by the horizon,
        # as direct channels between agencies matured): density 1.6 - 1.2x over the span, drawn by inversion.
        days = sorted(
            int(span * (1.6 - math.sqrt(2.56 - 2.4 * rng.random())) / 1.2) for _ in range(self.scale.requests)
        )
        sequence: dict[tuple[str, int], int] = {}
        requests, updates = [], []
        self.late: list[tuple[int, date, str, str]] = []  # (request id, due, from code, reference)
        self.request_refs: dict[int, tuple[str, int, int, date]] = {}
        for rid, offset in zip(self._ids(Request, len(days)), days, strict=True):
            received = start + timedelta(days=offset)
            frm = rng.choice(("US", "CN"))
            to = "CN" if frm == "US" else "US"
            kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            seq = sequence[(frm, received.year)] = sequence.get((frm, received.year), 0) + 1
            ack_days, resp_days = self.standards.get(kind, (7, 30))
            ack_due, due = received + timedelta(days=ack_days), received + timedelta(days=resp_days)
            row = {
                "id": rid,
                "dialogue_id": self.dialogue_id,
                "reference": f"{frm}-{received.year}-{seq:04d}",
                "year": received.year,
                "sequence": seq,
                "from_side_id": self.sides[frm][0],
                "to_side_id": self.sides[to][0],
                "requesting_agency_id": rng.choice(self.agencies[frm]),
                "responding_agency_id": rng.choice(self.agencies[to]),
                "kind": kind,
                "subject": f"{rng.choice(SUBJECTS)} (case {rng.randrange(10_000, 99_999)})",
                "description": "Request for logs, subscriber details and preservation of data held by providers "
                "in the responding side's jurisdiction.",
                "received_on": received,
                "acknowledge_due_on": ack_due,
                "response_due_on": due,
                "acknowledged_on": None,
                "first_response_on": None,
                "latest_quality": None,
                "status": "open",
                "closed_on": None,
                "close_reason": "",
                "created_at": self._instant(received),
                "updated_at": self._instant(received),
                "version": 1,
            }
            self._history(row, updates)
            requests.append(row)
            self.request_refs[rid] = (
                row["reference"],
                row["to_side_id"],
                row["responding_agency_id"],
                received,
            )
            responded = row["first_response_on"]
            if (responded is None or responded > due) and due + timedelta(days=3) < HORIZON:
                self.late.append((rid, due, frm, row["reference"]))
        self._fill_updates(requests, updates)
        for uid, update in zip(self._ids(RequestUpdate, len(updates)), updates, strict=True):
            update["id"] = uid
        self.rows["request"] = requests
        self.rows["request_update"] = updates

    def _update(
        self, updates: list, row: dict, kind: str, on: date, *, quality=None, status=None, note=""
    ) -> None:
        updates.append(
            {
                "request_id": row["id"],
                "kind": kind,
                "on": on,
                "quality": quality,
                "status": status,
                "note": note,
                "author": "secretariat",
                "created_at": self._instant(on, 10),
                "updated_at": self._instant(on, 10),
            }
        )

    def _history(self, row: dict, updates: list) -> None:
        """Acknowledgement, response with its quality, closing or withdrawal, as of ``HORIZON``."""
        rng = self.rng
        received, due = row["received_on"], row["response_due_on"]
        ack = received + timedelta(days=rng.choice([1, 2, 3, 5, 8, 12]))
        if ack <= HORIZON:
            row["acknowledged_on"], row["status"] = ack, "acknowledged"
            self._update(updates, row, "acknowledgement", ack, note="Received and assigned.")
        allowed = (due - received).days
        if rng.random() < 0.8:
            factor = rng.choice([0.3, 0.5, 0.8, 0.95, 1.0, 1.2, 1.6])
            respond = received + timedelta(days=max(1, int(allowed * factor)))
            if respond <= HORIZON:
                quality = rng.choices(QUALITIES, weights=QUALITY_WEIGHTS)[0]
                row.update(first_response_on=respond, latest_quality=quality, status="responded")
                self._update(
                    updates,
                    row,
                    "response",
                    respond,
                    quality=quality,
                    note="Subscriber records and server logs provided."
                    if quality == "complete"
                    else "Part of the data was no longer retained.",
                )
                closed = respond + timedelta(days=30)
                if quality == "complete" and closed <= HORIZON:
                    row.update(status="closed", closed_on=closed, close_reason="Investigation concluded.")
                    self._update(updates, row, "closed", closed, note="Investigation concluded.")
        elif rng.random() < 0.15 and received + timedelta(days=20) <= HORIZON:
            on = received + timedelta(days=20)
            reason = "Matter resolved by the requesting side's own inquiry."
            row.update(status="withdrawn", closed_on=on, close_reason=reason)
            self._update(updates, row, "withdrawn", on, note=reason)
        elif received + timedelta(days=UNANSWERED_CLOSED_AFTER) <= HORIZON:
            on = received + timedelta(days=UNANSWERED_CLOSED_AFTER)
            reason = "Closed without a response, as agreed by both sides at the dialogue."
            row.update(status="closed", closed_on=on, close_reason=reason)
            self._update(updates, row, "closed", on, note=reason)

    def _fill_updates(self, requests: list[dict], updates: list[dict]) -> None:
        """Status reports on investigations until the updates number exactly what the scale asks."""
        rng = self.rng
        wanted = self.scale.updates - len(updates)
        if wanted < 0:
            del updates[self.scale.updates :]
            return
        for _ in range(wanted):
            row = rng.choice(requests)
            end = min(HORIZON, row["closed_on"] or HORIZON)
            span = max(0, (end - row["received_on"]).days)
            on = row["received_on"] + timedelta(days=rng.randint(0, span))
            self._update(
                updates,
                row,
                "status",
                on,
                status="investigation ongoing",
                note="Suspects identified; analysis of seized devices continues.",
            )
        updates.sort(key=lambda u: (u["request_id"], u["on"]))

    # -- hotline escalations -------------------------------------------------------------------------------
    def _escalations(self) -> None:
        from dialogue_planner.storage.models import Escalation

        rng = self.rng
        count = min(self.scale.escalations, len(self.late))
        # The hotline was used most in the early years: weights fall linearly from 1.5 to 0.5 over the late
        # requests (weighted sampling without replacement, Efraimidis-Spirakis keys).
        last = max(1, len(self.late) - 1)
        keyed = sorted(
            ((rng.random() ** (1 / (1.5 - i / last)), late) for i, late in enumerate(self.late)),
            key=lambda k: k[0],
            reverse=True,
        )
        chosen = sorted((late for _key, late in keyed[:count]), key=lambda x: x[1])
        raised = []
        for rid, due, frm, reference in chosen:
            at = self._instant(min(HORIZON, due + timedelta(days=rng.randint(3, 20))), rng.randint(1, 22))
            raised.append((at, rid, frm, reference))
        raised.sort()
        sequence: dict[int, int] = {}
        rows, links = [], []
        self.escalation_of: list[
            tuple[int, datetime, int, int, str]
        ] = []  # id, at, side id, agency id, title
        for eid, (at, rid, frm, reference) in zip(self._ids(Escalation, len(raised)), raised, strict=True):
            seq = sequence[at.year] = sequence.get(at.year, 0) + 1
            resolved = at.date() < HORIZON - timedelta(days=45)
            status = "resolved" if resolved else rng.choice(["open", "acknowledged"])
            side_id = self.sides[frm][0]
            agency = rng.choice(self.agencies[frm])
            summary = f"No substantive response to {reference} after the due date"
            rows.append(
                {
                    "id": eid,
                    "dialogue_id": self.dialogue_id,
                    "reference": f"HL-{at.year:04d}-{seq:03d}",
                    "raised_at": at,
                    "raised_by_side_id": side_id,
                    "raised_by_agency_id": agency,
                    "severity": rng.choices(["low", "medium", "high", "critical"], weights=[2, 5, 3, 1])[0],
                    "summary": summary,
                    "details": "Raised over the hotline by the duty officer; the requesting "
                    "side asks for a date by which the data will be provided.",
                    "status": status,
                    "resolution": "Responding side committed to a date and delivered." if resolved else "",
                    "resolved_at": at + timedelta(days=9) if resolved else None,
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                }
            )
            links.append({"escalation_id": eid, "request_id": rid})
            if rng.random() < 0.1:  # some escalations are about two requests
                other = rng.choice(chosen)[0]
                if other != rid:
                    links.append({"escalation_id": eid, "request_id": other})
            self.escalation_of.append(
                (eid, at, side_id, agency, (f"Hotline escalation HL-{at.year:04d}-{seq:03d}: {summary}"))
            )
        self.rows["escalation"] = rows
        self.rows["escalation_request"] = links

    # -- agenda items and their carry-over chains ----------------------------------------------------------
    def _agenda(self) -> None:
        from dialogue_planner.storage.models import AgendaItem, Commitment

        rng = self.rng
        meetings = self.meeting_days
        quota = [
            self.scale.agenda_items // len(meetings)
            + (1 if i < self.scale.agenda_items % len(meetings) else 0)
            for i in range(len(meetings))
        ]
        items, item_requests, item_escalations, actions = [], [], [], []
        carried: list[dict] = []
        escalations = sorted(self.escalation_of, key=lambda e: e[1])
        requests_by_day = sorted((v[3], rid) for rid, v in self.request_refs.items())
        late_ids = {rid for rid, *_ in self.late}
        previous_day = self.established_on()
        for index, (mid, day, status) in enumerate(meetings):
            rows: list[tuple[dict, tuple | None]] = []
            for sid, title, title_zh in self.standing[: quota[index]]:
                rows.append(
                    (
                        {
                            "meeting_id": mid,
                            "title": title,
                            "title_zh": title_zh,
                            "source": "standing",
                            "standing_item_id": sid,
                            "owner_side_id": None,
                            "owner_agency_id": None,
                            "briefing_note": "",
                            "carried_from_id": None,
                            "first_raised_meeting_id": mid,
                            "times_carried": 0,
                        },
                        None,
                    )
                )
            for prev in carried[: max(0, quota[index] - len(rows))]:
                rows.append(
                    (
                        {
                            "meeting_id": mid,
                            "title": prev["title"],
                            "title_zh": prev["title_zh"],
                            "source": prev["source"],
                            "standing_item_id": None,
                            "owner_side_id": prev["owner_side_id"],
                            "owner_agency_id": prev["owner_agency_id"],
                            "briefing_note": prev["briefing_note"],
                            "carried_from_id": prev["id"],
                            "first_raised_meeting_id": prev["first_raised_meeting_id"],
                            "times_carried": prev["times_carried"] + 1,
                        },
                        prev["_link"],
                    )
                )
            recent = [e for e in escalations if previous_day <= e[1].date() < day]
            recent_requests = [
                rid for received, rid in requests_by_day if previous_day <= received < day and rid in late_ids
            ]
            while len(rows) < quota[index]:
                pick = rng.random()
                if pick < 0.45 and recent:
                    eid, _at, side_id, agency, title = recent.pop(rng.randrange(len(recent)))
                    rows.append(
                        (
                            self._new_item(
                                mid,
                                "escalation",
                                title,
                                side_id,
                                agency,
                                "The requesting side will ask for a firm delivery date.",
                            ),
                            ("e", eid),
                        )
                    )
                elif pick < 0.8 and recent_requests:
                    rid = recent_requests.pop(rng.randrange(len(recent_requests)))
                    reference, to_side, agency, _received = self.request_refs[rid]
                    rows.append(
                        (
                            self._new_item(
                                mid,
                                "request",
                                f"Delayed response to request {reference}",
                                to_side,
                                agency,
                                "The response is overdue; the requesting side asks for a date.",
                            ),
                            ("r", rid),
                        )
                    )
                else:
                    side = rng.choice(sorted(self.sides))
                    rows.append(
                        (
                            self._new_item(
                                mid,
                                "proposal",
                                rng.choice(PROPOSALS),
                                self.sides[side][0],
                                None,
                                "Proposed by the side named as owner.",
                            ),
                            None,
                        )
                    )
            carried = []
            for position, (item, link) in enumerate(rows, start=1):
                item["id"] = next(iter(self._ids(AgendaItem, 1)))
                item.update(
                    position=position,
                    status="open",
                    outcome="",
                    withdraw_reason="",
                    version=1,
                    **self._stamps(day - timedelta(days=14)),
                )
                item["_link"] = link
                if link and link[0] == "e":
                    item_escalations.append({"agenda_item_id": item["id"], "escalation_id": link[1]})
                elif link:
                    item_requests.append({"agenda_item_id": item["id"], "request_id": link[1]})
                if status != "held":
                    continue
                roll = rng.random()
                if item["source"] == "standing":
                    item.update(status="discussed", outcome="Both sides presented their figures.")
                elif roll < 0.4:
                    item["status"] = "carried"
                    carried.append(item)
                elif roll < 0.45:
                    item.update(status="withdrawn", withdraw_reason="Overtaken by events.")
                else:
                    item.update(
                        status="resolved",
                        outcome="Agreed: the responding side will deliver the remaining data within 30 days.",
                    )
                    actions.append(
                        dict(
                            meeting_id=item["meeting_id"],
                            agenda_item_id=item["id"],
                            text="Deliver the remaining data",
                            text_zh="",
                            owner_delegate_id=None,
                            note="",
                            evidence="",
                            owner_side_id=item["owner_side_id"],
                            owner_agency_id=item["owner_agency_id"],
                            owner_name="",
                            due_on=day + timedelta(days=30),
                            status="done" if index < len(meetings) - 2 else "open",
                            completed_on=day + timedelta(days=25) if index < len(meetings) - 2 else None,
                            version=1,
                            **self._stamps(day),
                        )
                    )
            items.extend(item for item, _ in rows)
            previous_day = day
        for item in items:
            del item["_link"]
        for aid, action in zip(self._ids(Commitment, len(actions)), actions, strict=True):
            action["id"] = aid
        self.rows["agenda_item"] = items
        self.rows["agenda_item_request"] = item_requests
        self.rows["agenda_item_escalation"] = item_escalations
        self.rows["commitment"] = actions

    @staticmethod
    def _new_item(mid: int, source: str, title: str, side_id, agency_id, note: str) -> dict:
        return {
            "meeting_id": mid,
            "title": title,
            "title_zh": "",
            "source": source,
            "standing_item_id": None,
            "owner_side_id": side_id,
            "owner_agency_id": agency_id,
            "briefing_note": note,
            "carried_from_id": None,
            "first_raised_meeting_id": mid,
            "times_carried": 0,
        }


TABLE_ORDER = (
    "agency",
    "delegate",
    "meeting",
    "delegation_member",
    "request",
    "request_update",
    "escalation",
    "escalation_request",
    "agenda_item",
    "agenda_item_request",
    "agenda_item_escalation",
    "commitment",
)


def _insert(db, rows: dict[str, list[dict]]) -> None:
    """One transaction per table, executemany in batches of ``BATCH`` rows."""
    from sqlalchemy import insert, text

    from dialogue_planner.storage.models import Base

    tables = Base.metadata.tables
    for name in TABLE_ORDER:
        table_rows = rows.get(name) or []
        if not table_rows:
            continue
        with db.engine.begin() as conn:
            for start in range(0, len(table_rows), BATCH):
                conn.execute(insert(tables[name]), table_rows[start : start + BATCH])
    if db.dialect == "postgresql":  # explicit ids leave the sequences behind: move them past the rows
        with db.engine.begin() as conn:
            for name in TABLE_ORDER:
                if "id" in tables[name].c:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"(SELECT COALESCE(MAX(id), 1) FROM {name}))"
                        )
                    )
            conn.execute(text("ANALYZE"))
    else:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()


def is_archive(db) -> bool:
    """True when the database already holds a generated archive (its delegates carry the mark)."""
    from sqlalchemy import func, select

    from dialogue_planner.storage.models import Delegate

    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                select(func.count()).select_from(Delegate).where(Delegate.external_id.like(f"{MARK}%"))
            ).scalar()
        )


def counts(db) -> dict[str, int]:
    from sqlalchemy import func, select

    from dialogue_planner.storage.models import Base

    tables = Base.metadata.tables
    with db.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(tables[name])).scalar()
            for name in TABLE_ORDER
        }


def upcoming_meeting(db) -> int:
    from sqlalchemy import func, select

    from dialogue_planner.storage.models import Meeting

    with db.engine.connect() as conn:
        return conn.execute(select(func.max(Meeting.number))).scalar() or 0


def build_archive(url: str, *, seed: int = SEED, scale: Scale = Scale()) -> ArchiveSummary:
    """Fill the database at ``url`` (created and migrated if needed) with the archive; refuse one that
    already holds an archive or other data, so nothing is ever mixed or lost."""
    from sqlalchemy import func, select, update

    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database
    from dialogue_planner.storage.models import Delegate, Dialogue, Meeting, Request

    started = time.perf_counter()
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            existing = sum(
                conn.execute(select(func.count()).select_from(m)).scalar()
                for m in (Delegate, Meeting, Request)
            )
        if existing:
            raise ValidationError(
                f"{db.display_url} already holds delegates, meetings or requests; the archive is "
                "only generated into an empty database."
            )
        ctx = ServiceContext.connect(db, login=ARCHIVE_ADMIN if db.is_sqlite else None)
        dialogue_id = initialise(ctx).dialogue_id
        generator = _Generator(db, dialogue_id, seed, scale)
        rows = generator.build()
        year, half = generator.first_window()
        with db.engine.begin() as conn:
            conn.execute(
                update(Dialogue)
                .where(Dialogue.id == dialogue_id)
                .values(
                    established_on=generator.established_on(),
                    first_meeting_deadline=date(year, 6, 30) if half == 1 else date(year, 12, 31),
                )
            )
        _insert(db, rows)
        summary = ArchiveSummary(
            db.display_url, seed, scale, counts(db), time.perf_counter() - started, upcoming_meeting(db)
        )
    finally:
        db.dispose()
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL or SQLite file; must hold no data yet")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full archive (default 1)")
    args = parser.parse_args(argv)
    from dialogue_planner.domain.errors import DialogueError

    try:
        summary = build_archive(args.db, seed=args.seed, scale=Scale().times(args.scale))
    except DialogueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for name, value in summary.counts.items():
        print(f"{name:24} {value:9,}")
    print(
        f"archive built in {summary.seconds:.1f} s: {summary.url} (upcoming meeting {summary.upcoming_meeting})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
