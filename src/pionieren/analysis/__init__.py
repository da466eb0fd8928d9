"""The analysis: pure functions from a validated vraagstuk and the knowledge to an Advies.

No file access, no printing, no clock: the date comes in as an argument.
"""
