"""The answer room: a turn that is not a command is answered here (room.py: plan → generate → check)."""
