"""Copy the built-in templates to a folder of the gemeente."""

from __future__ import annotations

from pathlib import Path

from pionieren.errors import UserError
from pionieren.report.templates import builtin_dir

SJABLONEN = ("basis.md", "rapport.md", "basis.html", "rapport.html", "stijl.css", "paragraaf.md")


def copy_templates(naar: Path, overschrijven: bool = False) -> list[Path]:
    """Copy every built-in template; refuse to overwrite unless asked. Returns the new files."""
    bron = builtin_dir()
    bestaand = [naar / naam for naam in SJABLONEN if (naar / naam).exists()]
    if bestaand and not overschrijven:
        raise UserError(
            f"in {naar} staan al sjablonen ({', '.join(p.name for p in bestaand)}). Kies een "
            "andere map, of gebruik --overschrijven."
        )
    try:
        naar.mkdir(parents=True, exist_ok=True)
        for naam in SJABLONEN:
            (naar / naam).write_bytes((bron / naam).read_bytes())
    except OSError as e:
        raise UserError(f"{naar}: kan de sjablonen niet schrijven ({e.strerror})") from None
    return [naar / naam for naam in SJABLONEN]
