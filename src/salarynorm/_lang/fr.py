"""French: what the data cannot say. French composes numbers in words over several tokens, with hyphens or
"et" between tens and units ("vingt-deux", "vingt et un", "soixante et onze"), counts the seventies and
nineties on the sixties and eighties ("soixante-dix-sept" is 77, "quatre-vingt-dix" is 90, where Belgium and
Switzerland say "septante", "nonante"), multiplies by "cent(s)" and "mille" ("deux cents", "trois cent mille"),
and writes scales above as words of their own with a half after them ("deux millions et demi", "un million
et demi", "un demi-million"; "un billion" is 10^12).
"""

from __future__ import annotations

from decimal import Decimal

from .._decimals import context, scaled
from .lexicon import Lexicon

__all__ = ["read_number_words"]

# Kinds of the last word read.
_NONE, _UNIT, _TEN, _TENS, _HUNDRED, _THOUSAND, _SCALE, _AND, _FRAC, _POINT = range(10)


def _below_hundred(lex: Lexicon, words: list[str], i: int) -> tuple[int, int] | None:
    """A number below a hundred starting at words[i]: a unit ("sept", "seize"), "dix" and a unit ("dix-sept"),
    tens ("vingt"), tens and a unit joined by "-" or "et" ("vingt-deux", "vingt et un", "soixante-dix-sept",
    "soixante et onze"), or "quatre vingt(s)" and what follows it ("quatre-vingt-dix"). Returns (value,
    index after) or None."""
    n = len(words)

    def skip_hyphen(k: int) -> int:
        return k + 1 if k < n and words[k] == "-" else k

    def unit_after_ten(k: int) -> tuple[int, int] | None:
        """"dix-sept": a unit 7..9 after "dix" (with or without a hyphen)."""
        k2 = skip_hyphen(k)
        if k2 < n:
            v = lex.units.get(words[k2])
            if v is not None and 7 <= v <= 9 and words[k2] not in lex.articles:
                return v, k2 + 1
        return None

    w = words[i]
    unit = lex.units.get(w)
    if unit is not None:
        # "quatre-vingt(s)": four twenties
        k = skip_hyphen(i + 1)
        if unit == 4 and k < n and lex.tens.get(words[k]) == 20:
            return _after_tens(lex, words, k + 1, 80)
        if unit == 10:
            more = unit_after_ten(i + 1)
            if more is not None:
                return 10 + more[0], more[1]
        return unit, i + 1
    tens = lex.tens.get(w)
    if tens is not None:
        return _after_tens(lex, words, i + 1, tens)
    return None


def _after_tens(lex: Lexicon, words: list[str], i: int, tens: int) -> tuple[int, int]:
    """What follows tens: "-deux", "et un", "-dix-sept" (after sixty and eighty), or nothing."""
    n = len(words)
    k = i
    joined_by_and = False
    if k < n and words[k] == "-":
        k += 1
    elif k < n and words[k] in lex.number_and:
        k += 1
        joined_by_and = True
    if k < n and k > i and words[k] in lex.units:
        v = lex.units[words[k]]
        if joined_by_and and v not in (1, 11):
            return tens, i  # "vingt et deux" is not French: "et" joins only "un" and "onze"
        if 1 <= v <= 9 or (tens in (60, 80) and 10 <= v <= 16):
            end = k + 1
            if v == 10 and tens in (60, 80):  # "soixante-dix-sept", "quatre-vingt-dix-neuf"
                k2 = end + 1 if end < n and words[end] == "-" else end
                if k2 < n:
                    u = lex.units.get(words[k2])
                    if u is not None and 7 <= u <= 9 and words[k2] not in lex.articles:
                        return tens + 10 + u, k2 + 1
            return tens + v, end
    return tens, i


def _decimals_after_point(lex: Lexicon, words: list[str], i: int) -> tuple[Decimal, int] | None:
    """"virgule cinq" -> 0.5, "virgule vingt-cinq" -> 0.25, "virgule zéro cinq" -> 0.05."""
    n = len(words)
    digits = ""
    k = i
    while k < n and words[k] in lex.units and lex.units[words[k]] == 0:
        digits += "0"
        k += 1
    if k < n:
        got = _below_hundred(lex, words, k)
        if got is not None and words[k] not in lex.articles:
            digits += str(got[0])
            k = got[1]
    if not digits:
        return None
    return Decimal("0." + digits), k


def read_number_words(lex: Lexicon, words: list[str], i: int = 0) -> tuple[Decimal, int] | None:
    """Read a French number written in words, starting at ``words[i]`` (lower-case tokens, hyphens as their
    own "-" token). Returns (value, index after the last word used) for the longest reading, or None.

    A leading "un"/"une" counts as one only before a scale, a hundred or a fraction ("un million", "une
    demi-douzaine" is not money); alone it is an article ("un euro" is read by the grammar's article rule).

    Examples:
        >>> from salarynorm._lang import load
        >>> fr = load("fr")
        >>> read_number_words(fr, "quatre - vingt - dix".split()), read_number_words(fr, "vingt et un".split())
        ((Decimal('90'), 5), (Decimal('21'), 3))
        >>> read_number_words(fr, "deux millions et demi".split())
        (Decimal('2500000'), 4)
    """
    n = len(words)
    total = Decimal(0)  # the sum of the scales above a thousand read so far ("deux millions" ...)
    group = Decimal(0)  # the part below a million: thousands and below ("trois cent mille")
    current = Decimal(0)  # the part below a thousand
    last = _NONE
    last_scale = 99  # the last scale above a thousand read, so scales only decrease
    end = i
    j = i
    while j < n:
        w = words[j]
        nxt = words[j + 1] if j + 1 < n else ""
        if w == "-" and last in (_UNIT, _TENS, _HUNDRED, _THOUSAND, _SCALE, _FRAC):
            j += 1  # "deux-cents", "mille-deux-cents", "demi-million"
            continue
        if last in (_NONE, _HUNDRED, _THOUSAND, _SCALE) and (w in lex.units or w in lex.tens):
            if w in lex.articles and last == _NONE:
                after = nxt if nxt != "-" else (words[j + 2] if j + 2 < n else "")
                if after in lex.scales or after in lex.fractions or after in lex.hundred:
                    current = Decimal(1)  # "un million", "un demi-million"
                    last = _UNIT
                    j += 1
                    end = j
                    continue
                break  # "un euro": an article, read by the grammar's article rule
            got = _below_hundred(lex, words, j)
            if got is None:
                break
            value, j = got
            current += value
            last = _TENS if value >= 20 else _UNIT
            end = j
            continue
        if w in lex.hundred:
            if last == _NONE:
                current = Decimal(100)  # "cent", "cent mille"
            elif last in (_UNIT, _TENS) and 2 <= current < 10:
                current *= 100  # "deux cents", "trois cent"
            else:
                break
            last = _HUNDRED
            j += 1
            end = j
            continue
        if w in lex.scales and lex.scales[w] == 3:
            if last in (_NONE, _SCALE):
                current = Decimal(1)  # "mille euros", "deux millions mille"
                last = _UNIT
            if last in (_UNIT, _TENS, _HUNDRED, _FRAC):
                group += current * 1000
                current = Decimal(0)
                last = _THOUSAND
                j += 1
                end = j
                # "mille milliards": a thousand stacked before a larger scale
                if j < n and words[j] in lex.scales and lex.scales[words[j]] > 3 and group == 1000 \
                        and lex.scales[words[j]] < last_scale:
                    power = lex.scales[words[j]] + 3
                    total += scaled(Decimal(1), power)
                    group = Decimal(0)
                    last_scale = lex.scales[words[j]]
                    last = _SCALE
                    j += 1
                    end = j
                continue
            break
        if w in lex.scales:
            power = lex.scales[w]
            if power >= last_scale or last not in (_UNIT, _TENS, _HUNDRED, _THOUSAND, _FRAC, _POINT):
                break
            total += scaled(group + current, power)
            group = Decimal(0)
            current = Decimal(0)
            last_scale = power
            last = _SCALE
            j += 1
            end = j
            # "deux millions et demi", "un milliard et demi"
            if j + 1 < n and words[j] in lex.number_and and words[j + 1] in lex.fractions:
                num, den = lex.fractions[words[j + 1]]
                if num == 1 and den == 2:
                    total += scaled(context().divide(Decimal(num), Decimal(den)), power)
                    j += 2
                    end = j
            continue
        if w in lex.fractions and last == _UNIT and current == 1 \
                and (nxt in lex.scales or nxt == "-" or nxt in lex.fraction_of):
            num, den = lex.fractions[w]
            current = context().divide(Decimal(num), Decimal(den))  # "un demi-million", "un quart de million"
            last = _FRAC
            j += 1
            if j < n and words[j] in lex.fraction_of:
                j += 1
            continue
        if w in lex.point_words and last in (_UNIT, _TENS, _HUNDRED):
            got_point = _decimals_after_point(lex, words, j + 1)
            if got_point is None:
                break
            frac, k = got_point
            if k >= n or words[k] not in lex.scales or lex.scales[words[k]] <= 3:
                break  # "deux virgule cinq" reads only before a scale ("deux virgule cinq millions")
            current += frac
            last = _POINT
            j = k
            continue
        break
    if end == i or last == _NONE:
        return None
    return total + group + current, end
