# Prints the code points of the CJK subset shipped for the PDF report (see README.md): every
# character of GB 2312, JIS X 0208 and KS X 1001 (and, with "big5", Big5 level 1), plus kana,
# CJK punctuation, Hangul compatibility jamo and full-width forms; Latin is left to Noto Sans.
import sys

chars = set()


def two_byte(codec, lead, trail):
    for a in lead:
        for b in trail:
            try:
                s = bytes([a, b]).decode(codec)
            except Exception:
                continue
            if len(s) == 1:
                chars.add(ord(s))


two_byte('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))
two_byte('euc_jp', range(0xA1, 0xF5), range(0xA1, 0xFF))
two_byte('euc_kr', range(0xA1, 0xFE), range(0xA1, 0xFF))
if 'big5' in sys.argv:
    two_byte('big5', range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
for first, last in [(0x3000, 0x30FF), (0x3130, 0x318F), (0xFF00, 0xFFEF), (0x31F0, 0x31FF)]:
    chars.update(range(first, last + 1))
chars = {c for c in chars if c > 0x2E7F}
print(','.join('U+%04X' % c for c in sorted(chars)))
print(len(chars), file=sys.stderr)
