"""Every job of the project: `nox -s demo`, `nox -s tests`, `nox -s generate`, ...

Versions of the generator and the linters are pinned in pyproject.toml (extras) and in
package.json/package-lock.json, so every machine generates and lints the same way.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True
PYTHON = "3.11"
HANDWRITTEN = ["auth_plugins", "src", "tools", "tests", "contract_tests", "bench", "docs",
               "noxfile.py"]
CHROMIUM = "/usr/bin/chromium"  # Debian's package; the docs' browser test drives it


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Bundle the spec, apply the overlays and regenerate generated/ from scratch."""
    session.install("-e", ".[codegen,contract]")  # the Flex model generator reads XSD (xmlschema)
    session.run("python", "tools/generate.py")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail, printing the diff, if generated/ differs from a fresh generation."""
    session.install("-e", ".[codegen,contract]")
    session.run("python", "tools/check_generated.py")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test command: unit tests and the contract suite."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests", "contract_tests", "--junitxml=reports/tests-junit.xml",
                *session.posargs)


@nox.session(python=PYTHON)
def standalone(session: nox.Session) -> None:
    """Prove the repository stands alone: clone it into an empty folder and collect every test
    there, with the clone's own package installed (a test reaching outside fails collection)."""
    with tempfile.TemporaryDirectory() as empty:
        clone = Path(empty) / "clone"
        session.run("git", "clone", "--quiet", str(Path.cwd()), str(clone), external=True)
        session.install("-e", f"{clone}[test]")
        with session.chdir(clone):
            session.run("pytest", "--collect-only", "-q", "-p", "no:cacheprovider", silent=True)
            session.run("python", "tools/doc_coverage.py", silent=True)


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """The contract suite alone."""
    session.install("-e", ".[test]")
    session.run("pytest", "contract_tests", "--junitxml=reports/contract-junit.xml",
                *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy on the handwritten code; openapi-spec-validator and Redocly on the spec."""
    session.install("-e", ".[lint]")
    session.run("ruff", "check", *HANDWRITTEN)
    session.run("mypy", "auth_plugins/ibkr_auth", "src/ibkr_webapi", "tools")
    with session.chdir("generated"):
        session.run("mypy", "--strict", "--config-file", "/dev/null", "ibkr_client")
    session.run("openapi-spec-validator", "generated/openapi.json")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run(
        "npx",
        "redocly",
        "lint",
        "generated/openapi.json",
        "--config",
        "redocly.yaml",
        external=True,
    )
    session.run(
        "npx",
        "spectral",
        "lint",
        "spec/asyncapi.yaml",
        "--ruleset",
        ".spectral.yaml",
        "--fail-severity=warn",
        external=True,
    )


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ and test it, in a real browser too.

    Fails on a broken internal link, an operation missing from the reference, a docstring or
    README example that does not run. Then serves site/ on loopback and checks it in headless
    Chromium (Debian's package, installed here if missing); screenshots go to reports/.
    """
    # Every module's docstring examples run here, so the test extra (everything) comes too.
    session.install("-e", ".[docs,test]")
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    session.run("python", "tools/docs_build.py")
    session.run("python", "tools/docs_examples.py")
    session.run("pytest", "-p", "no:cacheprovider", "tests/test_doctests.py",
                "tests/test_readme.py", "docs/examples", "docs/tests/test_docs_tools.py",
                "--doctest-modules", "tools/docs_doctest_md.py",
                "--junitxml=reports/docs-junit.xml")
    if not Path(CHROMIUM).exists():
        session.run("apt-get", "update", "-qq", external=True)
        session.run("apt-get", "install", "-y", "-qq", "chromium", external=True)
    session.run("pytest", "-p", "no:cacheprovider", "docs/tests/test_browser.py",
                "--junitxml=reports/docs-browser-junit.xml", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: a trading session against the embedded mock server (no credentials).

    With IBKR_TARGET=gateway or oauth (and the auth plugin's variables) it runs against IBKR.
    The embedded mock is the ``mock`` extra.
    """
    session.install("-e", ".[mock]")
    session.run("python", "-m", "ibkr_webapi.demo", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks next to the peers users would pick instead; each prints its ratios."""
    session.install("-e", ".[test,bench]")
    for script in sorted(Path("bench").glob("bench_*.py")):
        session.run("python", str(script))
