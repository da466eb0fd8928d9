"""``pionieren nieuw``: start a vraagstuk file with a few questions, or from an example.

Why: a first-time user should not start from a blank YAML file. The questions live here (they
are screen work); what a field means, which values it allows and what is wrong with an answer
come from the library (:mod:`pionieren.input.nieuw`), which also writes the file's text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pionieren.cli.base import app, console, echo, fouten_afhandelen

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.console import Console

STANDAARD_PAD = Path("vraagstuk.yaml")


class _Stoppen(Exception):
    """The user stopped the questions (Ctrl-C, or the input ended)."""


@app.command()
def nieuw(
    pad: Annotated[
        Path,
        typer.Argument(
            help="Het nieuwe vraagstukbestand, of - voor het scherm.",
            metavar="PAD",
        ),
    ] = STANDAARD_PAD,
    vragen: Annotated[
        bool | None,
        typer.Option(
            "--vragen/--geen-vragen",
            help="Stel de vragen wel of niet. Zonder deze optie stelt pionieren ze alleen in "
            "een terminal; anders schrijft het een voorbeeld met uitleg.",
            show_default=False,
        ),
    ] = None,
    overschrijven: Annotated[
        bool,
        typer.Option("--overschrijven", "--overschrijf", help="Een bestaand bestand vervangen."),
    ] = False,
    schema: Annotated[
        str | None,
        typer.Option(
            "--schema",
            metavar="ADRES",
            show_default=False,
            help="Waar uw editor het schema vindt: een webadres, of een pad vanaf het nieuwe "
            "bestand (zoals ../schema/vraagstuk.schema.json; het schema maakt u met pionieren "
            "schema). Zonder deze optie: https://pionieren.nl/schema/vraagstuk.schema.json.",
        ),
    ] = None,
) -> None:
    """Begin een nieuw vraagstuk: beantwoord een paar vragen, of krijg een voorbeeld.

    In een terminal stelt pionieren vragen over het vraagstuk: de titel, de vraag, wat vastligt
    en wat open is, het budget, de datum van het besluit, wie beslist en de belanghebbenden.
    Bij elke vraag ziet u wat er mag. Een antwoord dat niet kan, vraagt pionieren opnieuw, met
    de reden. Daarna schrijft het een vraagstukbestand met uitleg bij elk veld.

    Zonder terminal (of met --geen-vragen) schrijft pionieren een voorbeeld met uitleg: vervang
    de waarden door die van uw vraagstuk.

    Een bestaand bestand vervangt pionieren alleen met --overschrijven. Met Ctrl-C stopt u; er
    wordt dan niets geschreven.

    \b
    Voorbeelden:
      pionieren nieuw                      # vragen, en daarna vraagstuk.yaml
      pionieren nieuw plein.yaml
      pionieren nieuw --geen-vragen -      # het voorbeeld op het scherm
    """
    from pionieren.errors import InternalError, InvoerFout, UsageError
    from pionieren.files import check_target, write_atomic
    from pionieren.input.load import parse_vraagstuk
    from pionieren.input.nieuw import SCHEMA, schema_address_ok, voorbeeld_yaml, vraagstuk_yaml

    naar_scherm = str(pad) == "-"
    naam = "vraagstuk.yaml" if naar_scherm else pad.name
    geen_terminal = vragen is None and not sys.stdin.isatty()
    if vragen is None:
        vragen = not geen_terminal
    with fouten_afhandelen():
        if schema is not None and not schema_address_ok(schema):
            raise UsageError("--schema: geef één webadres of pad, zonder spaties.")
        schema = schema or SCHEMA
        if not naar_scherm:
            _check_free(pad, overschrijven)
            check_target(pad)
        if vragen:
            from pionieren.cli.terminal import is_terminal

            # The questions go where the user sees them, never into the file or a pipe.
            scherm = console(stderr=naar_scherm or not is_terminal(sys.stdout))
            try:
                antwoorden = _Vragenlijst(scherm).stel()
            except _Stoppen:
                echo("Afgebroken: er is niets geschreven.", err=True)
                raise typer.Exit(130) from None
            from pionieren.input.model import Vraagstuk

            tekst = vraagstuk_yaml(Vraagstuk.model_validate(antwoorden), naam, schema=schema)
        else:
            tekst = voorbeeld_yaml(naam, schema)
        try:
            parse_vraagstuk(tekst, naam)  # what pionieren writes, pionieren must accept
        except InvoerFout as e:  # pragma: no cover - a bug, caught by the property test
            raise InternalError(f"het nieuwe bestand klopt niet: {e}") from None
        if naar_scherm:
            typer.echo(tekst, nl=False)
            return
        if not overschrijven and (pad.exists() or pad.is_symlink()):
            # Made while the questions were asked.
            raise UsageError(f"{pad} bestaat al. Kies een andere naam, of gebruik --overschrijven.")
        write_atomic(pad, tekst.encode("utf-8"))
    uit = console()
    if vragen:
        uit.print(f"Vraagstuk geschreven: {_safe(pad)}", markup=False)
    else:
        waarom = " (er is geen terminal voor de vragen)" if geen_terminal else ""
        uit.print(
            f"Voorbeeld geschreven: {_safe(pad)}{waarom}. Vervang de waarden door die van uw "
            "vraagstuk.",
            markup=False,
        )
    uit.print(
        f"Controleren: pionieren valideer {_safe(pad)}\n"
        f"Advies:      pionieren analyse {_safe(pad)}",
        markup=False,
    )


def _safe(pad: Path) -> str:
    from pionieren.safe_text import terminal_safe

    return terminal_safe(str(pad))


def _check_free(pad: Path, overschrijven: bool) -> None:
    from pionieren.errors import UsageError

    if pad.is_symlink():
        raise UsageError(
            f"{pad} is een symbolische link; pionieren schrijft niet via een link. Geef de naam "
            "van een gewoon bestand."
        )
    if pad.is_dir():
        raise UsageError(
            f"{pad} is een map. Geef een bestandsnaam, zoals {pad / 'vraagstuk.yaml'}."
        )
    if pad.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError(
            f"{pad}: een vraagstukbestand eindigt op .yaml, zoals plein.yaml. Dan vinden "
            "pionieren en uw editor het."
        )
    if not overschrijven and (pad.exists() or pad.is_symlink()):
        raise UsageError(
            f"{pad} bestaat al. Kies een andere naam, of gebruik --overschrijven om het te "
            "vervangen."
        )


class _Vragenlijst:
    """The questions, in the order a civil servant thinks about a case. Returns the answers as
    the dict a vraagstuk file holds; each answer is checked the moment it is given."""

    def __init__(self, scherm: Console) -> None:
        self.scherm = scherm
        self.uitgelegd: set[tuple[type[BaseModel], str]] = set()

    # --- Asking -------------------------------------------------------------------------

    def _lees(self, vraag: str, standaard: str | None = None) -> str:
        from rich.prompt import Prompt

        try:
            if standaard is None:
                antwoord = Prompt.ask(f"[bold]{vraag}[/bold]", console=self.scherm)
            else:
                antwoord = Prompt.ask(
                    f"[bold]{vraag}[/bold]", console=self.scherm, default=standaard
                )
        except (KeyboardInterrupt, EOFError):
            self.scherm.print()
            raise _Stoppen from None
        return str(antwoord).strip()

    def _uitleg(self, tekst: str) -> None:
        from pionieren.safe_text import rich_safe

        if tekst:
            self.scherm.print(f"[dim]{rich_safe(tekst)}[/dim]")

    def _beschrijf(
        self, model: type[BaseModel], veld: str, uitleg: dict[str, str] | None = None
    ) -> list[str]:
        """Explain a field the first time it is asked: what it means, and its choices (with
        their explanation); later only the choices, on one line. Returns the choices."""
        from pionieren.input.nieuw import choices, description

        keuzes = choices(model, veld)
        if (model, veld) in self.uitgelegd:
            if keuzes:
                self._uitleg("Kies: " + " · ".join(f"{n} {k}" for n, k in enumerate(keuzes, 1)))
            return keuzes
        self.uitgelegd.add((model, veld))
        self._uitleg(description(model, veld))
        if keuzes:
            self._lijst(keuzes, uitleg)
        return keuzes

    def _fout(self, meldingen: list[str]) -> None:
        from pionieren.safe_text import rich_safe

        for melding in meldingen:
            tekst = melding[:1].upper() + melding[1:]
            if not tekst.endswith((".", "?", "!")):
                tekst += "."
            self.scherm.print(f"[red]Dat kan niet:[/red] {rich_safe(tekst)}")

    def tekst(
        self,
        vraag: str,
        model: type[BaseModel],
        veld: str,
        verplicht: bool = True,
    ) -> str | None:
        from pionieren.input.nieuw import check_field

        self._beschrijf(model, veld)
        while True:
            antwoord = self._lees(vraag)
            if not antwoord and not verplicht:
                return None
            meldingen = check_field(model, veld, antwoord)
            if not meldingen:
                return antwoord
            self._fout(meldingen)

    def keuze(
        self,
        vraag: str,
        model: type[BaseModel],
        veld: str,
        standaard: str | None = None,
        verplicht: bool = True,
        uitleg: dict[str, str] | None = None,
    ) -> str | None:
        """One of a field's values, by name or by number; None for none when not required."""
        from pionieren.input.nieuw import check_field

        keuzes = self._beschrijf(model, veld, uitleg)
        if not verplicht:
            self._uitleg("Weet u het niet? Druk dan op Enter.")
        while True:
            antwoord = self._lees(vraag, standaard)
            if not antwoord and not verplicht:
                return None
            gekozen = antwoord.casefold().replace(" ", "_")
            if gekozen.isdigit() and 1 <= int(gekozen) <= len(keuzes):
                return keuzes[int(gekozen) - 1]
            if gekozen in keuzes:
                return gekozen
            if not antwoord:
                self._fout(["kies een van de waarden hierboven (het woord of het nummer)"])
                continue
            self._fout(check_field(model, veld, antwoord) or [f"kies 1 tot {len(keuzes)}"])

    def _lijst(self, keuzes: list[str], uitleg: dict[str, str] | None = None) -> None:
        """The choices, numbered, each with its explanation when there is one (a long
        explanation wraps under itself, not under the number)."""
        from rich.table import Table

        from pionieren.safe_text import rich_safe

        tabel = Table.grid(padding=(0, 2))
        tabel.add_column(justify="right")
        tabel.add_column()
        tabel.add_column(style="dim")
        for nummer, waarde in enumerate(keuzes, 1):
            extra = rich_safe(uitleg.get(waarde, "")) if uitleg else ""
            tabel.add_row(f"  {nummer}.", waarde, extra)
        self.scherm.print(tabel)

    def meer_keuzes(self, vraag: str, model: type[BaseModel], veld: str) -> list[str]:
        """Several values of a list field, separated by commas; none is fine."""
        from pionieren.input.nieuw import check_field

        keuzes = self._beschrijf(model, veld)
        vraag = f"{vraag} (nul of meer, met komma's ertussen; Enter: geen)"
        while True:
            antwoord = self._lees(vraag)
            delen = [d.strip().casefold().replace(" ", "_") for d in antwoord.split(",")]
            gekozen = []
            for deel in delen:
                if deel.isdigit() and 1 <= int(deel) <= len(keuzes):
                    deel = keuzes[int(deel) - 1]
                if deel and deel not in gekozen:
                    gekozen.append(deel)
            meldingen = check_field(model, veld, gekozen)
            if not meldingen:
                return gekozen
            self._fout(meldingen)

    def getal(self, vraag: str, model: type[BaseModel], veld: str) -> int | None:
        """A whole number, or None for an empty answer. '40.000' and '€ 40.000' are 40000."""
        import re

        from pionieren.input.nieuw import check_field

        self._beschrijf(model, veld)
        while True:
            antwoord = self._lees(vraag)
            if not antwoord:
                return None
            kaal = antwoord.replace("€", "").replace(" ", "").removesuffix(",-")
            if re.fullmatch(r"\d{1,3}(\.\d{3})+", kaal):
                kaal = kaal.replace(".", "")
            waarde: Any = int(kaal) if re.fullmatch(r"-?\d+", kaal) else antwoord
            meldingen = check_field(model, veld, waarde)
            if not meldingen:
                return int(waarde)
            self._fout(meldingen)

    def ja_nee(self, vraag: str, standaard: bool) -> bool:
        while True:
            antwoord = self._lees(f"{vraag} (j/n)", "j" if standaard else "n").casefold()
            if antwoord in ("j", "ja", "y", "yes"):
                return True
            if antwoord in ("n", "nee", "no"):
                return False
            self._fout(["antwoord met j (ja) of n (nee)"])

    def kop(self, tekst: str) -> None:
        self.scherm.print()
        self.scherm.print(f"[bold underline]{tekst}[/bold underline]")

    # --- The questions ------------------------------------------------------------------

    def stel(self) -> dict[str, Any]:
        from pionieren.input.model import Besluit, Kaders, Onderwerp, Vraagstuk

        self.scherm.print(
            "Met deze vragen maakt pionieren een vraagstukbestand. Een antwoord tussen haakjes "
            "is de standaard: druk op Enter om dat te kiezen. Met Ctrl-C stopt u; dan wordt er "
            "niets geschreven. Alles kunt u daarna in het bestand aanpassen.",
            markup=False,
        )
        data: dict[str, Any] = {}
        self.kop("1. Het vraagstuk")
        data["titel"] = self.tekst("Titel", Vraagstuk, "titel")
        data["gemeente"] = self.tekst("Gemeente", Vraagstuk, "gemeente")
        data["omschrijving"] = self.tekst(
            "Wat is de vraag? (in een paar zinnen)", Vraagstuk, "omschrijving"
        )
        data["initiatiefnemer"] = self.keuze(
            "Wie nam het initiatief?", Vraagstuk, "initiatiefnemer", "gemeente"
        )
        data["fase"] = self.keuze("In welke fase is het?", Vraagstuk, "fase", "beleidsvorming")
        data["schaal"] = self.keuze("Over welk gebied gaat het?", Vraagstuk, "schaal", "gemeente")

        self.kop("2. De kaders: wat ligt vast, wat is open?")
        kaders: dict[str, Any] = {}
        ruimte = self.keuze(
            "Hoeveel kunnen inwoners nog veranderen?",
            Kaders,
            "beinvloedingsruimte",
            uitleg=_ruimte_uitleg(),
        )
        kaders["beinvloedingsruimte"] = ruimte
        _zet(
            kaders,
            "vast",
            self._reeks(
                "Wat ligt al vast? Eén punt per keer; Enter als u klaar bent", Kaders, "vast"
            ),
        )
        open_: list[Any] = []
        self._uitleg(
            "Wat is open? Noem de punten waarover inwoners nog invloed hebben, elk zo concreet "
            "mogelijk ('De plek van de bankjes', niet 'de inrichting'). Per punt kunt u een "
            "eigen ruimte geven. Enter als u klaar bent."
        )
        while True:
            onderwerp = self.tekst(
                f"Open punt {len(open_) + 1}",
                Onderwerp,
                "onderwerp",
                verplicht=False,
            )
            if onderwerp is None:
                break
            eigen = self.keuze(
                f"Ruimte op dit punt (Enter: {ruimte}, zoals hierboven)",
                Onderwerp,
                "ruimte",
                verplicht=False,
            )
            open_.append(
                {"onderwerp": onderwerp, "ruimte": eigen}
                if eigen and eigen != ruimte
                else onderwerp
            )
        _zet(kaders, "open", open_)
        _zet(
            kaders,
            "besluit_uiterlijk",
            self.tekst(
                "Wanneer valt het besluit uiterlijk? (JJJJ-MM-DD; Enter als u het niet weet)",
                Kaders,
                "besluit_uiterlijk",
                verplicht=False,
            ),
        )
        _zet(
            kaders,
            "budget_euro",
            self.getal(
                "Budget voor de participatie in euro's (Enter als u het niet weet)",
                Kaders,
                "budget_euro",
            ),
        )
        kaders["raad_kaders_gesteld"] = self.ja_nee(
            "Heeft de gemeenteraad de kaders al gesteld?", False
        )
        kaders["besluit_al_genomen"] = self.ja_nee("Is het besluit eigenlijk al genomen?", False)
        if kaders["besluit_al_genomen"]:
            self._uitleg(
                "Dan valt er niets meer te beïnvloeden: pionieren adviseert alleen informeren. "
                "Meer beloven is schijnparticipatie."
            )
        data["kaders"] = kaders

        self.kop("3. Het besluit")
        besluit: dict[str, Any] = {}
        _zet(
            besluit, "door", self.keuze("Wie neemt het besluit?", Besluit, "door", verplicht=False)
        )
        _zet(
            besluit,
            "procedure",
            self.keuze("Volgens welke procedure?", Besluit, "procedure", verplicht=False),
        )
        _zet(data, "besluit", besluit)
        _zet(
            data,
            "ambitie",
            self.keuze(
                "Welke trede op de participatieladder wilt u bereiken?",
                Vraagstuk,
                "ambitie",
                verplicht=False,
                uitleg=_trede_uitleg(),
            ),
        )

        self.kop("4. De belanghebbenden")
        data["belanghebbenden"] = self._belanghebbenden(str(data["initiatiefnemer"]))
        return data

    def _reeks(self, vraag: str, model: type[BaseModel], veld: str) -> list[str]:
        """Texts for a list field, one per answer, until an empty answer."""
        from pionieren.input.nieuw import check_field

        self._beschrijf(model, veld)
        uit: list[str] = []
        while True:
            antwoord = self._lees(f"{vraag} ({len(uit) + 1})" if uit else vraag)
            if not antwoord:
                return uit
            meldingen = check_field(model, veld, [*uit, antwoord])
            if meldingen:
                self._fout(meldingen)
                continue
            uit.append(antwoord)

    def _belanghebbenden(self, initiatiefnemer: str) -> list[dict[str, Any]]:
        from pionieren.input.model import Belanghebbende
        from pionieren.safe_text import comparable_name

        self._uitleg(
            "Noem de groepen en organisaties met een belang: wie merkt er iets van, wie heeft "
            "invloed, wie is moeilijk te bereiken? Noem groepen, geen losse personen. Minstens "
            "één; meestal zijn het er vier tot tien."
        )
        partijen: list[dict[str, Any]] = []
        namen: set[str] = set()
        initiatief_van_anderen = initiatiefnemer not in ("gemeente", "raad")
        while True:
            self.scherm.print()
            self.scherm.print(f"[bold]Belanghebbende {len(partijen) + 1}[/bold]")
            while True:
                naam = self.tekst("Naam", Belanghebbende, "naam")
                assert naam is not None  # required: never empty
                if comparable_name(naam) in namen:
                    self._fout(["die naam heeft u al gebruikt; elke naam mag maar één keer"])
                    continue
                break
            namen.add(comparable_name(naam))
            partij: dict[str, Any] = {"naam": naam}
            partij["soort"] = self.keuze("Wat voor partij?", Belanghebbende, "soort")
            partij["invloed"] = self.keuze("Invloed", Belanghebbende, "invloed", "middel")
            partij["belang"] = self.keuze("Belang", Belanghebbende, "belang", "middel")
            partij["houding"] = self.keuze("Houding", Belanghebbende, "houding", "onbekend")
            partij["bereikbaarheid"] = self.keuze(
                "Bereikbaarheid", Belanghebbende, "bereikbaarheid", "goed"
            )
            if partij["bereikbaarheid"] != "goed":
                _zet(
                    partij,
                    "via",
                    self.tekst(
                        "Langs welke weg bereikt u deze groep? (Enter als u het niet weet)",
                        Belanghebbende,
                        "via",
                        verplicht=False,
                    ),
                )
            _zet(
                partij,
                "kenmerken",
                self.meer_keuzes("Kenmerken", Belanghebbende, "kenmerken"),
            )
            _zet(
                partij,
                "aantal",
                self.getal(
                    "Om hoeveel mensen gaat het ongeveer? (Enter als u het niet weet)",
                    Belanghebbende,
                    "aantal",
                ),
            )
            al_genoemd = any(p.get("initiatiefnemer") for p in partijen)
            if (
                initiatief_van_anderen
                and not al_genoemd
                and self.ja_nee("Is deze partij de initiatiefnemer?", False)
            ):
                partij["initiatiefnemer"] = True
            partijen.append(partij)
            if not self.ja_nee("Nog een belanghebbende toevoegen?", len(partijen) < 2):
                return partijen


def _zet(data: dict[str, Any], sleutel: str, waarde: Any) -> None:
    """Keep an answer; an empty one (not known, nothing named) leaves the field out."""
    if waarde not in (None, "", [], {}):
        data[sleutel] = waarde


def _ruimte_uitleg() -> dict[str, str]:
    """Per beinvloedingsruimte the highest step it allows, in the words of the ladder."""
    from pionieren.analysis.level import PLAFOND
    from pionieren.knowledge.load import builtin

    ladder = builtin().ladder
    return {
        ruimte.value: f"hoogstens {ladder.trede(trede).naam.lower()} (inwoners zijn "
        f"{ladder.trede(trede).rol_inwoners})"
        for ruimte, trede in PLAFOND.items()
    }


def _trede_uitleg() -> dict[str, str]:
    """Per step of the ladder its first sentence, from the catalogue's ladder."""
    from pionieren.knowledge.load import builtin

    uit = {}
    for trede in builtin().ladder.treden:
        eerste = trede.omschrijving.split(". ")[0].rstrip(".")
        uit[trede.id.value] = f"{eerste}."
    return uit
