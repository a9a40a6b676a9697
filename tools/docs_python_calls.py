"""How each REST operation is called from Python, read from the generated facade's source.

``ibkr_client/grouped.py`` (written by tools/facade_codegen.py) has one class per tag and one
method per operation; ``Operations.__init__`` names the attribute of each class
(``self.orders = OrdersOperations(runner)``). Reading it with `ast` gives the exact signature
users call (``client.orders.place_orders(account_id, *, body)``) without importing anything.
Operations the facade leaves out (Flex, OAuth token requests) are served by other modules; the
table below says which, and every one of them keeps its generated function as well.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from docs_common import ROOT

GROUPED = ROOT / "generated" / "ibkr_client" / "grouped.py"

SERVED_ELSEWHERE = {
    "request_flex_report": "ibkr_webapi.flex.FlexClient(token).fetch(query_id, destination)",
    "get_flex_statement": "ibkr_webapi.flex.FlexClient(token).fetch(query_id, destination)",
    "get_live_session_token": "made by ibkr_auth.OAuth1aAuth on the first request",
    "get_oauth_request_token": "ibkr_auth.ThirdPartyOAuth(...).fetch_request_token(http)",
    "get_oauth_access_token": "ibkr_auth.ThirdPartyOAuth(...).fetch_access_token(http, ...)",
    "create_oauth2_access_token": "made by ibkr_auth.OAuth2Auth on the first request",
}
"""Operations outside the facade, by the call that serves them (see facade_codegen's
EXCLUDED_TAGS). An operation in neither place is documented with its generated function."""


@dataclass(frozen=True)
class FacadeCall:
    """One facade method: ``client.<attribute>.<name>(<parameters>) -> <returns>``."""

    attribute: str
    name: str
    positional: tuple[str, ...]
    keyword: tuple[str, ...]
    signature: str
    returns: str

    @property
    def call(self) -> str:
        arguments = [*self.positional, *(f"{name}={name}" for name in self.keyword)]
        return f"client.{self.attribute}.{self.name}({', '.join(arguments)})"

    @property
    def declaration(self) -> str:
        return f"client.{self.attribute}.{self.name}({self.signature}) -> {self.returns}"


def _attributes(tree: ast.Module) -> dict[str, str]:
    """Class name -> client attribute, from ``Operations.__init__``."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "Operations":
            for statement in ast.walk(node):
                if (isinstance(statement, ast.Assign)
                        and isinstance(statement.targets[0], ast.Attribute)
                        and isinstance(statement.value, ast.Call)
                        and isinstance(statement.value.func, ast.Name)):
                    found[statement.value.func.id] = statement.targets[0].attr
    return found


def _call(attribute: str, method: ast.FunctionDef) -> FacadeCall:
    arguments = method.args
    positional = tuple(arg.arg for arg in arguments.args[1:])
    # The sample call passes what is required; the declaration shows the optional rest.
    keyword = tuple(arg.arg for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults,
                                                     strict=True) if default is None)
    signature = ast.unparse(ast.arguments(
        posonlyargs=[], args=arguments.args[1:], vararg=None, kwonlyargs=arguments.kwonlyargs,
        kw_defaults=arguments.kw_defaults, kwarg=None, defaults=arguments.defaults))
    returns = ast.unparse(method.returns) if method.returns else "None"
    return FacadeCall(attribute, method.name, positional, keyword, signature, returns)


def facade_calls(path: Path = GROUPED) -> dict[str, FacadeCall]:
    """operationId -> its facade method, for every operation the sync facade serves."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    attributes = _attributes(tree)
    calls: dict[str, FacadeCall] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in attributes:
            for method in node.body:
                if isinstance(method, ast.FunctionDef) and not method.name.startswith("_"):
                    calls[method.name] = _call(attributes[node.name], method)
    return calls


def generated_function(tag: str, operation_id: str) -> str:
    """The generated module's call, which every operation has."""
    return f"ibkr_client.api.{tag}.{operation_id}.sync(client=client, ...)"


def code_samples(call: FacadeCall) -> list[dict[str, str]]:
    """Redoc's ``x-codeSamples`` for one facade operation: sync and asyncio."""
    sync = ("from ibkr_webapi import Client\n\nwith Client.from_env() as client:\n"
            f"    result = {call.call}\n")
    asynchronous = ("from ibkr_webapi import AsyncClient\n\n"
                    "async with AsyncClient.from_env() as client:\n"
                    f"    result = await {call.call}\n")
    return [{"lang": "Python", "label": "Python", "source": sync},
            {"lang": "Python", "label": "Python (asyncio)", "source": asynchronous}]
