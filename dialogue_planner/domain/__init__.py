"""Rules with no I/O: the dialogue's calendar, deadlines, carry-over, and the records the layers exchange."""
