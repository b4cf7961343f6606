"""The joint summary of outcomes of each meeting (issue 15): drafting it from the agenda, editing the
draft, proposing it, each side's agreement, revisions, the comparison of versions and the printed copy.

The rules are in ``domain/outcomes.py``; every write is one transaction with an audit entry per row, and
a refused act changes nothing. Acts always concern the meeting's latest version; older versions stay as
they were, readable with their agreements.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_name, check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.outcomes import (
    MAX_PARAGRAPHS,
    DraftResult,
    OutcomeAgreementRecord,
    OutcomeDiff,
    OutcomeParagraphRecord,
    OutcomeStatus,
    OutcomeVersionRecord,
    PreviousOutcomes,
    agreement,
    check_editable,
    check_paragraph_text,
    check_proposable,
    check_reason,
    check_revisable,
    diff_paragraphs,
)
from dialogue_planner.domain.vocabulary import AgendaStatus, MeetingStatus, Role
from dialogue_planner.storage.models import (
    AgendaItem,
    Dialogue,
    Meeting,
    OutcomeAgreement,
    OutcomeParagraph,
    OutcomeVersion,
    Side,
    utcnow,
)

from .context import ServiceContext, Transaction, snapshot
from .lookup import meeting_by_number, side_by_code


# -- loading ------------------------------------------------------------------------------------------
def _versions(s: Session, meeting: Meeting) -> list[OutcomeVersion]:
    return list(
        s.scalars(
            select(OutcomeVersion)
            .where(OutcomeVersion.meeting_id == meeting.id)
            .order_by(OutcomeVersion.number)
        )
    )


def _latest(s: Session, meeting: Meeting) -> OutcomeVersion | None:
    return s.scalar(
        select(OutcomeVersion)
        .where(OutcomeVersion.meeting_id == meeting.id)
        .order_by(OutcomeVersion.number.desc())
        .limit(1)
    )


def _require_latest(s: Session, meeting: Meeting) -> OutcomeVersion:
    v = _latest(s, meeting)
    if v is None:
        raise NotFoundError(
            msg(
                "Meeting {number} has no summary of outcomes yet: draft one from the agenda or add a paragraph first.",
                number=meeting.number,
            )
        )
    return v


def _version(s: Session, meeting: Meeting, number: int) -> OutcomeVersion:
    check_record_number(number, "version number")
    v = s.scalar(
        select(OutcomeVersion).where(OutcomeVersion.meeting_id == meeting.id, OutcomeVersion.number == number)
    )
    if v is None:
        known = [str(x.number) for x in _versions(s, meeting)]
        have = f"it has version(s) {', '.join(known)}" if known else "it has none yet"
        raise NotFoundError(
            msg(
                "The outcomes of meeting {number} have no version {number2}; {have}.",
                number=meeting.number,
                number2=number,
                have=have,
            )
        )
    return v


def _paragraphs(s: Session, version: OutcomeVersion) -> list[OutcomeParagraph]:
    return list(
        s.scalars(
            select(OutcomeParagraph)
            .where(OutcomeParagraph.outcome_version_id == version.id)
            .order_by(OutcomeParagraph.position, OutcomeParagraph.id)
        )
    )


def _paragraph_records(paragraphs: list[OutcomeParagraph]) -> tuple[OutcomeParagraphRecord, ...]:
    return tuple(
        OutcomeParagraphRecord(
            number=i,
            text_en=p.text_en or "",
            text_zh=p.text_zh or "",
            item=p.agenda_item_id,
            edited=bool(p.edited),
            lineage=p.lineage,
        )
        for i, p in enumerate(paragraphs, start=1)
    )


def _record(s: Session, meeting: Meeting, v: OutcomeVersion) -> OutcomeVersionRecord:
    s.flush()
    code = dict(s.execute(select(Side.id, Side.code)).all())
    agreements = tuple(
        OutcomeAgreementRecord(
            side=code.get(a.side_id, "?"), by=a.agreed_by or "", at=a.agreed_at, version=v.number
        )
        for a in s.scalars(
            select(OutcomeAgreement)
            .where(OutcomeAgreement.outcome_version_id == v.id)
            .order_by(OutcomeAgreement.agreed_at, OutcomeAgreement.id)
        )
    )
    last = s.scalar(select(func.max(OutcomeVersion.number)).where(OutcomeVersion.meeting_id == meeting.id))
    return OutcomeVersionRecord(
        meeting=meeting.number,
        version=v.number,
        status=v.status,
        reason=v.reason or "",
        created_by=v.created_by or "",
        created_at=v.created_at,
        agreements=agreements,
        paragraphs=_paragraph_records(_paragraphs(s, v)),
        latest=v.number == last,
    )


def _dialogue_sides(s: Session, dialogue_id: int) -> list[Side]:
    d = s.get_one(Dialogue, dialogue_id)
    return [s.get_one(Side, d.side_a_id), s.get_one(Side, d.side_b_id)]


def show_outcomes(ctx: ServiceContext, meeting: int, version: int | None = None) -> OutcomeVersionRecord:
    """A version of the meeting's outcomes (the latest without ``version``), with its agreements."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        v = _require_latest(s, m) if version is None else _version(s, m, version)
        return _record(s, m, v)


def outcome_history(ctx: ServiceContext, meeting: int) -> list[OutcomeVersionRecord]:
    """Every version of the meeting's outcomes, oldest first (empty when there is none yet)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        return [_record(s, m, v) for v in _versions(s, m)]


# -- writing the draft --------------------------------------------------------------------------------
def _new_version(tx: Transaction, meeting: Meeting, number: int, reason: str = "") -> OutcomeVersion:
    v = OutcomeVersion(
        meeting_id=meeting.id,
        number=number,
        status=OutcomeStatus.DRAFT.value,
        reason=reason,
        created_by=tx.ctx.user.login,
    )
    tx.session.add(v)
    tx.audit(
        "outcomes.version",
        v,
        summary=f"outcomes of meeting {meeting.number}: version {number} opened"
        + (f" ({reason})" if reason else ""),
    )
    return v


def _draft_for_writing(tx: Transaction, meeting: Meeting) -> tuple[OutcomeVersion, bool]:
    """The latest version if it is a draft, or a first version when there is none; a frozen latest
    version is refused (with the advice to revise it)."""
    v = _latest(tx.session, meeting)
    if v is None:
        return _new_version(tx, meeting, 1), True
    check_editable(v.status, meeting.number, v.number)
    return v, False


def _add(
    tx: Transaction,
    version: OutcomeVersion,
    position: int,
    text_en: str,
    text_zh: str,
    item_id: int | None,
    *,
    edited: bool,
    lineage: str | None = None,
) -> OutcomeParagraph:
    p = OutcomeParagraph(
        outcome_version_id=version.id,
        position=position,
        lineage=lineage or uuid.uuid4().hex,
        text_en=text_en,
        text_zh=text_zh,
        agenda_item_id=item_id,
        edited=edited,
    )
    tx.session.add(p)
    tx.audit("outcomes.paragraph_add", p, summary=f"paragraph {position} of version {version.number}")
    return p


def _check_room(count: int) -> None:
    if count >= MAX_PARAGRAPHS:
        raise ValidationError(
            msg(
                "A summary of outcomes may have at most {max_paragraphs} paragraphs.",
                max_paragraphs=MAX_PARAGRAPHS,
            )
        )


def _renumber(tx: Transaction, paragraphs: list[OutcomeParagraph]) -> None:
    for i, p in enumerate(paragraphs, start=1):
        if p.position != i:
            before = snapshot(p)
            p.position = i
            tx.audit("outcomes.paragraph_renumber", p, before)


#: Items whose outcome text the draft reports: resolved ones, and standing items reviewed (discussed) with
#: an outcome written down; an open, carried or withdrawn item produced no outcome at this meeting.
DRAFTED_STATUSES = (AgendaStatus.RESOLVED.value, AgendaStatus.DISCUSSED.value)


def draft_outcomes(ctx: ServiceContext, meeting: int) -> DraftResult:
    """Build (or bring up to date) the draft from the meeting's resolved agenda items and their outcomes.

    An item without a paragraph gets one at the end; a paragraph no one has edited follows its item's
    outcome text when that changed; a paragraph edited by hand is never overwritten."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        items = [
            i
            for i in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == m.id, AgendaItem.status.in_(DRAFTED_STATUSES))
                .order_by(AgendaItem.position, AgendaItem.id)
            )
            if (i.outcome or "").strip()
        ]
        v, created = _draft_for_writing(tx, m)
        paragraphs = _paragraphs(s, v)
        by_item = {p.agenda_item_id: p for p in paragraphs if p.agenda_item_id is not None}
        added, refreshed, kept = [], [], []
        for item in items:
            text = item.outcome.strip()
            p = by_item.get(item.id)
            if p is None:
                _check_room(len(paragraphs))
                p = _add(tx, v, len(paragraphs) + 1, text, "", item.id, edited=False)
                paragraphs.append(p)
                added.append(p.position)
            elif p.edited:
                if p.text_en != text:
                    kept.append(p.position)
            elif p.text_en != text:
                before = snapshot(p)
                p.text_en = text
                tx.audit(
                    "outcomes.paragraph_refresh",
                    p,
                    before,
                    summary=f"paragraph {p.position} follows the outcome of agenda item {item.id}",
                )
                refreshed.append(p.position)
        return DraftResult(_record(s, m, v), tuple(added), tuple(refreshed), tuple(kept), created)


def _item_of_meeting(s: Session, meeting: Meeting, item_id: int) -> int:
    check_record_number(item_id, "agenda item id")
    item = s.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        raise NotFoundError(
            msg(
                "Meeting {number} has no agenda item with id {item_id}: choose an item of that meeting's agenda.",
                number=meeting.number,
                item_id=item_id,
            ),
            field="item",
        )
    return item.id


def add_paragraph(
    ctx: ServiceContext, meeting: int, text_en: str, text_zh: str = "", item: int | None = None
) -> OutcomeVersionRecord:
    """Add a paragraph at the end of the draft (opening version 1 if the meeting has none)."""
    text_en = check_paragraph_text(text_en)
    text_zh = check_paragraph_text(text_zh, "Chinese text", required=False)
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        item_id = _item_of_meeting(s, m, item) if item is not None else None
        v, _created = _draft_for_writing(tx, m)
        count = len(_paragraphs(s, v))
        _check_room(count)
        _add(tx, v, count + 1, text_en, text_zh, item_id, edited=True)
        return _record(s, m, v)


def _paragraph(
    s: Session, meeting: Meeting, v: OutcomeVersion, number: int
) -> tuple[OutcomeParagraph, list[OutcomeParagraph]]:
    check_record_number(number, "paragraph number")
    paragraphs = _paragraphs(s, v)
    if not 1 <= number <= len(paragraphs):
        have = f"it has paragraphs 1 to {len(paragraphs)}" if paragraphs else "it has no paragraphs"
        raise NotFoundError(
            msg(
                "Version {number} of the outcomes of meeting {number2} has no paragraph {number3}; {have}.",
                number=v.number,
                number2=meeting.number,
                number3=number,
                have=have,
            )
        )
    return paragraphs[number - 1], paragraphs


def edit_paragraph(
    ctx: ServiceContext,
    meeting: int,
    paragraph: int,
    *,
    text_en: str | None = None,
    text_zh: str | None = None,
) -> OutcomeVersionRecord:
    """Change a paragraph of the draft; it is then marked edited (drafting again leaves it alone)."""
    if text_en is None and text_zh is None:
        raise ValidationError(msg("Give the new English text, the new Chinese text or both."))
    new_en = check_paragraph_text(text_en) if text_en is not None else None
    new_zh = check_paragraph_text(text_zh, "Chinese text", required=False) if text_zh is not None else None
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        v = _require_latest(s, m)
        check_editable(v.status, m.number, v.number)
        p, _all = _paragraph(s, m, v, paragraph)
        if (new_en is None or new_en == p.text_en) and (new_zh is None or new_zh == p.text_zh):
            return _record(s, m, v)  # saved as it was: nothing written
        before = snapshot(p)
        if new_en is not None:
            p.text_en = new_en
        if new_zh is not None:
            p.text_zh = new_zh
        p.edited = True
        tx.audit("outcomes.paragraph_edit", p, before, summary=f"paragraph {paragraph} of version {v.number}")
        return _record(s, m, v)


def remove_paragraph(ctx: ServiceContext, meeting: int, paragraph: int) -> OutcomeVersionRecord:
    """Take a paragraph out of the draft; the ones after it move up a number."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        v = _require_latest(s, m)
        check_editable(v.status, m.number, v.number)
        p, _paragraphs_before = _paragraph(s, m, v, paragraph)
        before = snapshot(p)
        s.execute(delete(OutcomeParagraph).where(OutcomeParagraph.id == p.id))
        tx.audit(
            "outcomes.paragraph_remove",
            entity="outcome_paragraph",
            entity_id=p.id,
            before=before,
            summary=f"paragraph {paragraph} of version {v.number} removed",
        )
        s.expire_all()
        _renumber(tx, _paragraphs(s, v))
        return _record(s, m, v)


# -- the workflow -------------------------------------------------------------------------------------
def propose_outcomes(ctx: ServiceContext, meeting: int) -> OutcomeVersionRecord:
    """Freeze the draft as the version both sides are asked to agree."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        v = _require_latest(s, m)
        check_proposable(v.status, len(_paragraphs(s, v)), m.number, v.number)
        before = snapshot(v)
        v.status = OutcomeStatus.PROPOSED.value
        tx.audit(
            "outcomes.propose",
            v,
            before,
            summary=f"outcomes of meeting {m.number}: version {v.number} proposed",
        )
        return _record(s, m, v)


def agree_outcomes(
    ctx: ServiceContext, meeting: int, side: str, by: str | None = None
) -> OutcomeVersionRecord:
    """Record one side's agreement to the proposed version (who and when); with both, it is final."""
    name = check_name(by, "name of who agreed", 200) if by is not None else ""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        agreeing = side_by_code(s, side)
        sides = _dialogue_sides(s, dialogue_id)
        v = _require_latest(s, m)
        code = {x.id: x.code for x in sides}
        agreed = [
            code.get(a, "?")
            for a in s.scalars(
                select(OutcomeAgreement.side_id).where(OutcomeAgreement.outcome_version_id == v.id)
            )
        ]
        status, _now = agreement(v.status, agreed, agreeing.code, code.values(), m.number, v.number)
        row = OutcomeAgreement(
            outcome_version_id=v.id,
            side_id=agreeing.id,
            agreed_by=name or ctx.user.display_name or ctx.user.login,
            agreed_at=utcnow(),
        )
        s.add(row)
        tx.audit(
            "outcomes.agree",
            row,
            summary=f"{agreeing.code} agreed version {v.number} of the outcomes of meeting {m.number}",
        )
        if status != v.status:
            before = snapshot(v)
            v.status = status
            tx.audit(
                "outcomes.final",
                v,
                before,
                summary=f"outcomes of meeting {m.number}: version {v.number} agreed by both sides",
            )
        return _record(s, m, v)


def revise_outcomes(ctx: ServiceContext, meeting: int, reason: str) -> OutcomeVersionRecord:
    """Open a new draft version copying the latest (proposed or final) one; the old one stays as it is."""
    reason = check_reason(reason)
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        old = _require_latest(s, m)
        check_revisable(old.status, m.number, old.number)
        new = _new_version(tx, m, old.number + 1, reason)
        for p in _paragraphs(s, old):
            _add(
                tx,
                new,
                p.position,
                p.text_en,
                p.text_zh,
                p.agenda_item_id,
                edited=p.edited,
                lineage=p.lineage,
            )
        return _record(s, m, new)


def diff_outcomes(ctx: ServiceContext, meeting: int, version_from: int, version_to: int) -> OutcomeDiff:
    """What changed between two versions, paragraph by paragraph, in both languages."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        a, b = _version(s, m, version_from), _version(s, m, version_to)
        return OutcomeDiff(
            m.number,
            a.number,
            b.number,
            diff_paragraphs(_paragraph_records(_paragraphs(s, a)), _paragraph_records(_paragraphs(s, b))),
        )


# -- for a later meeting's pack -----------------------------------------------------------------------
def previous_meeting_outcomes(ctx: ServiceContext, meeting: int) -> PreviousOutcomes | None:
    """'Outcomes of the previous meeting' for meeting ``meeting``'s pack: the previous meeting is the latest
    earlier one (by date) that was not cancelled or postponed; its final version, or else its latest
    proposed version marked not yet agreed. None when it has neither (a draft is never printed)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        prev = s.scalar(
            select(Meeting)
            .where(
                Meeting.dialogue_id == dialogue_id,
                Meeting.id != m.id,
                Meeting.planned_start <= m.planned_start,
                Meeting.status.not_in((MeetingStatus.CANCELLED.value, MeetingStatus.POSTPONED.value)),
            )
            .order_by(Meeting.planned_start.desc(), Meeting.number.desc())
            .limit(1)
        )
        if prev is None:
            return None
        versions = _versions(s, prev)
        chosen = next((v for v in reversed(versions) if v.status == OutcomeStatus.FINAL.value), None)
        chosen = chosen or next(
            (v for v in reversed(versions) if v.status == OutcomeStatus.PROPOSED.value), None
        )
        if chosen is None:
            return None
        record = _record(s, prev, chosen)
        return PreviousOutcomes(
            meeting=prev.number,
            version=chosen.number,
            status=chosen.status,
            agreed=chosen.status == OutcomeStatus.FINAL.value,
            agreed_by=record.agreed_by,
            paragraphs=record.paragraphs,
        )


# -- the printed copy ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutcomesPdf:
    pdf: bytes
    pages: int
    version: int
    status: str
    replaced: int = 0


def outcomes_document(ctx: ServiceContext, meeting: int, version: int | None = None):
    """The records the printed summary needs (``reports.outcomes.OutcomesDocument``)."""
    from dialogue_planner.domain.briefing import PackSide
    from dialogue_planner.reports.outcomes import OutcomesDocument

    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        v = _require_latest(s, m) if version is None else _version(s, m, version)
        d = s.get_one(Dialogue, dialogue_id)
        sides = tuple(
            PackSide(x.code, x.name_en, x.name_zh or "", x.time_zone, x.paper_size)
            for x in _dialogue_sides(s, dialogue_id)
        )
        start: date = m.actual_start or m.planned_start
        end: date = (m.actual_end or m.actual_start) if m.actual_start else m.planned_end
        return OutcomesDocument(
            dialogue_name_en=d.name_en,
            dialogue_name_zh=d.name_zh or "",
            meeting=m.number,
            start=start,
            end=end or start,
            city=m.actual_city or m.planned_city or "",
            sides=sides,
            outcome=_record(s, m, v),
        )


def render_outcomes_pdf(
    ctx: ServiceContext,
    meeting: int,
    *,
    paper: str = "a4",
    language: str = "bilingual",
    version: int | None = None,
    deterministic: bool = False,
) -> OutcomesPdf:
    """The summary of outcomes as PDF bytes (see ``reports/outcomes.py``)."""
    from dialogue_planner.reports.outcomes import OutcomesOptions, render_outcomes

    from .pack_defaults import secretariat_author

    document = outcomes_document(ctx, meeting, version)
    result = render_outcomes(
        document,
        OutcomesOptions(
            paper=paper,
            language=language,
            author=secretariat_author(ctx, meeting, language),  # never the login
            deterministic=deterministic,
        ),
    )
    return OutcomesPdf(
        result.pdf, result.pages, document.outcome.version, document.outcome.status, len(result.replaced)
    )
