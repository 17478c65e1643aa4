"""The names of bodies in French and Spanish that English copy writes as they are: "the Autorité
Ivoirienne de Régulation des Filières Agricoles", "Société des traversiers du Bas-Fleuve",
"Empresa de Acueducto de la Sabana" (their small joining words end an English name)."""

from __future__ import annotations

from reader.core.attribution.name_atoms import TITLES
from reader.core.attribution.word_trie import word_trie

# Bodies named in French in English copy (french_bodies.py): "the Autorité Ivoirienne de
# Régulation des Filières Agricoles said". A French head ("Office" and "Commission" too, but only
# before a joiner), up to four adjectives and at least one French joiner.
_FRENCH_HEADS = (
    "Société Autorité Observatoire Office Commission Entreprise Inspection Haut-Commissariat "
    "Agence Comité Direction Ligue Caisse Conseil Union Fédération Syndicat Confédération Banque "
    "Régie Institut Centre Compagnie Chambre Mouvement Rassemblement Front Association Collectif "
    "Coordination Ministère Cour Tribunal Parti Groupement Assemblée Préfecture Mairie Gendarmerie "
    "Brigade Port Fonds Délégation Secrétariat Université École Hôpital Centrale Maison "
    # and in Spanish: "Empresa de Acueducto de la Sabana", "Instituto Nacional de Estadística"
    "Empresa Instituto Ministerio Secretaría Comisión Banco Consejo Corporación Compañía "
    "Superintendencia Servicio Dirección Fiscalía Procuraduría Defensoría Sindicato Federación "
    "Confederación Asociación Cámara Universidad Junta Partido Movimiento"
).split()
FRENCH_HEAD = rf"\b(?:{word_trie(_FRENCH_HEADS)})"
_FRENCH_CAPITAL = r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'\-]*"
# "de", "des", "du", "de la", "de l'", "d'", "aux", "à la", "et", "et à la", "pour la", "sur", "en"
_FRENCH_JOINER = (
    r"(?:(?:et\s+|y\s+)?(?:de\s+la|de\s+l['’]|des|du|de|aux|au|à\s+la|à\s+l['’]|del|de\s+l[ao]s"
    r"|(?:pour|sur|contre)\s+(?:la|le|les|l['’])|sur|en|et)|d['’])"
)
# (not a title: "Commission President Jean de Villiers" and "… de Médenine Colonel Ali Ben Salem"
# are people)
FRENCH_ADJECTIVE = rf"\s+(?!(?:{word_trie(TITLES)})\b){_FRENCH_CAPITAL}"
# a joiner and the words it joins (after an apostrophe with no space: "de l'Eau", "d'Achat")
FRENCH_JOINED = (
    rf"\s+{_FRENCH_JOINER}(?:(?<=['’])|\s+){_FRENCH_CAPITAL}"
    rf"(?:\s+(?!{_FRENCH_JOINER}\b|(?:{word_trie(TITLES)})\b){_FRENCH_CAPITAL}){{0,3}}"
)

# Quebec's sentence case, lower-case nouns before a capitalised joined name: "Société des
# traversiers du Bas-Fleuve", "Régie de l'assurance maladie du Québec"
_LOWER_JOINED = (
    rf"\s+{_FRENCH_JOINER}(?:(?<=['’])|\s+)[a-zàâéèêîôûç][\w’'-]+(?:\s+[a-zàâéèêîôûç][\w’'-]+)?"
)


def french_body_name(adjectives: str = "") -> str:
    """A French body's name as a pattern; `adjectives`, if given, names the group of the words
    between its head and its first joiner (french_bodies.py reads them)."""
    between = rf"(?:{FRENCH_ADJECTIVE}){{0,4}}?"
    if adjectives:
        between = rf"(?P<{adjectives}>{between})"
    return rf"{FRENCH_HEAD}{between}(?:{_LOWER_JOINED})?(?:{FRENCH_JOINED}){{1,5}}(?![\w’'\-])"


FRENCH_BODY_NAME = french_body_name()  # (with no named group: other patterns embed it)
