"""What the Overview page shows: the dialogue, both sides with their agencies, and counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dialogue_planner.domain.records import AgencyRecord, Counts, DialogueRecord
from dialogue_planner.storage.models import Agency, Dialogue

from .commitments import CommitmentAlerts, commitment_alerts
from .context import ServiceContext
from .info import count_rows
from .mapping import agency_record, dialogue_record


@dataclass(frozen=True)
class Overview:
    dialogue: DialogueRecord | None
    agencies: dict[str, tuple[AgencyRecord, ...]]
    counts: Counts
    #: Overdue and due-soon commitments (None without a dialogue).
    commitments: CommitmentAlerts | None = None


def overview(ctx: ServiceContext, *, today: date | None = None) -> Overview:
    counts = count_rows(ctx)
    if ctx.dialogue_id is None:
        return Overview(None, {}, counts)
    with ctx.read() as s:
        dialogue = dialogue_record(s.get_one(Dialogue, ctx.dialogue_id))
        rows = s.scalars(select(Agency).where(Agency.active).order_by(Agency.id))
        agencies: dict[str, list[AgencyRecord]] = {side.code: [] for side in dialogue.sides}
        for a in rows:
            agencies.setdefault(a.side.code, []).append(agency_record(a))
    return Overview(
        dialogue, {k: tuple(v) for k, v in agencies.items()}, counts, commitment_alerts(ctx, as_of=today)
    )
