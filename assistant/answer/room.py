"""The answer room: plan → generate → check, for a turn that is not a command.

`plan()` decides, without a model, what the prompt shows and whether the product answers itself (a
question about the user with nothing remembered, a statement to acknowledge, Chinese for an English-only
model). `generate()` is the one model call. `check()` holds a reply about the user to what was remembered.
Only `Answerer` touches storage.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime

from ..citation import Citation
from ..conversations import Conversations, Message
from ..grounding import (
    check_reply,
    context_block,
    dont_know,
    is_about_user,
    keep_valid_citations,
    memory_answer,
    model_cannot_write_chinese,
    noted,
    relevant_profile,
    usable_evidence,
)
from ..language import is_chinese, is_question
from ..llm.catalogue import load_catalogue
from ..llm.engine import Completion, Engine, GenerationOptions
from ..llm.loaded import LoadedModel
from ..memory.api import Recall
from ..memory.extraction import extract_facts
from ..memory.memories import Memories
from ..memory.model import Memory
from ..settings import Settings
from ..turn import Action, OnToken, TurnResult

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a private assistant that runs entirely on the user's own computer. "
    "Today is {today}. Answer briefly and plainly. "
    "If you do not know something about the user, say that you do not know."
)
NO_ANSWER = "I don't have an answer to that."
NO_SENSE = ("Sorry, I couldn't produce a sensible answer to that. "
            "Try rephrasing, or use a bigger model (see `assistant models`).")

History = list[dict[str, str]]


def model_history(messages: list[Message]) -> History:
    """The conversation as the model should see it: exchanges the product answered itself (commands,
    acknowledgements, answers quoted from memory) are left out, so the model does not learn to imitate
    them; what they stored is in memory and reaches the prompt from there."""
    history: History = []
    for question, answer in zip(messages, messages[1:], strict=False):
        if question.role == "user" and answer.role == "assistant" and answer.model is not None:
            history += [{"role": "user", "content": question.content},
                        {"role": "assistant", "content": answer.content}]
    return history


def repeats_earlier_reply(reply: str, history: History) -> bool:
    said = " ".join(reply.replace("[1]", "").split()).lower()
    return any(m["role"] == "assistant" and len(m["content"]) > 12
               and " ".join(m["content"].split()).lower() in said for m in history)


def writes_chinese(engine: Engine) -> bool:
    """False for catalogue models known to be English-only (the bundled one); a user's own GGUF is
    trusted to know its languages."""
    for entry in load_catalogue():
        if entry.file == engine.path.name:
            return "zh" in entry.languages or "multilingual" in entry.languages
    return True


@dataclass(frozen=True)
class Plan:
    """What a reply rests on, decided before any model runs."""

    evidence: list[Memory]  # memories that answer the question, newest first
    shown: list[Memory]  # what the prompt shows, numbered [1], [2] … in this order
    about_user: bool  # a question about the user: the model's reply is checked before it is shown
    answer: str | None = None  # the product answers itself with this, and the model is not asked
    cited: list[Memory] = field(default_factory=list)  # what that answer cites


def plan(text: str, recall: Recall, model_writes_chinese: bool) -> Plan:
    """Decide what the reply rests on and whether the model is needed at all (pure: no model, no store)."""
    found = usable_evidence(recall.memories)
    matched = recall.matched_profile + [m for m in relevant_profile(text, recall.profile)
                                        if m not in recall.matched_profile]
    evidence = sorted(found + [m for m in matched if m not in found], key=lambda m: m.created, reverse=True)
    shown = evidence + [m for m in recall.profile if m not in evidence]
    if not model_writes_chinese:
        # Chinese text in the prompt tips an English-only model into Chinese nonsense (measured).
        shown = [m for m in shown if not is_chinese(m.text)]
    about_user = is_about_user(text)
    if about_user and not evidence:
        return Plan(evidence, shown, about_user, dont_know(text))
    stated = [] if is_question(text) else extract_facts(text)
    if stated:
        # The user told us something about themselves: acknowledge exactly what will be kept, rather
        # than let a small model riff on it (it answered "I live in Hangzhou." in Chinese nonsense).
        return Plan(evidence, shown, about_user, noted(text, stated))
    if is_chinese(text) and not model_writes_chinese:
        # The bundled model writes fluent-looking nonsense in Chinese (measured): the product answers.
        if evidence:
            return Plan(evidence, shown, about_user, memory_answer(text, evidence[0]), [evidence[0]])
        return Plan(evidence, shown, about_user, dont_know(text) if about_user else model_cannot_write_chinese())
    return Plan(evidence, shown, about_user)


def check(text: str, reply: str, done: Completion, the_plan: Plan, history: History,
          model_writes_chinese: bool) -> tuple[str, list[Memory]]:
    """The reply as it may be shown, and the memories it cites: an answer about the user must agree with
    what was remembered (else the memory is stated instead); citations must point at what was shown."""
    cited: list[Memory] = []
    if the_plan.about_user and not done.interrupted:
        checked = check_reply(text, reply, the_plan.evidence)
        if checked.grounded and repeats_earlier_reply(reply, history):
            # A small model parrots earlier replies; a repeat does not answer this question.
            checked = check_reply(text, "", the_plan.evidence)
        if not checked.grounded:
            log.info("model reply replaced by the memory it contradicted or ignored")
        reply, cited = checked.reply, checked.cited
    elif the_plan.shown:
        reply, cited = keep_valid_citations(reply, the_plan.shown)
    if not is_chinese(text) and is_chinese(reply) and not model_writes_chinese:
        log.info("English-only model answered in CJK text; not shown")
        reply, cited = NO_SENSE, []
    return reply, cited


class Answerer:
    def __init__(self, conversations: Conversations, memories: Memories, model: LoadedModel):
        self.conversations = conversations
        self.memories = memories
        self.model = model

    def answer(self, conversation_id: str, history: History, text: str, settings: Settings,
               on_token: OnToken | None) -> TurnResult:
        started = time.perf_counter()
        engine = self.model.engine()
        zh_ok = writes_chinese(engine)
        recall = self.memories.recall(text, budget=engine.context_size // 4, measure=engine.count_text)
        the_plan = plan(text, recall, zh_ok)
        if the_plan.answer is not None:
            return self._product_reply(conversation_id, the_plan.answer, the_plan.cited, on_token, started)
        # An answer about the user is checked before it is shown, so it is not streamed.
        done = self.generate(engine, the_plan, history, text, settings, None if the_plan.about_user else on_token)
        reply = done.text.strip() or ("" if done.interrupted else NO_ANSWER)
        reply, cited = check(text, reply, done, the_plan, history, zh_ok)
        if the_plan.about_user and on_token and not done.interrupted:
            on_token(reply)
        citations = [Citation.of(m) for m in cited]
        self.conversations.add_message(
            conversation_id, "assistant", reply, model=engine.name, prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens, interrupted=done.interrupted, citations=citations,
        )
        return TurnResult(action=Action.REPLY, reply=reply, conversation=conversation_id, model=engine.name,
                          tokens=done.completion_tokens, seconds=round(time.perf_counter() - started, 3),
                          interrupted=done.interrupted, citations=citations)

    def generate(self, engine: Engine, the_plan: Plan, history: History, text: str, settings: Settings,
                 on_token: OnToken | None) -> Completion:
        """The one model call: the prompt fitted into the context window, the reply streamed to `on_token`.
        `Assistant.stop()` ends it early; what was written is kept."""
        system = SYSTEM_PROMPT.format(today=datetime.now().strftime("%A %d %B %Y"))
        if the_plan.shown:
            system += "\n\n" + context_block(the_plan.shown)
        # Room for the reply is kept out of the window, but never more than half of it: a long
        # max_tokens setting must not push the question itself out.
        longest = settings.max_tokens or engine.reply_tokens
        reserve = min(longest, engine.context_size // 2)
        prompt = engine.fit([{"role": "system", "content": system}], history, {"role": "user", "content": text},
                            reserve)
        room = engine.context_size - engine.count_tokens(prompt)
        generation = engine.stream(prompt, GenerationOptions(temperature=settings.temperature,
                                                             max_tokens=min(longest, room),
                                                             seed=settings.seed))
        self.model.current = generation
        try:
            for piece in generation:
                if on_token:
                    on_token(piece)
        finally:
            generation.close()
            self.model.current = None
        done = generation.completion
        assert done is not None  # close() always settles it
        return done

    def _product_reply(self, conversation_id: str, reply: str, cited: list[Memory], on_token: OnToken | None,
                       started: float) -> TurnResult:
        """An answer the product built itself (from memory or a template), stored like the model's."""
        citations = [Citation.of(m) for m in cited]
        self.conversations.add_message(conversation_id, "assistant", reply, model=None, citations=citations)
        if on_token:
            on_token(reply)
        return TurnResult(action=Action.REPLY, reply=reply, conversation=conversation_id, model=None, tokens=0,
                          seconds=round(time.perf_counter() - started, 3), citations=citations)
