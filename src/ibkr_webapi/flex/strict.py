"""Strict mode: validate against the Flex XSD (shipped with the generated models) first.

Needs the optional dependency xmlschema. Entities and DTDs are refused
(``defuse="always"``), as in the parser itself.
"""

from __future__ import annotations

import functools
from importlib import resources
from itertools import islice
from typing import Any

from .errors import FlexSchemaError, FlexUnsafeXmlError
from .source import Input

MAX_ERRORS = 50


@functools.cache
def flex_schema() -> Any:
    """The Flex XSD 1.1 schema (loaded once)."""
    try:
        import xmlschema
    except ImportError as missing:
        raise ImportError("strict mode needs xmlschema: pip install xmlschema") from missing
    entry = resources.files("ibkr_client.flex").joinpath("schema", "flex.xsd")
    with resources.as_file(entry) as path:
        return xmlschema.XMLSchema11(str(path))


def validate(data: Input) -> None:
    """Raise FlexSchemaError listing the first problems, if the document does not validate."""
    import xmlschema
    from xmlschema.exceptions import XMLResourceForbidden

    schema = flex_schema()
    try:
        resource = xmlschema.XMLResource(data.for_validator(), defuse="always", lazy=True)
        errors = islice(schema.iter_errors(resource), MAX_ERRORS)
        problems = tuple(f"{error.path}: {error.reason}" for error in errors)
    except XMLResourceForbidden as forbidden:
        raise FlexUnsafeXmlError(f"strict mode refused the document: {forbidden}") from None
    if problems:
        raise FlexSchemaError(problems)
