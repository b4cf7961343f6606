"""Several dialogues (mechanisms) in one database: list them, add one, choose the one to work on, change
its cadence, end it and name its successor, and hand what is still open over to the successor.

Every dialogue shares the two sides, their agencies and delegates; each has its own meetings, agenda,
standing items, timeliness standards, blackouts, requests and escalations (what hangs off ``dialogue_id``).

**The current dialogue** of a session is the one given by code (``--dialogue CODE``), else the one most
recently active for the caller: the one the caller last chose (:func:`choose_dialogue`: ``dialogues use``,
the window's switcher, or adding a dialogue), else the one anyone last chose, else the oldest that has not
ended (``context.default_dialogue_id``). A choice is a preference, not a change of the record: it is not
audited, and a login that may not write (a viewer) chooses for its session only.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import func, select

from dialogue_planner.domain.commitments import UNSETTLED
from dialogue_planner.domain.dialogue_life import (
    CadenceStep,
    DialogueSummary,
    HandOver,
    HandOverItem,
    cadence_on,
    check_code,
    check_end,
    check_per_year,
    successor_cycle,
)
from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_day, check_line, check_optional_day
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import (
    AgendaStatus,
    EscalationStatus,
    MeetingStatus,
    RequestStatus,
    Role,
)
from dialogue_planner.storage.models import (
    AgendaItem,
    Commitment,
    Dialogue,
    DialogueCadence,
    DialogueChoice,
    Escalation,
    Meeting,
    Request,
    StandingItem,
    TimelinessStandard,
)

from .agenda import _carry
from .context import ServiceContext, Transaction, dialogue_id_by_code, snapshot
from .mapping import cadence_steps

NAME_MAX = 400
OPEN_REQUESTS = (RequestStatus.OPEN.value, RequestStatus.ACKNOWLEDGED.value, RequestStatus.RESPONDED.value)
OPEN_ESCALATIONS = (EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value)
UNSETTLED_ITEMS = (AgendaStatus.OPEN.value, AgendaStatus.DISCUSSED.value)


def _summary(s, d: Dialogue, current_id: int | None, today: date) -> DialogueSummary:
    steps = cadence_steps(d)
    day = min(today, d.ended_on) if d.ended_on else today
    successor = s.get(Dialogue, d.replaced_by_id).code if d.replaced_by_id else None
    return DialogueSummary(
        id=d.id,
        code=d.code,
        name_en=d.name_en,
        name_zh=d.name_zh,
        established_on=d.established_on,
        ended_on=d.ended_on,
        successor=successor,
        meetings_per_year=cadence_on(
            day, base=d.meetings_per_year, established_on=d.established_on, steps=steps
        ),
        current=d.id == current_id,
        first_meeting_deadline=d.first_meeting_deadline,
        cadence=steps,
    )


def list_dialogues(ctx: ServiceContext, *, today: date | None = None) -> tuple[DialogueSummary, ...]:
    """Every dialogue, oldest first; ``current`` marks the one this session works on."""
    today = today or date.today()
    with ctx.read() as s:
        rows = s.scalars(select(Dialogue).order_by(Dialogue.established_on, Dialogue.id))
        return tuple(_summary(s, d, ctx.dialogue_id, today) for d in rows)


def get_dialogue(
    ctx: ServiceContext, code: str | None = None, *, today: date | None = None
) -> DialogueSummary:
    """The dialogue with ``code``, or the current one."""
    with ctx.read() as s:
        ident = dialogue_id_by_code(s, code) if code is not None else ctx.require_dialogue()
        return _summary(s, s.get_one(Dialogue, ident), ctx.dialogue_id, today or date.today())


def cadence_history(ctx: ServiceContext, code: str | None = None) -> tuple[CadenceStep, ...]:
    """The cadence of the dialogue ``code`` (or the current one) from its establishment on, oldest first: the
    starting cadence on the establishment day, then each change."""
    with ctx.read() as s:
        ident = dialogue_id_by_code(s, code) if code is not None else ctx.require_dialogue()
        d = s.get_one(Dialogue, ident)
        later = [step for step in cadence_steps(d) if step.from_on > d.established_on]
        return (CadenceStep(d.established_on, d.meetings_per_year), *later)


def _remember(tx: Transaction, dialogue_id: int) -> None:
    s = tx.session
    login = tx.ctx.user.login
    choice = s.scalar(select(DialogueChoice).where(DialogueChoice.login == login))
    now = datetime.now(timezone.utc)
    if choice is None:
        s.add(DialogueChoice(login=login, dialogue_id=dialogue_id, chosen_at=now))
    else:
        choice.dialogue_id, choice.chosen_at = dialogue_id, now


def choose_dialogue(ctx: ServiceContext, code: str) -> DialogueSummary:
    """Work on the dialogue with ``code`` from now on: this context at once, and (for a login that may
    write) the default of the caller's later sessions. For the window's switcher and ``dialogues use``."""
    with ctx.read() as s:
        ident = dialogue_id_by_code(s, code)
    if ctx.can(Role.SECRETARIAT) and not ctx.db.read_only:
        with ctx.write(Role.SECRETARIAT) as tx:
            _remember(tx, ident)
    ctx.dialogue_id = ident
    return get_dialogue(ctx)


def _by_code(tx: Transaction, code: str) -> Dialogue:
    return tx.session.get_one(Dialogue, dialogue_id_by_code(tx.session, code))


def add_dialogue(
    ctx: ServiceContext,
    *,
    name_en: str,
    code: str,
    established_on: date,
    name_zh: str = "",
    meetings_per_year: int = 2,
    first_by: date | None = None,
) -> DialogueSummary:
    """A new dialogue between the same two sides as the current one (or the oldest), with the default
    standing items and timeliness standards of the embedded mechanism. It becomes the caller's current one."""
    from .setup import load_seed

    code = check_code(code)
    name_en = check_line(name_en, "English name", NAME_MAX)
    if not name_en:
        raise ValidationError(msg("Give the dialogue an English name."))
    name_zh = check_line(name_zh, "Chinese name", NAME_MAX)
    check_day(established_on, "establishment date")
    check_per_year(meetings_per_year)
    check_optional_day(first_by, "first-meeting deadline")
    if first_by is not None and first_by < established_on:
        raise ValidationError(
            msg(
                "The first meeting cannot be due ({first_by}) before the dialogue is established ({established_on}).",
                first_by=first_by.isoformat(),
                established_on=established_on.isoformat(),
            )
        )
    seed = load_seed()
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        if s.scalar(select(Dialogue.id).where(func.upper(Dialogue.code) == code)) is not None:
            raise ConflictError(
                msg("A dialogue with the code {code} exists already: choose another code.", code=code)
            )
        if s.scalar(select(Dialogue.id).where(Dialogue.name_en == name_en)) is not None:
            raise ConflictError(
                msg("A dialogue named '{name_en}' exists already: choose another name.", name_en=name_en)
            )
        model = s.get(Dialogue, ctx.dialogue_id) if ctx.dialogue_id else None
        model = model or s.scalar(select(Dialogue).order_by(Dialogue.id).limit(1))
        if model is None:
            raise NotFoundError(msg("This database has no sides yet: run 'init' first, then add dialogues."))
        dialogue = Dialogue(
            code=code,
            name_en=name_en,
            name_zh=name_zh,
            short_name="",
            side_a_id=model.side_a_id,
            side_b_id=model.side_b_id,
            meetings_per_year=meetings_per_year,
            first_meeting_deadline=first_by,
            established_on=established_on,
        )
        s.add(dialogue)
        tx.audit("dialogue.add", dialogue, summary=f"dialogue {code}")
        for position, row in enumerate(seed["standing_items"], start=1):
            item = StandingItem(dialogue_id=dialogue.id, position=position, **row)
            s.add(item)
            tx.audit("standing_item.add", item)
        for row in seed["timeliness_standards"]:
            standard = TimelinessStandard(dialogue_id=dialogue.id, **row)
            s.add(standard)
            tx.audit("timeliness_standard.add", standard)
        _remember(tx, dialogue.id)
        s.flush()
        ident = dialogue.id
    ctx.dialogue_id = ident
    return get_dialogue(ctx)


def end_dialogue(
    ctx: ServiceContext, code: str, *, on: date, successor: str | None = None
) -> DialogueSummary:
    """End the dialogue on ``on`` (not before its last held meeting), naming its successor if given.
    Ending again corrects the date (and the successor, when one is given)."""
    check_day(on, "end date")
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        dialogue = _by_code(tx, code)
        held = s.execute(
            select(Meeting.number, func.coalesce(Meeting.actual_end, Meeting.actual_start))
            .where(Meeting.dialogue_id == dialogue.id, Meeting.status == MeetingStatus.HELD.value)
            .order_by(func.coalesce(Meeting.actual_end, Meeting.actual_start).desc())
            .limit(1)
        ).first()
        check_end(
            code=dialogue.code,
            established_on=dialogue.established_on,
            on=on,
            last_held=(held[0], held[1]) if held and held[1] else None,
        )
        before = snapshot(dialogue)
        if successor is not None:
            follower = _by_code(tx, successor)
            if follower.id == dialogue.id:
                raise ValidationError(
                    msg(
                        "{code} cannot succeed itself: name another dialogue as its successor.",
                        code=dialogue.code,
                    )
                )
            chain = dict(s.execute(select(Dialogue.id, Dialogue.replaced_by_id)).all())
            cycle = successor_cycle(chain, dialogue.id, follower.id)
            if cycle:
                codes = dict(s.execute(select(Dialogue.id, Dialogue.code)).all())
                raise ValidationError(
                    "That would make a circle of successors ("
                    + " → ".join(codes[i] for i in cycle)
                    + "): a dialogue cannot follow "
                    "one that follows it."
                )
            dialogue.replaced_by_id = follower.id
        dialogue.ended_on = on
        tx.audit(
            "dialogue.end",
            dialogue,
            before,
            summary=f"{dialogue.code} ended on {on.isoformat()}"
            + (f", succeeded by {successor.strip().upper()}" if successor else ""),
        )
        ident = dialogue.id
    with ctx.read() as s:
        return _summary(s, s.get_one(Dialogue, ident), ctx.dialogue_id, date.today())


def set_cadence(ctx: ServiceContext, code: str, *, from_on: date, meetings_per_year: int) -> DialogueSummary:
    """From ``from_on`` on, the dialogue meets ``meetings_per_year`` times a year (a change on the same date
    replaces the one stored; on the establishment date it changes the starting cadence)."""
    check_day(from_on, "cadence date")
    check_per_year(meetings_per_year)
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        dialogue = _by_code(tx, code)
        if from_on < dialogue.established_on:
            raise ValidationError(
                msg(
                    "{code} was established on {established_on}: a cadence cannot start before that ({from_on}).",
                    code=dialogue.code,
                    established_on=dialogue.established_on.isoformat(),
                    from_on=from_on.isoformat(),
                )
            )
        if dialogue.ended_on is not None and from_on > dialogue.ended_on:
            raise ValidationError(
                msg(
                    "{code} ended on {ended_on}: a cadence cannot start after that ({from_on}).",
                    code=dialogue.code,
                    ended_on=dialogue.ended_on.isoformat(),
                    from_on=from_on.isoformat(),
                )
            )
        if from_on == dialogue.established_on:
            before = snapshot(dialogue)
            dialogue.meetings_per_year = meetings_per_year
            tx.audit(
                "dialogue.cadence", dialogue, before, summary=f"{meetings_per_year} a year from the start"
            )
        else:
            row = s.scalar(
                select(DialogueCadence).where(
                    DialogueCadence.dialogue_id == dialogue.id, DialogueCadence.from_on == from_on
                )
            )
            if row is None:
                row = DialogueCadence(
                    dialogue_id=dialogue.id, from_on=from_on, meetings_per_year=meetings_per_year
                )
                s.add(row)
                tx.audit(
                    "dialogue_cadence.add",
                    row,
                    summary=f"{dialogue.code}: {meetings_per_year} a year from {from_on.isoformat()}",
                )
            else:
                before = snapshot(row)
                row.meetings_per_year = meetings_per_year
                tx.audit("dialogue_cadence.update", row, before)
        ident = dialogue.id
    with ctx.read() as s:
        return _summary(s, s.get_one(Dialogue, ident), ctx.dialogue_id, date.today())


def _plan_hand_over(
    s, dialogue: Dialogue
) -> tuple[Dialogue, Meeting | None, list[AgendaItem], list[Request], list[Escalation]]:
    if dialogue.ended_on is None or dialogue.replaced_by_id is None:
        raise ValidationError(
            msg(
                "{code} has not ended with a successor: end it first, naming the dialogue that succeeds it.",
                code=dialogue.code,
            )
        )
    successor = s.get_one(Dialogue, dialogue.replaced_by_id)
    items = list(
        s.scalars(
            select(AgendaItem)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.dialogue_id == dialogue.id,
                AgendaItem.status.in_(UNSETTLED_ITEMS),
                AgendaItem.source != "standing",
            )
            .order_by(Meeting.number, AgendaItem.position, AgendaItem.id)
        )
    )
    requests = list(
        s.scalars(
            select(Request)
            .where(Request.dialogue_id == dialogue.id, Request.status.in_(OPEN_REQUESTS))
            .order_by(Request.id)
        )
    )
    escalations = list(
        s.scalars(
            select(Escalation)
            .where(Escalation.dialogue_id == dialogue.id, Escalation.status.in_(OPEN_ESCALATIONS))
            .order_by(Escalation.id)
        )
    )
    target = s.scalar(
        select(Meeting)
        .where(
            Meeting.dialogue_id == successor.id,
            Meeting.status.in_((MeetingStatus.PLANNED.value, MeetingStatus.CONFIRMED.value)),
        )
        .order_by(func.coalesce(Meeting.actual_start, Meeting.planned_start), Meeting.number)
        .limit(1)
    )
    return successor, target, items, requests, escalations


def _hand_over_record(
    s,
    dialogue: Dialogue,
    successor: Dialogue,
    target: Meeting | None,
    items,
    requests,
    escalations,
    applied: bool,
    numbers: dict[int, int],
) -> HandOver:
    def open_actions(item_id: int) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(Commitment)
                .where(Commitment.agenda_item_id == item_id, Commitment.status.in_(UNSETTLED))
            )
            or 0
        )

    return HandOver(
        dialogue.code,
        successor.code,
        target.number if target else None,
        tuple(HandOverItem(i.id, numbers[i.meeting_id], i.title, open_actions(i.id)) for i in items),
        tuple(r.reference for r in requests),
        tuple(e.reference for e in escalations),
        applied,
    )


def hand_over(ctx: ServiceContext, code: str, *, dry_run: bool = True) -> HandOver:
    """What the ended dialogue ``code`` still has open, passed to its successor unless ``dry_run`` (the
    listing alone): its unsettled agenda items (standing ones stay) are carried to the successor's next
    planned or confirmed meeting, their open action items (commitments) with them; its open requests and
    escalations become the successor's. All of it, or nothing."""
    if dry_run:
        with ctx.read() as s:
            dialogue = s.get_one(Dialogue, dialogue_id_by_code(s, code))
            successor, target, items, requests, escalations = _plan_hand_over(s, dialogue)
            numbers = dict(s.execute(select(Meeting.id, Meeting.number)).all())
            return _hand_over_record(
                s, dialogue, successor, target, items, requests, escalations, False, numbers
            )
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        dialogue = _by_code(tx, code)
        successor, target, items, requests, escalations = _plan_hand_over(s, dialogue)
        numbers = dict(s.execute(select(Meeting.id, Meeting.number)).all())
        record = _hand_over_record(
            s, dialogue, successor, target, items, requests, escalations, True, numbers
        )
        if record.empty:
            raise ValidationError(
                msg(
                    "{code} has nothing open to hand over to {code2}.",
                    code=dialogue.code,
                    code2=successor.code,
                )
            )
        if items and target is None:
            raise ValidationError(
                msg(
                    "{code} has {count} open agenda item(s) and {code2} has no planned meeting to take them: add the successor's next meeting first.",
                    code=dialogue.code,
                    count=len(items),
                    code2=successor.code,
                )
            )
        if items:
            assert target is not None  # no target with open items was refused above
            from dialogue_planner.domain.agenda import Carry

            plan = [
                Carry(
                    item_id=i.id,
                    title=i.title,
                    from_meeting_id=i.meeting_id,
                    to_meeting_id=target.id,
                    new_link=True,
                    times_carried=i.times_carried + 1,
                    first_raised_meeting_id=i.first_raised_meeting_id or i.meeting_id,
                )
                for i in items
            ]
            new_ids = _carry(tx, plan, target)
            for old, new_id in zip(items, new_ids, strict=True):
                for action in s.scalars(
                    select(Commitment).where(
                        Commitment.agenda_item_id == old.id, Commitment.status.in_(UNSETTLED)
                    )
                ):
                    before = snapshot(action)
                    action.agenda_item_id, action.meeting_id = new_id, target.id
                    tx.audit("commitment.hand_over", action, before, summary=f"to {successor.code}")
        moved: list[Request | Escalation] = [*requests, *escalations]
        for row in moved:
            before = snapshot(row)
            row.dialogue_id = successor.id
            tx.audit(
                f"{row.__tablename__}.hand_over",
                row,
                before,
                summary=f"{row.reference}: from {dialogue.code} to {successor.code}",
            )
        return record
