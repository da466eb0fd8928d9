"""The participatieverslag of one evaluatie: what ``pionieren verslag`` writes.

Why: a raadsvoorstel, and under the Omgevingswet a permit application (the aanvraagvereiste of
art. 7.4 Omgevingsregeling), needs an account of whether and how participation took place and
what it brought: planned against done, who took part and who was missed, what was done with the
input per onderwerp and why, and what was fed back when. Every figure comes straight from the
evaluatie file, so the account can be checked against it line by line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pionieren.input.load import GelezenEvaluatie
from pionieren.knowledge.load import Kennis
from pionieren.leerarena import terugkoppeling_status
from pionieren.safe_text import comparable_name

BRONNEN = ("omgevingsregeling-7-4", "gemeentewet-150")
"""The sources the account cites: the aanvraagvereiste, and the participatieverordening that
since the Wet versterking participatie op decentraal niveau also covers evaluation."""


def verslag_data(gelezen: GelezenEvaluatie, kennis: Kennis, datum: date) -> dict[str, Any]:
    """Everything the account shows, as plain data (also its JSON form). Pure: no files."""
    e, v = gelezen.evaluatie, gelezen.vraagstuk
    catalogus = {w.id: w for w in kennis.werkvormen}

    def naam(id_: str) -> str:
        return catalogus[id_].naam if id_ in catalogus else id_

    gedaan = [
        {
            "werkvorm": w.id,
            "naam": naam(w.id),
            "gepland": w.gepland,
            "deelnemers": w.deelnemers,
            "deelnemers_gepland": w.deelnemers_gepland
            if w.deelnemers_gepland is not None
            else (catalogus[w.id].deelnemers[0] if w.id in catalogus else None),
            "kosten_euro": w.kosten_euro,
            "schatting_kosten_euro": list(catalogus[w.id].kosten_euro)
            if w.id in catalogus
            else None,
            "weken": w.weken,
            "toelichting": w.toelichting,
        }
        for w in e.werkvormen
    ]
    niet_gedaan = [
        {"werkvorm": n.id, "naam": naam(n.id), "waarom": n.waarom} for n in e.niet_gedaan
    ]
    genoemd = {comparable_name(g.naam) for g in e.belanghebbenden}
    groepen: dict[str, list[dict[str, Any]]] = {"ja": [], "deels": [], "nee": []}
    for g in e.belanghebbenden:
        groepen[g.bereikt.value].append(
            {"naam": g.naam, "toelichting": g.toelichting, "nieuw": g.nieuw}
        )
    onderwerpen_open = [o.onderwerp for o in v.kaders.open]
    beschreven = {comparable_name(o.onderwerp) for o in e.onderwerpen}
    status, _ = terugkoppeling_status(gelezen)
    return {
        "datum": datum.isoformat(),
        "bestand": gelezen.bestand,
        "vraagstuk_bestand": gelezen.vraagstuk_bestand,
        "titel": v.titel,
        "gemeente": v.gemeente,
        "omschrijving": v.omschrijving,
        "periode": e.periode.model_dump(mode="json"),
        "afgerond": e.afgerond,
        "budget_euro": v.kaders.budget_euro,
        "omgevingswet": "omgevingswet" in [k.value for k in v.wettelijk_kader]
        or (
            v.besluit is not None
            and v.besluit.procedure is not None
            and v.besluit.procedure.value.startswith("omgeving")
        ),
        "gedaan": gedaan,
        "niet_gedaan": niet_gedaan,
        "erbij": [w for w in gedaan if not w["gepland"]],
        "deelnemers": sum(w.deelnemers for w in e.werkvormen),
        "kosten_euro": sum(w.kosten_euro for w in e.werkvormen),
        "bereikt": groepen,
        "niet_genoemd": [
            b.naam for b in v.belanghebbenden if comparable_name(b.naam) not in genoemd
        ],
        "onderwerpen": [o.model_dump(mode="json") for o in e.onderwerpen],
        "onderwerpen_zonder_verslag": [
            o for o in onderwerpen_open if comparable_name(o) not in beschreven
        ],
        "terugkoppeling": {**e.terugkoppeling.model_dump(mode="json"), "status": status},
        "besluit": e.besluit.model_dump(mode="json") if e.besluit else None,
        "tevredenheid": e.tevredenheid.model_dump(mode="json") if e.tevredenheid else None,
        "lessen": [les.model_dump(mode="json") for les in e.lessen],
        # as data, not as constants in the template: Jinja would fold a constant at compile time
        "bron_aanvraagvereiste": [BRONNEN[0]],
        "bron_verordening": [BRONNEN[1]],
    }


@dataclass(frozen=True)
class VerslagResultaat:
    gelezen: GelezenEvaluatie
    data: dict[str, Any]
    rapport: bytes
    formaat: str


def verslag(
    bestand: Path | str,
    *,
    datum: date | str | None = None,
    formaat: str = "md",
    werkvormen: Path | str | None = None,
    sjablonen: Path | str | None = None,
    instellingen: dict[str, Any] | None = None,
) -> VerslagResultaat:
    """Read one evaluatie (and its vraagstuk) and make the participatieverslag; write nothing."""
    from pionieren.errors import UsageError
    from pionieren.input.load import read_evaluatie
    from pionieren.leerarena.folder import LEERARENA_LABELS, prepare
    from pionieren.pipeline import kind_of_file
    from pionieren.report.data import LABELS, verwijzing
    from pionieren.report.documents import render_document
    from pionieren.report.word import Eigenschappen

    pad = Path(bestand)
    if kind_of_file(pad) == "vraagstuk":
        # otherwise every field of the vraagstuk comes back as 'geen bekend veld'
        raise UsageError(
            f"{bestand} is een vraagstuk, geen evaluatie. Een verslag maakt u van de evaluatie "
            f"van het proces; het advies bij dit vraagstuk geeft ‘pionieren analyse {bestand}’."
        )
    dag, kennis = prepare(datum, werkvormen)
    gelezen = read_evaluatie(pad, str(bestand), kennis.ids())
    data = verslag_data(gelezen, kennis, dag)
    sjabloon_data = {
        "verslag": data,
        "labels": {**LABELS, **LEERARENA_LABELS},
        "instellingen": {"gemeente": None, "logo": None, "kleur": None, **(instellingen or {})},
        "bronregister": {
            id_: {**bron.model_dump(mode="json"), "kort": verwijzing(bron)}
            for id_, bron in sorted(kennis.bronnen.items())
            if id_ in BRONNEN
        },
    }
    from pionieren import __version__

    rapport = render_document(
        "verslag",
        formaat,
        sjabloon_data,
        lambda: json.dumps({"versie": __version__, **data}, ensure_ascii=False, indent=2) + "\n",
        Eigenschappen(
            titel=f"Participatieverslag: {data['titel']}",
            onderwerp=f"Participatieverslag voor {data['gemeente']}",
            trefwoorden="participatie; participatieverslag",
            gemeente=data["gemeente"],
            versie=__version__,
            datum=dag,
        ),
        Path(sjablonen) if sjablonen is not None else None,
    )
    return VerslagResultaat(gelezen, data, rapport, formaat)


def default_name(evaluatie: Path) -> str:
    """``plein.evaluatie.yaml`` -> ``plein.verslag`` (the extension follows the format)."""
    stam = evaluatie.stem
    return f"{stam.removesuffix('.evaluatie')}.verslag"
