"""`assistant doctor`: one check per part, saying what works and what to do about what does not.

Each check is a small function returning a Check; none raises, because a doctor that crashes on the
problem it should describe is no use.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass

from . import config
from .db import open_db
from .errors import AssistantError

log = logging.getLogger(__name__)


@dataclass
class Check:
    part: str
    ok: bool
    detail: str  # what works, or what is wrong
    fix: str = ""  # what to do about it, when not ok
    essential: bool = True  # the assistant cannot chat without it


def check_database() -> Check:
    path = config.db_path()
    try:
        db = open_db(path)
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        db.conn.close()
    except AssistantError as e:
        return Check("database", False, str(e), "free disk space or fix the folder's permissions")
    if result != "ok":
        return Check("database", False, f"{path} is damaged: {result}", "restore it from a backup")
    size = path.stat().st_size / 1e6
    return Check("database", True, f"{path} ({size:.1f} MB, WAL mode)")


def check_model() -> Check:
    from .llm.engine import Engine
    from .settings import load_settings

    try:
        db = open_db()
        settings = load_settings(db)
        db.conn.close()
        started = time.perf_counter()
        engine = Engine.load(settings.model_path, context_size=settings.context_size, threads=settings.threads)
        seconds = time.perf_counter() - started
        engine.check_chat()
    except AssistantError as e:
        return Check(
            "model", False, str(e), "choose another GGUF in the settings, or clear the setting to use the bundled model"
        )
    size = engine.path.stat().st_size / 1e6
    return Check(
        "model",
        True,
        f"{engine.name} ({size:.0f} MB, context {engine.context_size}, "
        f"loads in {seconds:.1f} s, {engine.threads} thread{'s' * (engine.threads != 1)}, chats)",
    )


def check_cpu() -> Check:
    from .llm import cpu

    missing = cpu.missing_features()
    if missing:
        return Check(
            "cpu",
            False,
            f"this processor lacks {', '.join(m.upper() for m in missing)}",
            "the language model needs an x86-64 CPU with AVX2 (Intel 2013 or AMD 2015 and later); "
            "reminders, memory and speech work without it",
        )
    return Check("cpu", True, f"llama.cpp CPU backend: portable build with {cpu.backend_summary()}")


def check_memory() -> Check:
    from .memory.api import open_store

    try:
        store = open_store()  # an older folder is migrated here, as on any start
        count = store.count()
        passages = store.count("kind = 'document'")
    except AssistantError as e:
        return Check("memory", False, str(e), "free disk space, or restore the memory from a backup")
    size = sum(f.stat().st_size for f in store.folder.rglob("*") if f.is_file()) / 1e6
    # Passages of books and documents apart: a new user who had said two things and added one book read
    # "444 memories".
    remarks = count - passages
    held = f"{remarks:,} {'memory' if remarks == 1 else 'memories'}"
    held += f", {passages:,} {'passage' if passages == 1 else 'passages'} of books and documents" if passages else ""
    return Check("memory", True, f"{store.folder} ({held}, {size:.1f} MB, {store.embedder.name})")


def check_audio() -> Check:
    if importlib.util.find_spec("sounddevice") is None:
        return Check(
            "audio", False, "the sounddevice package is missing", "reinstall with the README's command", essential=False
        )
    try:
        import sounddevice

        device = sounddevice.query_devices(kind="input")
    except Exception as e:  # PortAudio missing, or no input device at all
        return Check(
            "audio",
            False,
            f"no microphone available ({str(e).splitlines()[0]})",
            "connect a microphone, or install PortAudio (apt-get install libportaudio2); typing works without one",
            essential=False,
        )
    return Check("audio", True, f"microphone: {device['name']}", essential=False)


def check_tts() -> Check:
    if not shutil.which("espeak-ng"):
        return Check(
            "tts",
            False,
            "espeak-ng is not installed, so replies cannot be spoken",
            "apt-get install espeak-ng",
            essential=False,
        )
    if importlib.util.find_spec("pyttsx3") is None:
        return Check(
            "tts", False, "the pyttsx3 package is missing", "reinstall with the README's command", essential=False
        )
    return Check("tts", True, "espeak-ng through pyttsx3", essential=False)


def check_notifications() -> Check:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return Check(
            "notifications",
            False,
            "no desktop session bus, so reminders show only in the app and log",
            "run inside a desktop session to get desktop notifications",
            essential=False,
        )
    if not shutil.which("notify-send"):
        return Check("notifications", False, "notify-send is missing", "apt-get install libnotify-bin", essential=False)
    return Check("notifications", True, "desktop notifications through notify-send", essential=False)


CHECKS: list[Callable[[], Check]] = [
    check_cpu,
    check_model,
    check_database,
    check_memory,
    check_audio,
    check_tts,
    check_notifications,
]


def run_checks() -> list[Check]:
    results = []
    for check in CHECKS:
        try:
            results.append(check())
        except Exception as e:  # a doctor must report, not crash
            log.exception("doctor check %s failed", check.__name__)
            results.append(
                Check(check.__name__.removeprefix("check_"), False, f"check failed: {e}", f"see {config.log_path()}")
            )
    return results
