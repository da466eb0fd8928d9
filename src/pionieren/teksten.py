"""One wording layer: findings carry a key and values; their Dutch text lives in ``teksten.yaml``.

Why: the analysis decides, the wording says it. A finding is data (``sleutel`` and ``waarden``),
so the JSON advice can be read by other programs, the wording can be reviewed in one file, and a
gemeente can change a text without touching the analysis: a ``teksten.yaml`` in its own
templates folder replaces the built-in text of the keys it names.

A text is a small Jinja2 template, rendered in the same immutable sandbox as the reports, with
the values of the finding and a few Dutch filters (``opsomming``, ``punten``, ``euro``,
``datum``). Whitespace is collapsed, so a text can be wrapped freely in YAML.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from pionieren import text
from pionieren.vocabulary import Organisator

if TYPE_CHECKING:
    from pionieren.analysis.result import Advies, BelanghebbendeAdvies, MixOnderdeel, Tekstdeel


class WordingError(Exception):
    """A text cannot be rendered: an unknown key, or a template that does not fit its values."""


class Wording:
    """Renders texts by key. One instance per set of texts; templates are compiled once."""

    def __init__(self, teksten: Mapping[str, str]) -> None:
        from jinja2 import StrictUndefined
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        self.teksten = dict(teksten)
        self.env = ImmutableSandboxedEnvironment(
            undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True
        )
        self.env.filters.update(
            opsomming=lambda items: text.opsomming([str(i) for i in items]),
            namen=lambda items, begin=False: text.namen([str(i) for i in items], begin),
            punten=lambda items: text.punten([str(i) for i in items]),
            euro=text.euro,
            getal=text.getal,
            datum=lambda waarde: text.datum(date.fromisoformat(str(waarde))),
            periode=lambda van, tot: text.periode(
                date.fromisoformat(str(van)), date.fromisoformat(str(tot))
            ),
            zin=text.zin,
            klein=text.klein,
            met_lidwoord=text.met_lidwoord,
            meervoud=text.is_meervoud,
            meervoud_orgaan=text.meervoud_orgaan,
            meervoudig=text.meervoudig,
            hoofdletter=text.hoofdletter,
            partij=text.partij,
            kort=text.kort,
            kop=text.kop,
            over=text.over,
            vraagvorm=text.vraagvorm,
            bereik=lambda van, tot: text.bereik(int(van), int(tot)),
        )
        self._sjablonen: dict[str, Any] = {}
        self._code: dict[str, Any] = {}

    def compiled_from_cache(self) -> Wording:
        """Take the compiled texts from the user's cache folder (:mod:`pionieren.cache`); on
        the first run compile every text once and keep them there.

        Why: compiling the texts is a large part of a single analysis. The entry is named by a
        hash of the texts and the Jinja and Python versions; a text that does not compile is
        left out and compiled (and reported) when it is used, as without the cache.
        """
        import marshal

        import jinja2

        from pionieren import cache

        delen = [f"{jinja2.__version__} {sys.version}".encode(), cache.source(__file__)]
        delen += [f"{k}\0{v}".encode() for k, v in sorted(self.teksten.items())]
        naam = cache.key("teksten", *delen, extensie=".bin")
        opgeslagen = cache.read(naam)
        if opgeslagen is not None:
            try:
                code = marshal.loads(opgeslagen)
            except (EOFError, ValueError, TypeError):
                code = None
            if isinstance(code, dict):
                self._code = code
                return self
        for sleutel, tekst in self.teksten.items():
            try:
                self._code[sleutel] = self.env.compile(tekst)
            except jinja2.TemplateError:
                continue
        cache.write(naam, marshal.dumps(self._code))
        return self

    def _template(self, sleutel: str) -> Any:
        if sleutel not in self._sjablonen:
            code = self._code.get(sleutel)
            if code is None:
                self._sjablonen[sleutel] = self.env.from_string(self.teksten[sleutel])
            else:
                self._sjablonen[sleutel] = self.env.template_class.from_code(
                    self.env, code, self.env.make_globals(None), None
                )
        return self._sjablonen[sleutel]

    def render(self, sleutel: str, waarden: Mapping[str, Any]) -> str:
        from jinja2.exceptions import TemplateError

        if sleutel not in self.teksten:
            raise WordingError(f"er is geen tekst voor de sleutel '{sleutel}'")
        try:
            uit = self._template(sleutel).render(**waarden)
        except TemplateError as e:
            raise WordingError(f"de tekst '{sleutel}' past niet bij zijn waarden: {e}") from None
        return text.punt(text.haakjes(" ".join(uit.split())))

    def check(self, sleutel: str) -> None:
        """Compile one text; raises WordingError on a syntax error."""
        from jinja2.exceptions import TemplateError

        try:
            self._sjablonen[sleutel] = self.env.from_string(self.teksten[sleutel])
        except TemplateError as e:
            raise WordingError(f"de tekst '{sleutel}' is geen geldig sjabloon: {e}") from None


def formulate(advies: Advies, wording: Wording) -> Advies:
    """The advice with every text written out from its key and values: the findings, the
    questions for the first conversation, the reasons per werkvorm and the tasks per role."""
    return advies.model_copy(
        update={
            "bevindingen": [
                b.model_copy(update={"tekst": wording.render(b.sleutel, b.waarden)})
                for b in advies.bevindingen
            ],
            "referentiekader": [wording.render(v.sleutel, v.waarden) for v in advies.vragen],
            "belanghebbenden": [
                b.model_copy(update={"aanpak": _joined(wording, _aanpak(b, advies.mix), "; ")})
                for b in advies.belanghebbenden
            ],
            "trede": advies.trede.model_copy(
                update={
                    "waarom": wording.render(
                        advies.trede.waarom_deel.sleutel, advies.trede.waarom_deel.waarden
                    )
                    if advies.trede.waarom_deel
                    else advies.trede.waarom,
                    "toets": wording.render(
                        advies.trede.toets_deel.sleutel, advies.trede.toets_deel.waarden
                    )
                    if advies.trede.toets_deel
                    else "",
                    "onderwerpen": [
                        o.model_copy(
                            update={
                                "toezegging": wording.render(
                                    o.toezegging_deel.sleutel, o.toezegging_deel.waarden
                                )
                            }
                        )
                        if o.toezegging_deel
                        else o
                        for o in advies.trede.onderwerpen
                    ],
                }
            ),
            "leerarena": advies.leerarena.model_copy(
                update={
                    veld: [
                        wording.render(d.sleutel, d.waarden)
                        for d in getattr(advies.leerarena, f"{veld}_delen")
                    ]
                    for veld in ("meten", "momenten", "terugkoppeling")
                }
            ),
            "planning": [
                p.model_copy(
                    update={
                        "toelichting": wording.render(p.uitleg.sleutel, waarden) if p.uitleg else ""
                    }
                )
                for p, waarden in zip(advies.planning, _planning_waarden(advies), strict=True)
            ],
            "rolverdeling": [
                t.model_copy(
                    update={"taak": zinnen([wording.render(d.sleutel, d.waarden) for d in t.delen])}
                )
                for t in advies.rolverdeling
            ],
            "mix": [
                m.model_copy(update={"waarom": _redenen(wording, m, redenen)})
                for m, redenen in zip(advies.mix, _zorgen_eenmaal(advies.mix), strict=True)
            ],
            "ervaringen": advies.ervaringen.model_copy(
                update={
                    "gevallen": [
                        g.model_copy(
                            update={
                                "uitleg": text.opsomming(
                                    [
                                        wording.render(d.sleutel, d.waarden)
                                        for d in g.overeenkomst_delen
                                    ]
                                ),
                                "uitkomsten": [
                                    t
                                    for d in g.uitkomst_delen
                                    if (t := wording.render(d.sleutel, d.waarden))
                                ],
                            }
                        )
                        for g in advies.ervaringen.gevallen
                    ]
                }
            )
            if advies.ervaringen is not None
            else None,
        }
    )


#: Reasons of a werkvorm that say how a party is asked for its advice.
_ADVIESVRAAG = ("MIX-ADVIESORGAAN", "MIX-ADVIESORGAAN.bewoners")


def _planning_waarden(advies: Advies) -> list[Mapping[str, Any]]:
    """The values of each phase's explanation. A moment says once per report that the
    participants hear within a week what was decided (or discussed): the second moment with the
    same sentence gets ``gezegd`` (review 46: the same stock sentence under every moment). The
    decision step names a later, separate decision only when no round of the plan leads to it:
    that round's own step names the topic and the date (review 55d, Walduin and Hunsewold:
    'Daarna een apart besluit over X (uiterlijk D)' right above 'Een eigen ronde vóór het
    latere besluit (uiterlijk D). Het gaat over X'). A second round before a later decision of
    the same kind (advice or reactions on a concept) gets ``gezegd``: it says how such a round
    goes and who pays for it only by reference to the first (issue 9; why: review of the long
    reports, 'Vraag advies op het concept' and 'dat betaalt het budget van dat besluit, niet dit
    budget' stood under every round)."""
    gezien: set[bool] = set()
    rondes: set[bool] = set()
    kosten = False
    eigen_ronde = {
        onderwerp
        for p in advies.planning
        if p.uitleg is not None and p.uitleg.sleutel == "FASE.later_besluit"
        for onderwerp in p.uitleg.waarden.get("onderwerpen", [])
    }
    uit: list[Mapping[str, Any]] = []
    for p in advies.planning:
        if p.uitleg is None:
            uit.append({})
            continue
        waarden = dict(p.uitleg.waarden)
        if p.uitleg.sleutel == "FASE.moment":
            besluit = bool(waarden.get("besluit"))
            if not waarden.get("besloten"):
                # a confidential moment says its own line; it does not count as 'gezegd'
                waarden["gezegd"] = besluit in gezien
                gezien.add(besluit)
        if p.uitleg.sleutel == "FASE.later_besluit":
            # who pays such a round is said once, whatever its kind
            waarden["kosten_gezegd"] = kosten
            kosten = kosten or bool(waarden.get("kosten"))
        if p.uitleg.sleutel == "FASE.later_besluit" and not waarden.get("ter_inzage"):
            soort = bool(waarden.get("advies"))
            waarden["gezegd"] = soort in rondes
            rondes.add(soort)
        if p.uitleg.sleutel == "FASE.besluit" and waarden.get("later"):
            waarden["later"] = [x for x in waarden["later"] if x["onderwerp"] not in eigen_ronde]
        uit.append(waarden)
    return uit


def _aanpak(b: BelanghebbendeAdvies, mix: list[MixOnderdeel]) -> list[Tekstdeel]:
    """How the gemeente involves a party, without what the werkvorm that reaches it already
    says (review 41: the same thing twice, in other words):

    - 'formeel om advies vragen, op tijd en met een schriftelijke reactie' when the design asks
      the party for its formal advice ('Formeel advies, in een eigen stap: op tijd gevraagd en
      schriftelijk beantwoord'), or, for a dorpsraad, says how ('Advies van Dorpsraad X in de
      eigen vergadering, of schriftelijk. Het is geen formele adviesraad');
    - 'via de griffie, met een eigen moment voor de raad' when the design holds that moment: a
      werkvorm the griffie organises for the fracties.

    The ``aanpak_delen`` keep every part."""
    voor = [m for m in mix if b.naam in m.voor]
    gezegd = set()
    if any(r.sleutel in _ADVIESVRAAG for m in voor for r in m.redenen):
        gezegd.add("BELANG-AANPAK.adviesorgaan")
    if any(m.organisator is Organisator.griffie for m in voor):
        gezegd.add("BELANG-AANPAK.politiek")
    return [d for d in b.aanpak_delen if d.sleutel not in gezegd]


def _joined(wording: Wording, delen: list[Tekstdeel], scheiding: str) -> str:
    """The texts of some parts, joined; a part whose text is empty (said elsewhere) is left out."""
    return scheiding.join(t for d in delen if (t := wording.render(d.sleutel, d.waarden)))


#: Werkvormen whose row in the table of the design names no groups ('iedereen die wil
#: inspreken', 'alle deelnemers').
_RIJ_ZONDER_NAMEN = {
    "hoorzitting-raad",
    "aangepast-plan",
    "terugkoppeling",
    "leerarena",
    "evaluatie",
}


def in_tabel(m: MixOnderdeel) -> list[str]:
    """The groups the row of this werkvorm in the table of the design names in full: all of
    them when there are three at most (more read 'A, B en 3 andere groepen').

    Why: 'Dit bereikt ook omwonenden rond De Meerkamp' under a werkvorm whose row already reads
    'Omwonenden rond De Meerkamp' says nothing new; only a route ('via de huisarts') does."""
    if m.werkvorm in _RIJ_ZONDER_NAMEN or len(m.voor) > 3:
        return []
    return list(m.voor)


#: The promised step says that inwoners advise here, and who promised it (MIX-TOEZEGGING);
#: the plain sentence of the level (MIX-TREDE) then says the same again (review 46b).
_TOEGEZEGD_ADVIES = "MIX-TOEZEGGING"
_ADVIES_ZIN = "Hier geven inwoners advies."


def _zonder(tekst: str, zin: str) -> str:
    """A text without one of its sentences."""
    return " ".join(tekst.replace(zin, "").split())


_APART = "MIX-AFWEGEN.apart"


def _apart_samen(redenen: list[Any]) -> list[Any]:
    """The separate first talks of one werkvorm in one sentence: 'Eerst apart met A en met B;
    daarna aan tafel bij de afweging', not that sentence once per party (issue 9: the same
    sentence twice in one paragraph)."""
    apart = [d for d in redenen if d.sleutel == _APART]
    if len(apart) < 2:
        return redenen
    namen = [str(d.waarden.get("naam")) for d in apart]
    samen = apart[0].model_copy(
        update={"waarden": {**apart[0].waarden, "naam": text.opsomming(namen, "en met")}}
    )
    return [samen if d is apart[0] else d for d in redenen if d is apart[0] or d not in apart]


_OOK = "MIX-ONDERWERP.ook"


def _ook_samen(redenen: list[Any]) -> list[Any]:
    """The other topics of one werkvorm in one sentence: 'Ook over ‘A’; ‘B’ en ‘C’', not 'Ook
    over ‘A’. Ook over ‘B’. Ook over ‘C’.' Each topic stays whole, as the case wrote it.

    Why: review of the long reports (issue 9): a paragraph of four sentences that each said the
    same with another topic."""
    ook = [d for d in redenen if d.sleutel == _OOK]
    if len(ook) < 2:
        return redenen
    samen = ook[0].model_copy(
        update={
            "waarden": {
                **ook[0].waarden,
                "onderwerpen": [str(d.waarden.get("onderwerp")) for d in ook],
            }
        }
    )
    return [samen if d is ook[0] else d for d in redenen if d is ook[0] or d not in ook]


#: The words a worry keeps when it is named again; a longer one ends in ' …'.
ZORG_KORT = 7


def ingekort(zorg: str) -> str:
    """A worry named again after the report quoted it whole: its first words, marked ' …'."""
    woorden = zorg.split()
    if len(woorden) <= ZORG_KORT + 2:
        return zorg
    return " ".join(woorden[:ZORG_KORT]).rstrip(",;:") + " …"


def _zorgen_eenmaal(mix: list[MixOnderdeel]) -> list[list[Any]]:
    """The reasons of each werkvorm, in the report's order, with each worry quoted whole only
    the first time: a later step that answers it again (for another group) names its first
    words, without the stock answer again.

    Why: review 65b: 'Hier krijgt deze zorg een antwoord van …' with the same long worries
    quoted in full at three steps."""
    geciteerd: set[str] = set()
    uit: list[list[Any]] = []
    for m in mix:
        redenen = []
        for d in m.redenen:
            if d.sleutel == "MIX-ZORGEN" and d.waarden.get("door"):
                door = []
                for wie, zorgen in d.waarden["door"]:
                    lijst = []
                    for zorg, van, antwoord in zorgen:
                        if zorg in geciteerd:
                            lijst.append((ingekort(zorg), van, ""))
                        else:
                            geciteerd.add(zorg)
                            lijst.append((zorg, van, antwoord))
                    door.append((wie, lijst))
                d = d.model_copy(update={"waarden": {**d.waarden, "door": door}})
            redenen.append(d)
        uit.append(redenen)
    return uit


def _redenen(wording: Wording, m: MixOnderdeel, redenen: list[Any] | None = None) -> str:
    """The reasons for one werkvorm as one paragraph in which a group is named once: each text
    gets ``genoemd``, the groups the heading or an earlier reason already named, and names them
    again only where it must (review 35: "Bewoners van de laan: een eigen, direct gesprek. Ook
    voor: bewoners van de laan")."""
    genoemd = text.in_kop(m.werkvorm, m.naam, m.voor)
    tabel = in_tabel(m)
    kandidaten = [*m.voor]
    uit: list[str] = []
    # a reason resting on a source of its own comes last, next to that source's citation
    for d in sorted(
        _ook_samen(_apart_samen(m.redenen if redenen is None else redenen)),
        key=lambda d: "bronnen" in d.waarden,
    ):
        kandidaten += [
            n for w in d.waarden.values() if isinstance(w, list) for n in w if isinstance(n, str)
        ]
        tekst = wording.render(
            d.sleutel, {**d.waarden, "genoemd": list(genoemd), "in_tabel": tabel}
        )
        if not tekst:
            continue
        uit.append(tekst)
        if d.sleutel == _TOEGEZEGD_ADVIES:  # says it with who promised it: once is enough
            uit = [_zonder(t, _ADVIES_ZIN) for t in uit[:-1]] + [tekst]
        gezegd = " ".join(uit).casefold()
        genoemd += [
            n for n in dict.fromkeys(kandidaten) if n not in genoemd and n.casefold() in gezegd
        ]
    return _eenmaal(" ".join(t for t in uit if t))


def _eenmaal(alinea: str) -> str:
    """A paragraph in which no sentence stands twice.

    Why: review of the long reports (issue 9): 'Hier geven inwoners advies. In elke kern apart,
    over ‘…’. Hier geven inwoners advies.' — two reasons of one werkvorm that each end on the
    sentence of its level. The first keeps it; the paragraph is left as it is when nothing
    repeats."""
    zinnen = text._zinnen(alinea)
    if len(zinnen) == len(set(zinnen)):
        return alinea
    return " ".join(dict.fromkeys(zinnen))


#: Our own openers of a role part that start with a capital ('Het college neemt het besluit',
#: 'Beslist hier niet zelf'): after a semicolon they take a small letter. A name from the
#: vraagstuk ('{{ naam }}: ...') keeps its capital.
_OPENERS = frozenset(["het", "de", "een", "beslist", "is", "als"])


def zinnen(delen: list[str]) -> str:
    """Parts of one task as one sentence: 'A; b; c.' with a capital first letter."""
    tekst = text.punten(
        [
            deel if i == 0 or deel.split(" ", 1)[0].casefold() not in _OPENERS else text.klein(deel)
            for i, deel in enumerate(delen)
        ]
    )
    return tekst[:1].upper() + tekst[1:]
