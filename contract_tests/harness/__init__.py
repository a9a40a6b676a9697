"""Pytest plugin code of the contract suite: the failure table, JUnit properties, live options."""
