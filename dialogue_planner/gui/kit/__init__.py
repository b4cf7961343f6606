"""The GUI kit: what several GUI areas share (table models, and the like).

The kit imports no GUI area; areas import the kit.
"""
