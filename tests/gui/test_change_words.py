"""Every action code the services write to the audit trail has words in the interface, in English and in
Chinese, and the Workstation page shows the words, never the code."""

from __future__ import annotations

import ast
from pathlib import Path

import dialogue_planner.services
from dialogue_planner.domain.vocabulary import AgendaStatus, EscalationStatus, MeetingStatus
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.workstation.change_words import change_words, describe_change

SERVICES = Path(dialogue_planner.services.__file__).parent
# f"escalation.{word}" and the like: the words a status change can write.
EXPANSIONS = {
    "agenda_item.": AgendaStatus.values(),
    "escalation.": EscalationStatus.values(),
    "meeting.": MeetingStatus.values(),
}


def written_codes() -> set[str]:
    """The action codes in the services' source: literal "entity.verb" strings given to audit(...) or as an
    action, and the f-string ones expanded over their vocabulary."""
    codes: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            arguments = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "action"]
            if name not in ("audit", "_audit_entry", "AuditEntry", "_apply") and not any(
                k.arg == "action" for k in node.keywords
            ):
                continue
            for argument in arguments:
                codes |= _codes_of(argument)
        codes |= {c for c in _dict_actions(path)}
    return codes


def _codes_of(node) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
        return {node.value}
    if isinstance(node, ast.JoinedStr) and isinstance(node.values[0], ast.Constant):
        prefix = node.values[0].value
        return {prefix + word for word in EXPANSIONS.get(prefix, ())}
    if isinstance(node, ast.IfExp):
        return _codes_of(node.body) | _codes_of(node.orelse)
    return set()


def _dict_actions(path: Path) -> set[str]:
    """``{"action": "delegate.import.add", ...}`` rows written in bulk, and ``action = "..."`` names."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "action":
                    found |= _codes_of(value)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "action" for t in node.targets):
            found |= _codes_of(node.value)
    return found


def test_every_code_the_services_write_has_words():
    codes = written_codes()
    assert {"briefing.issue_copy", "meeting.cancelled", "delegate.import.add", "request.respond"} <= codes
    missing = sorted(code for code in codes if code not in change_words())
    assert missing == []


def test_the_words_are_translated(open_window):
    open_window("zh_CN")
    assert describe_change("briefing.issue_copy") == "发放了简报材料的编号副本"
    untranslated = [code for code, words in change_words().items() if words.isascii()]
    assert untranslated == []


def test_an_unknown_code_is_shown_as_it_is():
    assert describe_change("meeting.teleported") == "meeting.teleported"


def test_the_workstation_page_lists_changes_in_words(open_window):
    window = open_window("en")
    page = window.page("workstation")
    wait_all()  # the page loads off the GUI thread
    shown = {page.model.index(row, 2).data() for row in range(page.model.rowCount())}
    assert "Demo data loaded" in shown and not any("." in text or "#" in text for text in shown)
