"""Declarative models, one module per aggregate; importing this package registers every table."""

from .admin import AuditEntry, ChangeCounter, DatabaseLogin, OperationLock, User
from .agenda import ActionItem, AgendaItem, agenda_item_escalation, agenda_item_request
from .base import Base, utcnow
from .dialogue import Blackout, Dialogue, Side, StandingItem, TimelinessStandard
from .meetings import DelegationMember, DistributionCopy, Meeting
from .outcomes import OutcomeAgreement, OutcomeParagraph, OutcomeVersion
from .requests import Escalation, Request, RequestUpdate, escalation_request
from .roster import Agency, ColumnMapping, Delegate, DesignatedOfficial, RosterImport

__all__ = [
    "ActionItem", "AgendaItem", "Agency", "AuditEntry", "Base", "Blackout", "ChangeCounter", "ColumnMapping",
    "DatabaseLogin", "Delegate", "DelegationMember", "DesignatedOfficial", "Dialogue", "DistributionCopy",
    "Escalation", "Meeting", "OperationLock", "OutcomeAgreement", "OutcomeParagraph", "OutcomeVersion", "Request",
    "RequestUpdate", "RosterImport", "Side", "StandingItem", "TimelinessStandard", "User",
    "agenda_item_escalation", "agenda_item_request", "escalation_request", "utcnow",
]
