"""A private, on-device personal assistant: the core, with no Qt in it."""

__version__ = "0.1.0"
