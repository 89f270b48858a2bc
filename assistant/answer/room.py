"""The answer room: plan → generate → check, for a turn that is not a command.

`pipeline.plan()` retrieves and decides, without a model, what the answer may rest on and whether the
product answers itself (a remark that states a fact, nothing known, Chinese for an English-only model).
`generate()` is the one model call. `pipeline.finish()` keeps only what the evidence supports. Only
`Answerer` touches storage.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING

from ..citation import Citation
from ..conversations import Conversations, Message
from ..grounding import abilities, asks_what_i_can_do, kept_remark, model_cannot_write_chinese, noted
from ..language import asks, is_chinese
from ..llm.catalogue import load_catalogue
from ..llm.engine import Completion, Engine, GenerationOptions
from ..llm.loaded import LoadedModel
from ..memory.extraction import extract_facts
from ..memory.memories import Memories
from ..settings import Settings
from ..turn import Action, OnToken, TurnResult
from .decision import Outcome
from .pipeline import finish, plan
from .support import speaks_as_user

if TYPE_CHECKING:
    from ..books.details import Details
    from ..books.scope import Scope, Stopped, Unclear

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are a private assistant that runs entirely on the user's own computer. "
    "Today is {today}. Answer briefly and plainly. "
    "If you do not know something about the user, say that you do not know."
)
NO_ANSWER = "I don't have an answer to that."
NO_SENSE = (
    "Sorry, I couldn't produce a sensible answer to that. "
    "Try rephrasing, or use a bigger model (see `assistant models`)."
)

# Ends a streamed reply that reached its length limit mid-thought, so the user sees it was cut short and
# not that the model meant to stop there ("…the blue light has more energy than other colors so we").
# The bundled model's 200-token replies hit the limit in 3 of 24 everyday prompts (docs/benchmarks.md).
CUT_SHORT = " …"

History = list[dict[str, str]]


def model_history(messages: list[Message]) -> History:
    """The conversation as the model should see it: exchanges the product answered itself (commands,
    acknowledgements, answers quoted from memory) are left out, so the model does not learn to imitate
    them; what they stored is in memory and reaches the prompt from there."""
    history: History = []
    for question, answer in zip(messages, messages[1:], strict=False):
        if question.role == "user" and answer.role == "assistant" and answer.model is not None:
            history += [{"role": "user", "content": question.content}, {"role": "assistant", "content": answer.content}]
    return history


def repeats_earlier_reply(reply: str, history: History) -> bool:
    said = " ".join(reply.replace("[1]", "").split()).lower()
    return any(
        m["role"] == "assistant" and len(m["content"]) > 12 and " ".join(m["content"].split()).lower() in said
        for m in history
    )


def writes_chinese(engine: Engine) -> bool:
    """False for catalogue models known to be English-only (the bundled one); a user's own GGUF is
    trusted to know its languages."""
    for entry in load_catalogue():
        if entry.file == engine.path.name:
            return "zh" in entry.languages or "multilingual" in entry.languages
    return True


def is_bundled(engine: Engine) -> bool:
    """The bundled model is too small to summarise faithfully (measured: it rambles); others may."""
    return any(entry.bundled and entry.file == engine.path.name for entry in load_catalogue())


class Answerer:
    def __init__(self, conversations: Conversations, memories: Memories, model: LoadedModel):
        self.conversations = conversations
        self.memories = memories
        self.model = model

    def answer(
        self,
        conversation_id: str,
        history: History,
        text: str,
        settings: Settings,
        on_token: OnToken | None,
        scope: Scope | Unclear | Stopped | Details | None = None,
    ) -> TurnResult:
        """`scope`: the book (and chapter) the question is about (books/scope.py), or the line asking which."""
        started = time.perf_counter()
        engine = self.model.engine()
        zh_ok = writes_chinese(engine)
        if scope is None and asks_what_i_can_do(text):
            return self._product_reply(conversation_id, abilities(is_chinese(text)), [], on_token, started)
        stated = [] if asks(text) else extract_facts(text)  # "Remind me what my dog is called." asks
        if stated:
            # The user told us something about themselves: acknowledge exactly what will be kept, rather
            # than let a small model riff on it (it answered "I live in Hangzhou." in Chinese nonsense).
            return self._product_reply(conversation_id, noted(text, stated), [], on_token, started)
        if scope is None and not asks(text) and speaks_as_user(text) and is_bundled(engine):
            # A remark about their own life that no rule reads: the bundled model riffed on it with
            # invented detail ("We adopted a puppy named Biscuit" → Biscuit "adopted into a loving family
            # at the end of last year"; measured). Every turn is remembered as said, so say just that.
            return self._product_reply(conversation_id, kept_remark(text), [], on_token, started)
        if scope is not None:
            from ..books.answers import book_plan, found_nothing, nothing_in
            from ..books.details import Details, details_reply
            from ..books.position import where_i_stopped
            from ..books.scope import Stopped, Unclear, story_chapters

            if isinstance(scope, Unclear):
                return self._product_reply(conversation_id, scope.reply, [], on_token, started)
            if isinstance(scope, Stopped):
                stopped, places = where_i_stopped(scope.books, self.memories.store, is_chinese(text))
                return self._product_reply(conversation_id, stopped, places, on_token, started)
            if isinstance(scope, Details):
                said, sources = details_reply(scope, story_chapters(scope.book), is_chinese(text))
                return self._product_reply(conversation_id, said, sources, on_token, started)
            if scope.overview and scope.chapter is None:
                from ..books.discussion import book_outline

                outline = book_outline(scope.book, chinese=is_chinese(text))
                return self._product_reply(conversation_id, outline, [], on_token, started)
            if scope.overview:
                return self._overview(conversation_id, scope, text, engine, settings, on_token, started)
            the_plan = book_plan(scope, self.memories.store)
            if found_nothing(scope, the_plan):
                return self._product_reply(conversation_id, nothing_in(scope, text), [], on_token, started)
        else:
            the_plan = plan(text, self.memories.store)
        # The bundled model writes fluent-looking nonsense in Chinese, and what it writes about a passage
        # does not survive the check (development book questions through the turn: none of 6 kept, after
        # 8-14 s each on 2 cores): the product answers, quoting the passage at once.
        quotes = the_plan.decision.outcome is Outcome.PASSAGE and is_bundled(engine)
        if not the_plan.needs_model or (is_chinese(text) and not zh_ok) or quotes:
            if the_plan.decision.outcome is Outcome.GENERAL:
                return self._product_reply(conversation_id, model_cannot_write_chinese(), [], on_token, started)
            reply, cited = the_plan.product_reply()
            return self._product_reply(conversation_id, reply, the_plan.citations(cited), on_token, started)
        context = the_plan.context()
        # A grounded answer is the evidence's, not the conversation's (earlier replies would only be
        # parroted), and it is checked before it is shown, so it is not streamed.
        done = self.generate(engine, context, [] if context else history, text, settings, None if context else on_token)
        reply = done.text.strip() or ("" if done.interrupted else NO_ANSWER)
        citations: list[Citation] = []
        if not done.interrupted:
            if context and repeats_earlier_reply(reply, history):
                reply = ""  # a small model parrots earlier replies; a repeat does not answer this question
            reply, cited = finish(the_plan, reply)
            if not is_chinese(text) and is_chinese(reply) and not zh_ok:
                log.info("English-only model answered in CJK text; not shown")
                reply, cited = (NO_SENSE, []) if not the_plan.grounded else the_plan.product_reply()
            citations = the_plan.citations(cited)
            if context and on_token:
                on_token(reply)
            elif done.finish_reason == "length" and reply and reply != NO_SENSE:  # streamed, cut short
                reply += CUT_SHORT
                if on_token:
                    on_token(CUT_SHORT)
        self.conversations.add_message(
            conversation_id,
            "assistant",
            reply,
            model=engine.name,
            prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens,
            interrupted=done.interrupted,
            citations=citations,
            grounded=the_plan.grounded,
        )
        return TurnResult(
            action=Action.REPLY,
            reply=reply,
            conversation=conversation_id,
            model=engine.name,
            tokens=done.completion_tokens,
            seconds=round(time.perf_counter() - started, 3),
            interrupted=done.interrupted,
            citations=citations,
            grounded=the_plan.grounded,
        )

    def generate(
        self,
        engine: Engine,
        context: str | None,
        history: History,
        text: str,
        settings: Settings,
        on_token: OnToken | None,
    ) -> Completion:
        """The one model call: the prompt fitted into the context window, the reply streamed to `on_token`.
        `Assistant.stop()` ends it early; what was written is kept."""
        system = SYSTEM_PROMPT.format(today=datetime.now().strftime("%A %d %B %Y"))
        if context:
            system += "\n\n" + context
        # Room for the reply is kept out of the window, but never more than half of it: a long
        # max_tokens setting must not push the question itself out.
        longest = settings.max_tokens or engine.reply_tokens
        reserve = min(longest, engine.context_size // 2)
        prompt = engine.fit(
            [{"role": "system", "content": system}], history, {"role": "user", "content": text}, reserve
        )
        room = engine.context_size - engine.count_tokens(prompt)
        generation = engine.stream(
            prompt,
            GenerationOptions(temperature=settings.temperature, max_tokens=min(longest, room), seed=settings.seed),
        )
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

    def _overview(
        self,
        conversation_id: str,
        scope: Scope,
        text: str,
        engine: Engine,
        settings: Settings,
        on_token: OnToken | None,
        started: float,
    ) -> TurnResult:
        """ "What happens in chapter 3?": the chapter's key sentences, cited; a model that can summarise
        (not the bundled one) words them, and keeps only what the chapter's passages support."""
        from ..books.answers import checked_summary, summary_prompt
        from ..books.discussion import chapter_overview
        from ..memory.places import place_of

        assert scope.chapter is not None
        zh = is_chinese(text)
        overview = chapter_overview(self.memories.store, scope.book, scope.chapter, chinese=zh)
        citations = [Citation.of(m, place_of(m)) for m in overview.cited]
        if not overview.cited or is_bundled(engine) or (zh and not writes_chinese(engine)):
            return self._product_reply(conversation_id, overview.text, citations, on_token, started)
        done = self.generate(engine, summary_prompt(overview), [], text, settings, None)
        summary = None if done.interrupted else checked_summary(done.text, text, overview)
        reply = summary or overview.text
        if on_token:
            on_token(reply)
        self.conversations.add_message(
            conversation_id,
            "assistant",
            reply,
            model=engine.name if summary else None,
            prompt_tokens=done.prompt_tokens,
            completion_tokens=done.completion_tokens,
            citations=citations,
        )
        return TurnResult(
            action=Action.REPLY,
            reply=reply,
            conversation=conversation_id,
            model=engine.name if summary else None,
            tokens=done.completion_tokens,
            seconds=round(time.perf_counter() - started, 3),
            citations=citations,
        )

    def _product_reply(
        self, conversation_id: str, reply: str, citations: list[Citation], on_token: OnToken | None, started: float
    ) -> TurnResult:
        """An answer the product built itself (from memory or a template), stored like the model's."""
        self.conversations.add_message(conversation_id, "assistant", reply, model=None, citations=citations)
        if on_token:
            on_token(reply)
        return TurnResult(
            action=Action.REPLY,
            reply=reply,
            conversation=conversation_id,
            model=None,
            tokens=0,
            seconds=round(time.perf_counter() - started, 3),
            citations=citations,
        )
