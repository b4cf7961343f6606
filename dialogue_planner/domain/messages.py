"""Messages a user reads, in any language: the English text that also knows its template and arguments.

A service writes ``msg("No meeting {number}.", number=n)``. The result is a ``str`` (the English text:
the command line, the logs and the tests read it as before), and it keeps ``template`` and ``args``, so
the application can look the template up in its Chinese catalogue (context ``messages``,
``resources/translations/messages_zh_CN.ts``) and fill in the same arguments. The catalogue is built from
the sources: every ``msg("…")`` with a literal template is in it (``dialogue_planner.gui.i18n``), and the
translation test fails on one left untranslated.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

CONTEXT = "messages"


class Message(str):
    """English text with its ``template`` and ``args``; equal to, and usable as, the English string."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self):  # a Message crosses threads and processes as what it is
        return (_rebuild, (self.template, self.args))

    def rendered(self, translate: Callable[[str], str]) -> str:
        """The message in another language: ``translate`` maps an English template (and an argument that
        is itself a Message) to its translation; an untranslated template stays English."""
        return render(self.template, self.args, translate)


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def msg(template: str, /, **args: Any) -> Message:
    """A translatable message: ``template`` is a literal with ``{name}`` fields (str.format syntax)."""
    return Message(template, **args)


def render(template: str, args: Mapping[str, Any], translate: Callable[[str], str]) -> str:
    """``template`` translated and filled; falls back to the English template when the translation's
    fields do not match the arguments (a catalogue mistake must not hide the message)."""
    values = {
        key: value.rendered(translate) if isinstance(value, Message) else value for key, value in args.items()
    }
    translated = translate(template) or template
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def _rendered(value: Any, translate: Callable[[str], str]) -> Any:
    """An argument in the other language: a Message, or an error that carries one (``exc=exc``)."""
    if isinstance(value, Message):
        return value.rendered(translate)
    translated = getattr(value, "translated", None)
    return translated(translate) if callable(translated) else value


def fields(template: str) -> set[str]:
    """The names of a template's fields (``{number}`` → ``number``): a translation must use the same."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def stored_message(text: str) -> dict | None:
    """A Message as JSON to keep beside its English (the audit trail): arguments that are not numbers or
    text are kept as their text."""
    if not isinstance(text, Message):
        return None
    args = {key: _stored(value) for key, value in text.args.items()}
    return {"template": text.template, "args": args}


def _stored(value: Any) -> Any:
    if isinstance(value, Message):
        return stored_message(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    return str(value)


def from_stored(stored: dict | None, english: str) -> str:
    """The Message kept by :func:`stored_message`, or ``english`` when there is none or it is damaged."""
    if not isinstance(stored, dict) or not isinstance(stored.get("template"), str):
        return english
    args = {
        key: from_stored(value, "") if isinstance(value, dict) else value
        for key, value in (stored.get("args") or {}).items()
    }
    try:
        return Message(stored["template"], **args)
    except (KeyError, IndexError, ValueError):
        return english
