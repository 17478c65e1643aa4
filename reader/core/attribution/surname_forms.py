"""The shorter forms a later mention may use for a person named in full, besides the last word:
a surname with particles ("de Blasio", "Ní Fhlatharta", "El Mansouri"), an Arabic surname
without its article ("al-Suwaidan" → "Suwaidan"), and in a name of three words or more the words
after the given name ("Abou Jaoudeh", "Ordóñez de Castro") or the first of two Spanish
surnames ("Andrés Salvatierra Mejía" → "Salvatierra", "María Elena Gutiérrez Soto" →
"Gutiérrez")."""

from __future__ import annotations

from reader.core.attribution.first_names import SURNAMES_FIRST, first_name_gender
from reader.core.attribution.person_names import HYPHEN_ARTICLE, SURNAME_PARTICLES
from reader.core.attribution.roles_before_names import HYPHENED_WORD


def surname_forms(name: str) -> list[str]:
    """Every short form of the person's name but the last word, which the cast adds itself."""
    words = name.split()
    forms: list[str] = []
    if particles := _particle_surname(words):
        forms += [particles, particles[0].upper() + particles[1:]]  # "De Blasio" at a start
    if article := HYPHEN_ARTICLE.match(words[-1]):
        bare = words[-1][article.end() :]
        forms += [bare, words[-1][0].upper() + words[-1][1:]]  # "Suwaidan", "Al-Suwaidan"
    if len(words) >= 3 and not _is_initial(words[1]):
        forms.append(" ".join(words[1:]))  # "Abou Jaoudeh" of Fadi Abou Jaoudeh
        if _maybe_first_surname(words[1]):
            forms.append(words[1])  # "Salvatierra" of Andrés Salvatierra Mejía
        elif len(words) >= 4 and (_maybe_first_surname(words[-2]) or _two_given(words)):
            # two given names, two surnames: "Gutiérrez" of María Elena Gutiérrez Soto, "Medina"
            # of Francisco Javier Medina Torres (a surname the lists hold as a given name too)
            forms += [" ".join(words[-2:]), words[-2]]
    if len(words) >= 3 and words[-1] in _LUSOPHONE_GENERATIONS:
        # "Brum Neto" of Eduardo Figueira Brum Neto, "Menezes Pereira" of Augusto Menezes
        # Pereira Junior: the surname with its generation, or the surnames before it
        forms += [" ".join(words[-2:]), " ".join(words[1:-1])]
    if len(words) == 4 and HYPHENED_WORD.fullmatch(words[-1]) and first_name_gender(words[0]):
        forms.append(" ".join(words[1:3]))  # "Au Yeung" of Philip Au Yeung Kin-man
    return forms + _surnames_around_particles(words)


def _surnames_around_particles(words: list[str]) -> list[str]:
    """ "del Valle" of Mauricio del Valle Ibáñez (a particle surname before the second); "Zúñiga"
    of Patricia Elena Zúñiga de la Fuente (the first surname before a particle surname)."""
    at = next((i for i in range(1, len(words) - 1) if words[i].lower() in _SURNAME_PARTICLES), None)
    if at is None:
        return []
    end = at
    while end < len(words) - 1 and words[end].lower() in _SURNAME_PARTICLES:
        end += 1
    forms = []
    if end < len(words) - 1:
        group = " ".join(words[at : end + 1])
        forms += [group, group[0].upper() + group[1:]]
    if at >= 2 and _maybe_first_surname(words[at - 1]):
        forms.append(words[at - 1])
    return forms


def surnames_of(name: str) -> tuple[str, ...]:
    """The words a title and surname may use of the person: the last, and the first of a name
    written surname first ("Ms Lee" of Lee Mei Xin, "Mr Choi" of Choi Eun-ji). A generation's
    suffix is no surname: "Abernathy" of Clarence T. Abernathy Jr."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".,") in GENERATIONS:
        words = words[:-1]
    written_first = words[0].lower() in SURNAMES_FIRST and not _is_initial(words[1])
    if written_first and (len(words) == 3 or (len(words) == 2 and "-" in words[1])):
        return words[-1], words[0]
    return (words[-1],)


def _particle_surname(words: list[str]) -> str | None:
    """ "Ní Fhlatharta" of Síle Ní Fhlatharta, "van der Berg" of Anouk van der Berg, "de
    Oliveira Brandão" of Augusto de Oliveira Brandão (a particle before two surnames)."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _SURNAME_PARTICLES:
        start -= 1
    if start == len(words) - 1 and len(words) >= 4 and words[-3] in _BEFORE_TWO_SURNAMES:
        start = len(words) - 3
    return " ".join(words[start:]) if start < len(words) - 1 else None


# a generation's or a stool's number after a name: "Dorsett Jr.", "Kwaku Agbleze Kumassah V"
GENERATIONS = frozenset(("Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"))
_LUSOPHONE_GENERATIONS = frozenset("Neto Filho Júnior Junior Sobrinho".split())
_SURNAME_PARTICLES = SURNAME_PARTICLES | {"an"}  # "Mac an Bhaird" of Tiarnán Mac an Bhaird
# the particles of Portuguese, Spanish and Italian names ("Fernanda da Costa Lima")
_BEFORE_TWO_SURNAMES = frozenset("de da do dos das del della di".split())


def _maybe_first_surname(word: str) -> bool:
    """A second word that is no particle, no initial and no given name ("Mary Ann Smith")."""
    return (
        word[:1].isupper()
        and word.lower() not in SURNAME_PARTICLES
        and first_name_gender(word) is None
        and "-" not in word
    )


def _two_given(words: list[str]) -> bool:
    """Four words, the first two given names: the third is the first surname (not in a
    headline's "Disavow Lindsey Graham Endorsement")."""
    return (
        len(words) == 4
        and first_name_gender(words[0]) is not None
        and first_name_gender(words[1]) is not None
        and words[2][:1].isupper()
        and "-" not in words[2]
    )


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1
