"""Every docstring example in the handwritten packages runs (one parametrised test per module)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import ibkr_auth
import ibkr_webapi

MODULES = sorted(
    info.name
    for package in (ibkr_auth, ibkr_webapi)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


@pytest.mark.parametrize("package", [ibkr_webapi, ibkr_auth], ids=lambda p: p.__name__)
def test_the_package_exports_load_on_first_use(package: object) -> None:
    for name in package.__all__:  # type: ignore[attr-defined]
        assert getattr(package, name) is not None, name
