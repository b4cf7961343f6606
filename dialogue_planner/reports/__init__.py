"""The briefing pack: records in, PDF bytes out (ReportLab platypus, one embedded TrueType font)."""

from .fonts import FontCoverageError, MissingGlyphs
from .pack import RenderedPack, check_pack, render_pack

__all__ = ["FontCoverageError", "MissingGlyphs", "RenderedPack", "check_pack", "render_pack"]
