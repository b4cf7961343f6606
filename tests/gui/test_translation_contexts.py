"""Every translated text is found again at run time: no catalogue files a text under no context.

A module-level helper such as ``def tr(text): return QCoreApplication.translate("ErrorReporter", text)``
hides the context from lupdate, which files the texts under none, while the run time looks them up under
"ErrorReporter" and shows English in the Chinese interface (the error path's titles did). Call
``self.tr`` in a QObject, ``QCoreApplication.translate`` with literal arguments, or ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from dialogue_planner.gui import i18n


def test_no_catalogue_has_texts_without_a_context():
    nameless = []
    for area in i18n.areas():
        for context in ET.parse(i18n.catalogue(area, "zh_CN")).getroot().iter("context"):
            if not (context.findtext("name") or "").strip():
                nameless += [f"{area}: {m.findtext('source')!r}" for m in context.iter("message")]
    assert nameless == []


def test_the_error_path_speaks_chinese(open_window):
    from PySide6.QtCore import QCoreApplication

    open_window("zh_CN")
    assert QCoreApplication.translate("ErrorReporter", "Cannot do that") == "无法执行此操作"
