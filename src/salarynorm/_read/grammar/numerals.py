"""Numerals counted in myriads, as Chinese, Japanese and Korean write them: scale characters after digits,
numeral characters or both ("7万", "七万", "1億2千万", "4억 2천만", "四十九兆九千五百九十二億", "36.57億",
"이십구점구구").

Rule ``numeral_at``: the number at a token, read group by group. A small scale ("十", "百", "千") multiplies
the digit before it (one when there is none: "千円" is 1,000) within a group of four digits; a myriad scale
("万", "億", "兆") multiplies the whole group before it and closes it, each smaller than the one before
("1億2千万" is 1 × 10^8 + 2,000 × 10^4), except right after another one, which it multiplies ("1万億" is
10^12); a point word reads the numeral characters after it one by one as decimals ("일점이삼" is 1.23). In
Korean the groups may be spaced ("7천 5백만"), so spaces on one line join. Every word comes from the
language data (``units``, ``small_scales``, ``myriad_scales``, ``point_words``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..._decimals import context, scaled
from ..numbers import read_digits
from ..tokens import NUM, WORD
from .cursor import Cursor
from .nodes import Amount

__all__ = ["numeral_at"]

# Tokens a numeral runs over at most (no written amount comes near: "四十九兆九千五百九十二億" is 12).
MAX_NUMERAL_TOKENS: Final = 40


def numeral_at(cur: Cursor, i: int) -> Amount | None:
    """The numeral starting at token i when it holds at least one numeral character (digits alone are
    read by ``digits.digits_at``), or None."""
    lang = cur.lang
    units, small, myriad = lang.units, lang.small_scales, lang.myriad_scales
    ctx = context()
    total = Decimal(0)  # the groups a myriad scale has closed
    group = Decimal(0)  # the current group, below its myriad scale
    digit: Decimal | None = None  # the number waiting for its scale
    last_small = last_myriad = 99  # scales must fall within a group, and from group to group
    numeral = False  # a numeral character was read (else these are plain digits)
    decimals = False
    top = 0  # the largest myriad scale: the amount's multiplier (a small one leaves cents possible: "이십삼센트")
    scale_word = ""
    end = i
    k = i
    while k < cur.n and k - i < MAX_NUMERAL_TOKENS:
        tok = cur.t[k]
        if k > i and not cur.near(k):
            break
        w = tok.low
        if tok.kind == NUM:
            if digit is not None:
                break  # two numbers in a row: the next one is another amount
            reading = read_digits(tok.text, decimal_mark=lang.decimal_mark)
            if reading is None or reading.length != len(tok.text):
                break
            digit = reading.value
            decimals = decimals or reading.decimals
        elif tok.kind != WORD:
            break
        elif w in units:
            value = units[w]
            if value == 0 and (group or total):
                pass  # "一千零五十": a zero only marks an empty place
            elif digit is not None:
                break
            else:
                digit = Decimal(value)
            numeral = True
        elif w in small:
            power = small[w]
            if power >= last_small:
                break
            group = ctx.add(group, scaled(digit if digit is not None else Decimal(1), power))
            digit, last_small = None, power
            numeral, scale_word = True, w
        elif w in myriad:
            power = myriad[w]
            head = ctx.add(group, digit if digit is not None else Decimal(0))
            if not head:
                if total and k > i and cur.t[k - 1].low in myriad:
                    total = scaled(total, power)  # "1万億": a myriad of myriads
                elif not total:
                    total = scaled(Decimal(1), power)  # "万円"
                else:
                    break
            elif power >= last_myriad:
                break
            else:
                total = ctx.add(total, scaled(head, power))
            group, digit, last_small, last_myriad = Decimal(0), None, 99, power
            numeral, top, scale_word = True, max(top, power), w
        elif w in lang.point_words and digit is not None and k + 1 < cur.n and cur.t[k + 1].low in units:
            # "일점이삼", "二十九点九九": the numeral characters after the point, one by one
            base = ctx.add(group, digit)
            frac = ""
            k += 1
            while k < cur.n and cur.t[k].low in units and cur.t[k].attached:
                frac += str(units[cur.t[k].low])
                k += 1
            digit = ctx.add(base, Decimal("0." + frac))
            group, decimals, numeral = Decimal(0), True, True
            end = k
            continue
        else:
            break
        end = k + 1
        k += 1
    if not numeral:
        return None
    if end == i + 1 and cur.t[i].low in lang.ambiguous_numerals:
        return None  # "사원" (an employee), "이 원칙": a lone syllable that is a word as often as a number
    number = ctx.add(ctx.add(total, group), digit if digit is not None else Decimal(0))
    # Written in numeral characters only ("七万", "이천칠백"), it is a number in words: a sign before it
    # wants a scale ("원이" is no amount), as "$ one" does in English.
    words = not any(cur.t[x].kind == NUM for x in range(i, end))
    amt = Amount(number, i, end, mult=top, decimals=decimals, words=words)
    amt.scale_word = scale_word
    return amt
