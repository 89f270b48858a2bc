"""Answering a question: from the user's memories, from what they gave the assistant to read, or plainly
from the model's own knowledge, and saying which. pipeline.py (retrieve → decide → finish) over
decide.py (pure; the pieces it weighs in decision.py, routing.py, subject.py, whose.py, tense.py,
current.py and passage_choice.py), evidence.py, terms.py, compose.py and support.py; room.py is the turn's
use of it (plan → generate → check). Nothing is imported here, so light modules can import one piece
without LanceDB."""
