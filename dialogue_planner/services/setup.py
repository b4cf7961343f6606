"""``init``: the 2015 mechanism as the embedded default. Idempotent: a second run changes nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.resources_path import resource
from dialogue_planner.storage.models import Agency, Dialogue, Side, StandingItem, TimelinessStandard

from .context import ServiceContext


@dataclass(frozen=True)
class InitResult:
    created: int
    dialogue_id: int


def load_seed(name: str = "mechanism-2015.json") -> dict:
    return json.loads(resource("demo", name).read_text(encoding="utf-8"))


def initialise(ctx: ServiceContext) -> InitResult:
    """Create the sides, the dialogue, its agencies, standing items and timeliness standards if missing."""
    seed = load_seed()
    created = 0
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        sides: dict[str, Side] = {}
        for row in seed["sides"]:
            side = s.scalar(select(Side).where(Side.code == row["code"]))
            if side is None:
                side = Side(**row)
                s.add(side)
                tx.audit("side.add", side)
                created += 1
            sides[row["code"]] = side

        d = seed["dialogue"]
        dialogue = s.scalar(select(Dialogue).where(Dialogue.name_en == d["name_en"]))
        if dialogue is None:
            fields = {k: v for k, v in d.items() if k not in ("side_a", "side_b")}
            for key in ("first_meeting_deadline", "established_on"):
                fields[key] = date.fromisoformat(fields[key])
            dialogue = Dialogue(side_a=sides[d["side_a"]], side_b=sides[d["side_b"]], **fields)
            s.add(dialogue)
            tx.audit("dialogue.add", dialogue)
            created += 1

        by_acronym: dict[tuple[str, str], Agency] = {}
        for row in seed["agencies"]:
            side = sides[row["side"]]
            agency = s.scalar(
                select(Agency).where(Agency.side_id == side.id, Agency.acronym == row["acronym"])
            )
            if agency is None:
                parent = by_acronym.get((row["side"], row.get("parent", "")))
                agency = Agency(
                    side=side,
                    parent_id=parent.id if parent else None,
                    acronym=row["acronym"],
                    name_en=row["name_en"],
                    name_zh=row["name_zh"],
                    kind=row.get("kind", "ministry"),
                    dialogue_role=row.get("dialogue_role", ""),
                    rank=row.get("rank", ""),
                )
                s.add(agency)
                tx.audit("agency.add", agency)
                created += 1
            by_acronym[(row["side"], row["acronym"])] = agency

        for position, row in enumerate(seed["standing_items"], start=1):
            exists = s.scalar(
                select(StandingItem).where(
                    StandingItem.dialogue_id == dialogue.id, StandingItem.title == row["title"]
                )
            )
            if exists is None:
                item = StandingItem(dialogue_id=dialogue.id, position=position, **row)
                s.add(item)
                tx.audit("standing_item.add", item)
                created += 1

        for row in seed["timeliness_standards"]:
            known = s.scalar(
                select(TimelinessStandard).where(
                    TimelinessStandard.dialogue_id == dialogue.id, TimelinessStandard.kind == row["kind"]
                )
            )
            if known is None:
                std = TimelinessStandard(dialogue_id=dialogue.id, **row)
                s.add(std)
                tx.audit("timeliness_standard.add", std)
                created += 1
        s.flush()
        ctx.dialogue_id = ctx.dialogue_id or dialogue.id
        return InitResult(created=created, dialogue_id=dialogue.id)
