"""Copy the built-in templates to a folder of the gemeente."""

from __future__ import annotations

from pathlib import Path

from pionieren.errors import UsageError, UserError
from pionieren.files import check_target, write_atomic
from pionieren.report.templates import builtin_dir

SJABLONEN = (
    "basis.md",
    "rapport.md",
    "basis.html",
    "rapport.html",
    "stijl.css",
    "paragraaf.md",
    "leerarena-basis.md",
    "leerarena.md",
    "leerarena-basis.html",
    "leerarena.html",
    "verslag-basis.md",
    "verslag.md",
    "verslag-basis.html",
    "verslag.html",
)


def copy_templates(naar: Path, overschrijven: bool = False) -> list[Path]:
    """Copy every built-in template; refuse to overwrite unless asked. Returns the new files.

    Every target is checked before anything is written: ``naar`` may not be a symbolic link,
    and a symbolic link (also a dangling one), a device or a folder with a template's name is
    refused, so nothing is written outside ``naar``.
    """
    bron = builtin_dir()
    doelen = [naar / naam for naam in SJABLONEN]
    bestaand = [p for p in doelen if p.exists() or p.is_symlink()]
    if bestaand and not overschrijven:
        raise UsageError(
            f"in {naar} staan al sjablonen ({', '.join(p.name for p in bestaand)}). Kies een "
            "andere map, of gebruik --overschrijven."
        )
    if naar.is_symlink():
        raise UserError(
            f"{naar} is een symbolische link; pionieren schrijft niet via een link. Geef de "
            "echte map."
        )
    if naar.exists() and not naar.is_dir():
        raise UsageError(f"{naar} is geen map; kies een map voor de sjablonen.")
    for doel in doelen:
        check_target(doel)
    for naam, doel in zip(SJABLONEN, doelen, strict=True):
        write_atomic(doel, (bron / naam).read_bytes())
    return doelen
