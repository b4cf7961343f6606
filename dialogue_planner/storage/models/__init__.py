"""Declarative models, one module per aggregate; importing this package registers every table."""

from .admin import AuditEntry, ChangeCounter, DatabaseLogin, OperationLock, User
from .agenda import AgendaItem, agenda_item_escalation, agenda_item_request
from .archive import ArchivedPack
from .base import Base, utcnow
from .commitments import Activity, Commitment, activity_commitment, activity_participant
from .dialogue import (
    Blackout,
    Dialogue,
    DialogueCadence,
    DialogueChoice,
    Side,
    StandingItem,
    TimelinessStandard,
)
from .documents import Document
from .exchange import ExchangePackage, ExchangeSetting, ExchangeTheirs, ExchangeTrustedKey
from .hotline import EscalationTarget, HotlineContact
from .meetings import DelegationMember, DistributionCopy, Meeting
from .outcomes import OutcomeAgreement, OutcomeParagraph, OutcomeVersion
from .requests import Escalation, Request, RequestUpdate, escalation_request
from .roster import Agency, ColumnMapping, Delegate, DesignatedOfficial, RosterImport

__all__ = [
    "Activity",
    "AgendaItem",
    "Agency",
    "ArchivedPack",
    "AuditEntry",
    "Base",
    "Blackout",
    "ChangeCounter",
    "ColumnMapping",
    "Commitment",
    "DatabaseLogin",
    "Delegate",
    "DelegationMember",
    "DesignatedOfficial",
    "Dialogue",
    "DialogueCadence",
    "DialogueChoice",
    "DistributionCopy",
    "Document",
    "Escalation",
    "EscalationTarget",
    "HotlineContact",
    "ExchangePackage",
    "ExchangeSetting",
    "ExchangeTheirs",
    "ExchangeTrustedKey",
    "Meeting",
    "OperationLock",
    "OutcomeAgreement",
    "OutcomeParagraph",
    "OutcomeVersion",
    "Request",
    "RequestUpdate",
    "RosterImport",
    "Side",
    "StandingItem",
    "TimelinessStandard",
    "User",
    "activity_commitment",
    "activity_participant",
    "agenda_item_escalation",
    "agenda_item_request",
    "escalation_request",
    "utcnow",
]
