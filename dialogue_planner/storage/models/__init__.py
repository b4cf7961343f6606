"""Declarative models, one module per aggregate; importing this package registers every table."""

from .admin import AuditEntry, ChangeCounter, DatabaseLogin, OperationLock, User
from .agenda import ActionItem, AgendaItem, agenda_item_escalation, agenda_item_request
from .base import Base, utcnow
from .dialogue import Blackout, Dialogue, DialogueCadence, DialogueChoice, Side, StandingItem, TimelinessStandard
from .meetings import DelegationMember, DistributionCopy, Meeting
from .requests import Escalation, Request, RequestUpdate, escalation_request
from .roster import Agency, ColumnMapping, Delegate, RosterImport

__all__ = [
    "ActionItem", "AgendaItem", "Agency", "AuditEntry", "Base", "Blackout", "ChangeCounter", "ColumnMapping",
    "DatabaseLogin", "Delegate", "DelegationMember", "Dialogue", "DialogueCadence", "DialogueChoice", "DistributionCopy", "Escalation", "Meeting",
    "OperationLock", "Request", "RequestUpdate", "RosterImport", "Side", "StandingItem", "TimelinessStandard", "User",
    "agenda_item_escalation", "agenda_item_request", "escalation_request", "utcnow",
]
