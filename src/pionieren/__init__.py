"""pionieren: ontwerp burgerparticipatie goed.

Een bibliotheek met een dunne opdrachtregel erbovenop. Een ambtenaar beschrijft een vraagstuk in
YAML; pionieren controleert dat bestand, analyseert het en adviseert een mix van werkvormen.

Vanuit Python::

    import pionieren

    uitkomst = pionieren.advise("vraagstukken/marktplein.yaml", datum="2026-11-28")
    print(uitkomst.advies.trede.advies)  # de geadviseerde trede
    print(uitkomst.tekst)  # het rapport (Markdown)

Why lazy: ``import pionieren`` (and so ``pionieren --help``) stays fast; the analysis, pydantic
models and Jinja load on the first use of :func:`advise` or :func:`run`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Batch", "Resultaat", "Status", "Uitkomst", "__version__", "advise", "run"]

if TYPE_CHECKING:
    from pionieren.pipeline import Batch, Resultaat, Status, Uitkomst, advise, run


def __getattr__(naam: str) -> Any:
    if naam in __all__:
        from pionieren import pipeline

        return getattr(pipeline, naam)
    raise AttributeError(f"module 'pionieren' has no attribute {naam!r}")
