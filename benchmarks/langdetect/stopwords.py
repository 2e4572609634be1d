"""Reference function-word language detector: a BENCHMARK ARTEFACT, not library code.

This is option (3) of the language-detection comparison in ``evaluate.py`` (see ``RESULTS.md`` beside
this file): the simplest thing salarynorm could ship itself, with no dependency and no model file.

How it decides, for the 11 languages salarynorm's ``lang=None`` mode cares about:

* Script first. Any Hangul => ``ko``; any kana (hiragana, katakana) => ``ja``; Han ideographs without
  kana => ``zh``. (A Japanese text written only in kanji, such as "日給1万円", is therefore read as ``zh``.)
* Otherwise the text is lower-cased and cut into letter runs (digits, punctuation and apostrophes split
  words, so "l'entreprise" gives "l" + "entreprise"). Each language scores one point per token found in
  its list of 72-99 frequent function words (articles, prepositions, conjunctions, pronouns,
  auxiliaries). The language with the highest score wins.
* A tie for first place, or no token in any list, gives ``None`` ("unknown"), and so does a text in a
  script none of the 11 languages uses (Cyrillic, Arabic, Hebrew, Devanagari...).

The lists were written from general knowledge of each language's most frequent words, before looking at
the evaluation data, and were not tuned on it. Words shared by several languages ("a", "de", "in", "per",
"plus") are kept in every list they belong to: they only produce ties, which is the intended "unknown".

Usage::

    >>> from stopwords import detect
    >>> detect("Wir bieten ein Jahresgehalt von 55.000 € brutto.")
    'de'
    >>> detect("45.000 € brutto p.a.") is None
    True
"""

from __future__ import annotations

import re

LANGS = ("de", "en", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko")


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": words(
        """
        the a an and or but nor of to in on at for with from by as into onto over under about after before
        between through during without within per than up out off plus
        is are was were be been being am will would shall should can could may might must
        has have had do does did not no
        this that these those it its he she they we you i me him her his their our your them us
        who whom which what where when how all any each some such there here if so
        """
    ),
    "de": words(
        """
        der die das den dem des ein eine einen einem einer eines kein keine
        und oder aber sondern denn dass wenn als wie ob weil
        in im ins an am auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben
        zwischen durch gegen ohne um bis ab seit pro je laut
        ist sind war waren wird werden wurde wurden hat haben hatte sein kann können soll muss
        nicht auch noch nur schon sehr
        er sie es wir ihr ich du man sich ihre ihren ihrem sein seine seinen unser unsere dieser diese dieses
        """
    ),
    "fr": words(
        """
        le la les l un une des du de d au aux à
        et ou mais donc car ni que qu qui quoi dont où si
        en dans sur sous pour par avec sans chez entre vers selon depuis pendant avant après contre
        est sont était été être a ont avait sera seront fait peut
        il elle ils elles on nous vous je tu se s ce c cet cette ces son sa ses leur leurs notre nos votre vos
        ne n pas plus y très aussi tout tous toute
        """
    ),
    "es": words(
        """
        el la los las lo un una unos unas
        y e o u pero ni que si porque como cuando donde
        de del a al en con por para sin sobre entre hasta desde hacia tras según durante contra ante
        es son fue era ser está están estar ha han había hay será
        se su sus le les nos me te mi yo él ella ellos ellas usted este esta estos estas ese esa
        no más muy ya también
        """
    ),
    "pt": words(
        """
        o a os as um uma uns umas
        e ou mas nem que se porque como quando onde
        de do da dos das em no na nos nas num numa por pelo pela pelos pelas para com sem sobre entre
        até desde ao aos à às após contra
        é são foi era ser está estão estar tem têm ter há vai vão será
        ele ela eles elas você nós eu seu sua seus suas lhe este esta isso isto esse essa
        não mais muito já também
        """
    ),
    "it": words(
        """
        il lo la i gli le l un uno una
        e ed o ma che se perché come quando dove
        di del dello della dei degli delle dell a al allo alla ai agli alle all da dal dallo dalla dai
        dagli dalle dall in nel nello nella nei negli nelle nell con su sul sullo sulla sui sulle sull
        per tra fra
        è sono era essere ha hanno stato stata sarà può
        si ci ne non più anche suo sua suoi sue questo questa quello quella lui lei noi voi loro
        """
    ),
    "nl": words(
        """
        de het een
        en of maar want dat als dan omdat
        van in op aan met voor naar bij uit door over tot om te per tegen tussen zonder onder na
        is zijn was waren wordt worden werd heeft hebben had zal zullen kan kunnen moet
        niet geen ook nog al er
        die dit deze wat wie je jij jouw u uw we wij ze zij hij haar hun ons onze ik
        """
    ),
    "pl": words(
        """
        i a oraz lub albo ale lecz że czy jak gdy jeśli bo więc
        w we z ze na do od o po za przez dla przy pod nad bez u około ponad między według
        jest są był była było były będzie będą być ma mają może
        się nie to ten ta te tego tej tym który która które których co jego jej ich on ona oni my wy
        już także również tylko jeszcze bardzo tak
        """
    ),
}

_TOKEN = re.compile(r"[^\W\d_]+")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")

# Each word once, mapped to the languages whose list holds it: one dict lookup per token.
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang)


def scores(text: str) -> dict[str, int]:
    """Function-word hits per language (languages with no hit are left out)."""
    out: dict[str, int] = {}
    for token in _TOKEN.findall(text.lower()):
        for lang in _WORD_LANGS.get(token, ()):
            out[lang] = out.get(lang, 0) + 1
    return out


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language among ``LANGS``, or None when there is no clear evidence."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh"
    hits = scores(text)
    if not hits:
        return None
    ranked = sorted(hits.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(hits, key=hits.__getitem__)
