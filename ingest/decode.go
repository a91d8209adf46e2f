package ingest

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsgraph"
)

// Decode turns raw bytes into text. Valid UTF-8 (with or without BOM) passes
// through; UTF-16 with a BOM is decoded; bytes that look binary (NUL bytes or
// many control characters) are refused with EInvalid; other text that is not
// valid UTF-8 is decoded as Windows-1252 — the usual encoding of such news
// dumps — with a note saying so, unless strict, when it is refused.
func Decode(b []byte, strict bool) (string, []string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", nil, newsgraph.Errorf(newsgraph.EInvalid, "empty input")
	}
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		s, ok := decodeUTF16(b)
		if !ok {
			return "", nil, newsgraph.Errorf(newsgraph.EInvalid, "malformed UTF-16 input")
		}
		return s, []string{"input decoded from UTF-16"}, nil
	}
	if looksBinary(b) {
		return "", nil, newsgraph.Errorf(newsgraph.EInvalid, "input looks binary (NUL or control bytes), not text")
	}
	if utf8.Valid(b) {
		return string(b), nil, nil
	}
	off := invalidAt(b)
	if strict {
		return "", nil, newsgraph.Errorf(newsgraph.EInvalid, "text is not valid UTF-8 (first bad byte at offset %d)", off)
	}
	return decode1252(b), []string{"input was not valid UTF-8 (first bad byte at offset " + strconv.Itoa(off) + "); decoded as Windows-1252"}, nil
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func looksBinary(b []byte) bool {
	sample := b
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	ctrl := 0
	for _, c := range sample {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(sample) // over 5% control bytes
}

// cp1252 maps bytes 0x80–0x9F; the rest of the high half is Latin-1.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

func decode1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			// keep valid UTF-8 runs as they are (mixed files exist)
			sb.WriteString(string(b[i : i+n]))
			i += n
			continue
		}
		c := b[i]
		switch {
		case c >= 0x80 && c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
		i++
	}
	return sb.String()
}

func decodeUTF16(b []byte) (string, bool) {
	le := b[0] == 0xFF
	b = b[2:]
	if len(b)%2 != 0 {
		return "", false
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	var sb strings.Builder
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if c >= 0xD800 && c < 0xDC00 && i+1 < len(u) {
			c2 := rune(u[i+1])
			if c2 >= 0xDC00 && c2 < 0xE000 {
				sb.WriteRune((c-0xD800)<<10 + (c2 - 0xDC00) + 0x10000)
				i++
				continue
			}
		}
		sb.WriteRune(c)
	}
	return sb.String(), true
}
