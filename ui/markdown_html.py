"""A message's Markdown as the HTML subset QTextDocument draws, with code blocks highlighted by Pygments.

Qt's own Markdown reader marks code blocks as lines that must not break, so one long line used to
widen the whole transcript; here a code block is a one-cell table (the only block Qt gives a background
and a border) whose text keeps its spaces but wraps at the cell's edge. Raw HTML in a reply is shown as
text, never interpreted: the model's words cannot load images or restyle the window.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from .theme import Colours


@dataclass(frozen=True)
class CodeBlock:
    language: str
    code: str


@dataclass(frozen=True)
class Rendered:
    html: str
    code_blocks: tuple[CodeBlock, ...]  # in the order their tables appear in the document


@lru_cache(maxsize=4)
def _formatter(style: str) -> HtmlFormatter:
    # nowrap: just the coloured spans; the table around them is ours. noclasses: inline colours, since
    # QTextDocument has no stylesheet for Pygments' classes.
    return HtmlFormatter(style=style, noclasses=True, nowrap=True)


# The languages replies mostly hold. Pygments imports a lexer's module the first time its language is asked
# for: 140 ms for Python (the first also builds the name map), 10-85 ms for each other, which the first
# reply with such a block would spend on the UI thread.
COMMON_LANGUAGES = ("python", "bash", "javascript", "typescript", "json", "c", "cpp", "rust", "go", "java", "sql")


def warm_up() -> None:
    """Load the common languages' lexers now (the window calls this on the core thread at start)."""
    for language in COMMON_LANGUAGES:
        get_lexer_by_name(language)


def highlighted(code: str, language: str, colours: Colours) -> str:
    try:
        lexer = get_lexer_by_name(language.strip().lower()) if language.strip() else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return html.escape(code)
    return highlight(code, lexer, _formatter(colours.pygments_style))


def _code_block(_renderer: object, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType) -> str:
    token, colours = tokens[idx], env["colours"]
    language = token.info.split()[0] if token.info.strip() else ""
    code = token.content.rstrip("\n")
    env["code_blocks"].append(CodeBlock(language, code))
    body = highlighted(code, language, colours).rstrip("\n").replace("\n", "<br>")
    label = (
        f'<div style="color:{colours.muted_text}; font-size:small">{html.escape(language)}</div>' if language else ""
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" border="1" '
        f'style="border-color:{colours.code_border}; border-style:solid; margin-top:4px; '
        f'margin-bottom:4px" bgcolor="{colours.code_background}"><tr><td>{label}'
        f'<p style="white-space:pre-wrap; font-family:monospace">{body}</p></td></tr></table>'
    )


def _inline_code(_renderer: object, tokens: Sequence[Token], idx: int, _options: OptionsDict, env: EnvType) -> str:
    return f'<code style="background-color:{env["colours"].code_background}">{html.escape(tokens[idx].content)}</code>'


def _table(_renderer: object, _tokens: Sequence[Token], _idx: int, _options: OptionsDict, env: EnvType) -> str:
    # Qt draws no cell borders unless the table asks for them.
    return (
        f'<table border="1" cellspacing="0" cellpadding="4" style="border-color:{env["colours"].code_border}; '
        'border-style:solid; margin-top:4px; margin-bottom:4px">'
    )


# Render rules are bound to the renderer, hence their first argument.


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(["table", "strikethrough"])
    parser.add_render_rule("fence", _code_block)
    parser.add_render_rule("code_block", _code_block)
    parser.add_render_rule("code_inline", _inline_code)
    parser.add_render_rule("table_open", _table)
    return parser


_PARSER = _parser()


@lru_cache(maxsize=512)  # switching the theme back and forth, or re-measuring at a new width, is free
def render(text: str, colours: Colours) -> Rendered:
    env: EnvType = {"colours": colours, "code_blocks": []}
    body = _PARSER.render(text, env)
    return Rendered(f"<html><body>{body}</body></html>", tuple(env["code_blocks"]))
