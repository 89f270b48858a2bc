"""Reminder tests run in a zone with daylight saving (tests/fixed_zone.py), whatever the machine's zone is."""

from tests.fixed_zone import db, london  # noqa: F401 - fixtures, found by pytest here
