"""A Markdown extension for the site: doctest blocks in docstrings render as code.

The packages' docstrings carry plain doctest blocks (``>>> call()`` and its output, ended by a
blank line), which the doctest runner executes. Markdown would read them as prose (an output
like ``['a']`` even looks like a link), so this preprocessor fences each block as ``pycon``.
It leaves fenced code alone. Used by docs/mkdocs.yml as ``docs_doctest_md``.

>>> DoctestFences(None).run(["Text.", "", ">>> 1 + 1", "2", "", "More."])
['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
"""

from __future__ import annotations

from typing import Any

from markdown import Extension
from markdown.preprocessors import Preprocessor


# Markdown ships no type hints (and is absent from the lint environment), so its bases are Any.
class DoctestFences(Preprocessor):  # type: ignore[misc]
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        in_doctest = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if in_doctest and not stripped:
                out.append(f"{indent}```")
                in_doctest = False
            elif fence is None and not in_doctest and stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out.append(f"{indent}```pycon")
                in_doctest = True
            elif not in_doctest and stripped.startswith(("```", "~~~")):
                marker = stripped[:3]
                fence = None if fence == marker else (fence or marker)
            out.append(line)
        if in_doctest:
            out.append(f"{indent}```")
        return out


class DoctestFencesExtension(Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: Any) -> None:
        # Before the fenced-code preprocessor (priority 25), so the fences it adds are seen.
        md.preprocessors.register(DoctestFences(md), "doctest_fences", 29)


def makeExtension(**kwargs: Any) -> DoctestFencesExtension:
    return DoctestFencesExtension(**kwargs)
