"""Service messages in the interface's language: a :class:`~dialogue_planner.domain.messages.Message`
carries its English template and arguments; here the template is looked up in the ``messages`` catalogue.

Every error from the services reaches the GUI through the operations path or the task runner, which call
:func:`localize` first, so a page that shows ``exc.message`` shows it translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.messages import CONTEXT, Message


def translate_template(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def text(message: str) -> str:
    """A service's text (an error, a warning, an audit description) in the interface's language."""
    if isinstance(message, Message):
        return message.rendered(translate_template)
    return message


def localize(exc: BaseException) -> BaseException:
    """``exc`` with its message in the interface's language (once; the English stays in ``args``)."""
    if isinstance(exc, DialogueError) and exc.template is not None and not getattr(exc, "localized", False):
        exc.message = exc.translated(translate_template)
        exc.localized = True
    return exc
