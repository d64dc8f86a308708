"""The fields a letter template uses, checked against each recipient's data before a merge.

Jinja2's ``StrictUndefined`` raises on a missing field, but not inside macros, and only when
the line is reached; so every field a template names is found from its syntax tree
(``jinja2.meta.find_undeclared_variables`` for the top-level names, and the dotted paths
below them) and looked up in each recipient's data before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspection_desktop.errors import UserFacingError

# Jinja2 loads when a template is first read or filled in, not with the window (a fiftieth of
# its start-up, for a tab that may not be opened).
if TYPE_CHECKING:
    from jinja2 import Template, nodes
    from jinja2.sandbox import SandboxedEnvironment

# Where the co-ordinator fills in each kind of field, for the message naming a missing one.
_WHERE_TO_FILL = {
    "recipient": "add it to their entry in People",
    "meeting": "set the meeting's date, time and venue in Meetings",
    "sender": "set the signature under Letterhead",
    "reading_base": "set the file-reading base under Letterhead",
    "people": "name the role's holder in People",
    "holders": "name the role's holders in People",
    "due": "the plan has no such item",
    "week_commencing": "the plan has no such week",
}


class TemplateProblem(UserFacingError):
    """A template that cannot be read (a typing slip in its fields)."""


class MissingField(UserFacingError):
    """A field a template uses has no value for one recipient."""

    def __init__(self, field: str, recipient: str) -> None:
        self.field = field
        self.recipient = recipient
        hint = _WHERE_TO_FILL.get(field.split(".")[0], "")
        self.hint = hint
        who = recipient or "a recipient with no name"
        self.summary = f'The field "{field}" has no value for {who}' + (
            f": {hint}." if hint else "."
        )
        super().__init__(f"{self.summary} Nothing was written.")


def environment() -> SandboxedEnvironment:
    """The template environment: sandboxed (users edit templates) and loud on missing fields."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, trim_blocks=True)


def _parse(source: str, part: str) -> nodes.Template:
    from jinja2 import TemplateSyntaxError

    try:
        return environment().parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(
            f"The {part} of the template has a mistake on line {exc.lineno}: {exc.message}."
        ) from exc


def _dotted(node: nodes.Node) -> str | None:
    """``meeting.venue`` for ``meeting.venue`` or ``meeting["venue"]``; None for anything else."""
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        return str(node.name)
    if isinstance(node, nodes.Getattr):
        inner = _dotted(node.node)
        return None if inner is None else f"{inner}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        inner = _dotted(node.node)
        return None if inner is None else f"{inner}.{node.arg.value}"
    return None


def used_fields(*sources: str) -> list[str]:
    """Every field the template texts use, as dotted paths, sorted."""
    from jinja2 import meta, nodes

    found: set[str] = set()
    guarded: set[str] = set()
    for source in sources:
        tree = _parse(source, "text")
        top = meta.find_undeclared_variables(tree)
        found |= top
        for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
            path = _dotted(node)
            if path is not None and path.split(".")[0] in top:
                found.add(path)
        # "{% if people.x is defined %}" makes people.x and what lies under it optional.
        for test in tree.find_all(nodes.Test):
            if test.name in ("defined", "undefined") and (path := _dotted(test.node)):
                guarded.add(path)
    return sorted(
        path
        for path in found
        if not any(path == guard or path.startswith(guard + ".") for guard in guarded)
    )


def _has(data: Mapping[str, Any], path: str) -> bool:
    value: Any = data
    for part in path.split("."):
        if isinstance(value, Mapping):
            key: Any = int(part) if part.isdigit() and part not in value else part
            if key not in value:
                return False
            value = value[key]
        else:
            # A list is used in a loop; its items' fields are checked where the loop names them.
            return isinstance(value, list | tuple)
    return value not in ("", None)


def missing_fields(fields: Iterable[str], data: Mapping[str, Any]) -> list[str]:
    """The fields with no value in ``data`` (the shortest path for each gap)."""
    gaps = [field for field in fields if not _has(data, field)]
    return [gap for gap in gaps if not any(gap.startswith(other + ".") for other in gaps)]


@dataclass(frozen=True)
class RenderedText:
    """A template's three texts filled in for one recipient."""

    subject: str
    paragraphs: tuple[str, ...]
    sign_off: str


@dataclass(frozen=True)
class CompiledTexts:
    """A template's subject, body and sign-off compiled once for a whole run."""

    parts: tuple[Template, Template, Template]

    def render(self, data: Mapping[str, Any], recipient: str) -> RenderedText:
        """Fill the texts in for one recipient; a field still missing is named with them."""
        from jinja2 import TemplateError

        try:
            filled = [part.render(data) for part in self.parts]
        except TemplateError as exc:
            raise UserFacingError(
                f"The letter for {recipient} cannot be filled in: {exc}."
            ) from exc
        return RenderedText(
            " ".join(filled[0].split()), split_paragraphs(filled[1]), filled[2].strip()
        )


def compile_texts(subject: str, body: str, sign_off: str) -> CompiledTexts:
    """Compile the three texts, or say where a typing slip is."""
    from jinja2 import TemplateSyntaxError

    env = environment()
    try:
        parts = tuple(env.from_string(text) for text in (subject, body, sign_off))
    except TemplateSyntaxError as exc:
        raise TemplateProblem(
            f"The template has a mistake on line {exc.lineno}: {exc.message}."
        ) from exc
    return CompiledTexts((parts[0], parts[1], parts[2]))


def render_texts(
    subject: str, body: str, sign_off: str, data: Mapping[str, Any], recipient: str
) -> RenderedText:
    """Fill the texts in; a field still missing at this point is named with the recipient."""
    return compile_texts(subject, body, sign_off).render(data, recipient)


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by a blank line; single line breaks stay inside a paragraph."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return tuple("\n".join(block).strip() for block in blocks if block)


def heading_and_rest(paragraph: str) -> tuple[str, str]:
    """A paragraph's short first line ("Training") as its heading, and the rest; else no heading.

    A first line counts as a heading when more lines follow and it is short and ends without
    punctuation, as a co-ordinator types one.
    """
    first, _, rest = paragraph.partition("\n")
    if rest.strip() and len(first) <= 45 and first.strip() and first.rstrip()[-1] not in ".,:;!?":
        return first.strip(), rest.strip()
    return "", paragraph
