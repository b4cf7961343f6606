"""The Schedule area: the timeline of windows, meetings, proposals, blackouts and the next-meeting card."""
