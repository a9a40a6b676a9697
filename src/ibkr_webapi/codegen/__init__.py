"""The code generator's pinned inputs, installed with the package (the ``codegen`` extra).

One copy of each, used by ``nox -s generate`` (tools/generate.py) and by
``ibkr-webapi generate`` alike: the custom openapi-python-client templates (`TEMPLATES`), the
generator configuration (`CODEGEN_CONFIG`), the Overlay 1.0 applier (`overlay`) and the facade
generator (`facade`, which writes ibkr_client/grouped.py).

>>> sorted(path.name for path in TEMPLATES.glob("errors*"))
['errors.py.jinja']
>>> CODEGEN_CONFIG.name
'codegen-config.yaml'
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
CODEGEN_CONFIG = HERE / "codegen-config.yaml"
