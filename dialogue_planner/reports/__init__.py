"""The briefing pack: records in, PDF bytes out (ReportLab platypus, one embedded TrueType font).

``render_pack`` and ``check_pack`` load ReportLab when first named (PEP 562): a page or service that
only names the results (``rendered``) imports this package without it."""

from .rendered import FontCoverageError, MissingGlyphs, RenderedPack

__all__ = ["FontCoverageError", "MissingGlyphs", "RenderedPack", "check_pack", "render_pack"]


def __getattr__(name: str):
    if name in ("render_pack", "check_pack"):
        from . import pack

        return getattr(pack, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
