"""The Briefing page (render, preview, export, print, numbered copies) and the meeting editor's
Delegation tab."""
