"""The briefing pack: records in, PDF bytes out."""
