"""Rendering a pack loads neither pypdf nor cryptography (issue 19: peak memory, 10-25 MB together): pypdf
only appends attached documents, cryptography only signs and opens exchange packages."""

from __future__ import annotations

import subprocess
import sys

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
