"""Plugins the unit tests use: pytester runs users' test suites (tests/contract_check)."""

pytest_plugins = ["pytester"]
