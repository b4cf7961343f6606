"""The joint summary of outcomes of a meeting: numbered paragraphs in English and Chinese that both sides
agree, version by version (issue 15).

The workflow, as rules with no I/O:

- a version is a **draft** while the secretariat writes it; only a draft is edited;
- **proposed** freezes it: from then on it is never edited in place;
- each side **agrees** that one version (who, when); the sides agree in either order;
- when both sides have agreed it, the version is **final**;
- ``outcomes revise`` opens a new draft version that copies the paragraphs of the latest one; the older
  version stays readable with its agreements, and the new one needs both agreements again.

A version comparison matches paragraphs by their lineage (a paragraph copied into a revision keeps the
lineage of the one it was copied from), so a renumbered paragraph is "moved", not "removed and added".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from dialogue_planner.domain.messages import msg

from .errors import ValidationError
from .limits import check_text
from .vocabulary import Word

MAX_PARAGRAPHS = 500
MAX_PARAGRAPH_TEXT = 20_000
MAX_REASON = 2_000


class OutcomeStatus(Word):
    DRAFT = "draft"
    PROPOSED = "proposed"
    FINAL = "final"


class DiffChange(Word):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


# -- records ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OutcomeParagraphRecord:
    number: int
    text_en: str
    text_zh: str
    item: int | None = None  # the agenda item it reports on, if any
    edited: bool = False  # changed by hand: ``outcomes draft`` never overwrites it
    lineage: str = ""  # the same across the versions a paragraph was copied into


@dataclass(frozen=True)
class OutcomeAgreementRecord:
    side: str
    by: str
    at: datetime
    version: int


@dataclass(frozen=True)
class OutcomeVersionRecord:
    meeting: int
    version: int
    status: str
    reason: str
    created_by: str
    created_at: datetime
    agreements: tuple[OutcomeAgreementRecord, ...] = ()
    paragraphs: tuple[OutcomeParagraphRecord, ...] = ()
    latest: bool = True  # no later version exists

    @property
    def agreed_by(self) -> tuple[str, ...]:
        return tuple(a.side for a in self.agreements)


@dataclass(frozen=True)
class DraftResult:
    """What ``outcomes draft`` did: paragraphs added for new items, refreshed (untouched by hand, the
    item's outcome changed), and kept (edited by hand, left as they are)."""

    outcome: OutcomeVersionRecord
    added: tuple[int, ...] = ()
    refreshed: tuple[int, ...] = ()
    kept: tuple[int, ...] = ()
    created: bool = False


@dataclass(frozen=True)
class ParagraphChange:
    change: str
    number_from: int | None
    number_to: int | None
    en_from: str = ""
    en_to: str = ""
    zh_from: str = ""
    zh_to: str = ""

    @property
    def en_changed(self) -> bool:
        return self.en_from != self.en_to

    @property
    def zh_changed(self) -> bool:
        return self.zh_from != self.zh_to


@dataclass(frozen=True)
class OutcomeDiff:
    meeting: int
    version_from: int
    version_to: int
    changes: tuple[ParagraphChange, ...] = field(default=())

    @property
    def changed(self) -> tuple[ParagraphChange, ...]:
        return tuple(c for c in self.changes if c.change != DiffChange.SAME)


@dataclass(frozen=True)
class PreviousOutcomes:
    """'Outcomes of the previous meeting' for a later meeting's pack: the final text, or the latest
    proposed one marked as not yet agreed. ``None`` from the service when there is neither."""

    meeting: int
    version: int
    status: str
    agreed: bool
    agreed_by: tuple[str, ...]
    paragraphs: tuple[OutcomeParagraphRecord, ...]


# -- checks -------------------------------------------------------------------------------------------
def check_paragraph_text(text: str | None, what: str = "English text", *, required: bool = True) -> str:
    cleaned = check_text(text, f"paragraph's {what}", MAX_PARAGRAPH_TEXT)
    if required and not cleaned:
        raise ValidationError(msg("Give the paragraph's {what} (it may not be empty).", what=what))
    return cleaned


def check_reason(reason: str | None) -> str:
    cleaned = check_text(reason, "reason for the revision", MAX_REASON, multiline=False)
    if not cleaned:
        raise ValidationError(
            msg("Give the reason for the revision (it is kept with the version)."), field="reason"
        )
    return cleaned


def check_editable(status: str, meeting: int, version: int) -> None:
    """Only a draft is edited; a proposed or final version is frozen and must be revised."""
    if status != OutcomeStatus.DRAFT:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} is {status} and is never edited in place; revise it to open a new draft, giving the reason.",
                version=version,
                meeting=meeting,
                status=status,
            )
        )


def check_proposable(status: str, paragraphs: int, meeting: int, version: int) -> None:
    if status != OutcomeStatus.DRAFT:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} is already {status}.",
                version=version,
                meeting=meeting,
                status=status,
            )
        )
    if paragraphs == 0:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} has no paragraphs; add or draft some before proposing it.",
                version=version,
                meeting=meeting,
            )
        )


def agreement(
    status: str, agreed: Iterable[str], side: str, sides: Iterable[str], meeting: int, version: int
) -> tuple[str, frozenset[str]]:
    """The status and the agreeing sides once ``side`` agrees the version; the version becomes final
    when every side of the dialogue has agreed it."""
    sides = frozenset(sides)
    agreed = frozenset(agreed)
    if side not in sides:
        raise ValidationError(
            msg(
                "Side '{side}' is not a side of this dialogue: use one of {sides}.",
                side=side,
                sides=", ".join(sorted(sides)),
            )
        )
    if status == OutcomeStatus.DRAFT:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} is a draft; propose it first.",
                version=version,
                meeting=meeting,
            )
        )
    if status == OutcomeStatus.FINAL:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} is already final (both sides agreed it).",
                version=version,
                meeting=meeting,
            )
        )
    if side in agreed:
        raise ValidationError(
            msg(
                "Side {side} has already agreed version {version} of the outcomes of meeting {meeting}.",
                side=side,
                version=version,
                meeting=meeting,
            )
        )
    now = agreed | {side}
    return (OutcomeStatus.FINAL.value if now >= sides else OutcomeStatus.PROPOSED.value), now


def check_revisable(status: str, meeting: int, version: int) -> None:
    if status == OutcomeStatus.DRAFT:
        raise ValidationError(
            msg(
                "Version {version} of the outcomes of meeting {meeting} is still a draft: edit it directly; revise only a proposed or final version.",
                version=version,
                meeting=meeting,
            )
        )


# -- the state machine, for one version and its successors ----------------------------------------------
@dataclass(frozen=True)
class WorkflowState:
    """The latest version's number, status and agreeing sides, and the frozen versions before it."""

    version: int = 1
    status: str = OutcomeStatus.DRAFT.value
    agreed: frozenset[str] = frozenset()
    paragraphs: int = 0
    history: tuple[tuple[int, str, frozenset[str]], ...] = ()


def step(
    state: WorkflowState,
    action: str,
    side: str = "",
    *,
    sides: Iterable[str] = ("US", "CN"),
    meeting: int = 1,
) -> WorkflowState:
    """One act on the latest version: ``edit`` (add a paragraph), ``propose``, ``agree`` (by ``side``) or
    ``revise``. Raises ValidationError for an act the rules refuse; the state is then unchanged."""
    if action == "edit":
        check_editable(state.status, meeting, state.version)
        return WorkflowState(state.version, state.status, state.agreed, state.paragraphs + 1, state.history)
    if action == "propose":
        check_proposable(state.status, state.paragraphs, meeting, state.version)
        return WorkflowState(
            state.version, OutcomeStatus.PROPOSED.value, frozenset(), state.paragraphs, state.history
        )
    if action == "agree":
        status, agreed = agreement(state.status, state.agreed, side, sides, meeting, state.version)
        return WorkflowState(state.version, status, agreed, state.paragraphs, state.history)
    if action == "revise":
        check_revisable(state.status, meeting, state.version)
        return WorkflowState(
            state.version + 1,
            OutcomeStatus.DRAFT.value,
            frozenset(),
            state.paragraphs,
            state.history + ((state.version, state.status, state.agreed),),
        )
    raise ValueError(f"unknown act {action!r}")


# -- comparing versions -------------------------------------------------------------------------------
def diff_paragraphs(
    old: Iterable[OutcomeParagraphRecord], new: Iterable[OutcomeParagraphRecord]
) -> tuple[ParagraphChange, ...]:
    """Paragraph by paragraph, in both languages: the new version's paragraphs in order (same, changed
    or added), each removed paragraph of the old version placed after the paragraph that preceded it."""
    old = list(old)
    new = list(new)
    new_by_lineage = {p.lineage: p for p in new if p.lineage}
    old_by_lineage = {p.lineage: p for p in old if p.lineage}
    removed_after: dict[str | None, list[OutcomeParagraphRecord]] = {}
    previous: str | None = None
    for p in old:
        if not p.lineage or p.lineage not in new_by_lineage:
            removed_after.setdefault(previous, []).append(p)
        else:
            previous = p.lineage
    out: list[ParagraphChange] = []

    def removed(key: str | None) -> None:
        for p in removed_after.pop(key, []):
            out.append(
                ParagraphChange(DiffChange.REMOVED.value, p.number, None, p.text_en, "", p.text_zh, "")
            )

    removed(None)
    for p in new:
        before = old_by_lineage.get(p.lineage) if p.lineage else None
        if before is None:
            out.append(ParagraphChange(DiffChange.ADDED.value, None, p.number, "", p.text_en, "", p.text_zh))
            continue
        same = before.text_en == p.text_en and before.text_zh == p.text_zh
        out.append(
            ParagraphChange(
                DiffChange.SAME.value if same else DiffChange.CHANGED.value,
                before.number,
                p.number,
                before.text_en,
                p.text_en,
                before.text_zh,
                p.text_zh,
            )
        )
        removed(p.lineage)
    for key in list(removed_after):
        removed(key)
    return tuple(out)
