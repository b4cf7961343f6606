"""Rendering a pack loads neither pypdf nor cryptography (issue 19: peak memory, 10-25 MB together): pypdf
only appends attached documents, cryptography only signs and opens exchange packages."""

from __future__ import annotations

import subprocess
import sys

import pytest

RENDER = r"""
import sys
sys.path[:0] = ["tests"]
from briefing.samples import demo_pack
import dialogue_planner.services.briefing, dialogue_planner.services.exchange
from dialogue_planner.reports.pack import render_pack
from dialogue_planner.domain.briefing import PackOptions
render_pack(demo_pack(), PackOptions(deterministic=True))
print(sorted({m.split(".")[0] for m in sys.modules} & {"pypdf", "cryptography"}))
"""


def test_rendering_a_pack_loads_neither_pypdf_nor_cryptography():
    out = subprocess.run([sys.executable, "-c", RENDER], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_appending_documents_still_loads_pypdf_when_asked(tmp_path):
    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.reports.appendix import append_documents, readable_pdf
    from dialogue_planner.reports.pack import render_pack

    from .samples import demo_pack

    pdf = render_pack(demo_pack(), PackOptions(deterministic=True)).pdf
    checked = readable_pdf(pdf)
    assert checked is not None
    combined, added = append_documents(pdf, [("Annex", checked)], "Attached documents")
    assert added > 0 and combined.startswith(b"%PDF")


PAGES_IMPORTED = r"""
import importlib, sys
from dialogue_planner.gui.shell.pages import PAGES
for entry in PAGES:
    importlib.import_module(entry.spec.partition(":")[0])
from dialogue_planner.reports import FontCoverageError, RenderedPack
print(sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "PIL"}))
from dialogue_planner.reports import check_pack, render_pack
print(sorted({m.split(".")[0] for m in sys.modules} & {"reportlab"}), render_pack.__module__, check_pack.__module__)
"""


def test_the_pages_import_no_reportlab_until_a_pack_is_rendered():
    """Every page's module and service imports the renderer's results (``reports.rendered``) but not
    ReportLab: the warm-up imports it last, in pieces, while the user pauses (``pages.AFTER_PAGES``)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PAGES_IMPORTED], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-800:]
    assert out.stdout.splitlines() == [
        "[]",
        "['reportlab'] dialogue_planner.reports.pack dialogue_planner.reports.pack",
    ]


def test_the_package_names_no_other_lazy_attribute():
    import dialogue_planner.reports as reports

    with pytest.raises(AttributeError, match="render_nothing"):
        reports.render_nothing  # noqa: B018
