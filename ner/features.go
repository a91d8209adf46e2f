package ner

import (
	"unicode"
	"unicode/utf8"
)

// Feature extraction. Every feature is a 64-bit hash of a template number and
// one or more hashed token properties; nothing is allocated per token. The
// model maps the low 32 bits of a feature hash to a weight row.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func fh(t, a uint64) uint64     { return mix64(a*0x9E3779B97F4A7C15 + t*0xD6E8FEB86659FD93 + 1) }
func fh2(t, a, b uint64) uint64 { return mix64(fh(t, a) ^ (b * 0xA0761D6478BD642F)) }
func fh3(t, a, b, c uint64) uint64 {
	return mix64(fh2(t, a, b) ^ (c * 0xE7037ED1A0B428DB))
}

// hashStr is FNV-1a over the bytes of s.
func hashStr(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		h *= fnvPrime
		return h
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(buf[i])
		h *= fnvPrime
	}
	return h
}

func lowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

// hashLower hashes the lowercase form of s with every digit mapped to 0.
// When strip is set a trailing full stop is dropped from words longer than
// one character ("Mr." and "Mr" hash alike).
func hashLower(s string, strip bool) uint64 {
	if strip && len(s) > 1 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	h := uint64(fnvOffset)
	for _, r := range s {
		r = lowerRune(r)
		if r >= '0' && r <= '9' {
			r = '0'
		}
		h = hashRune(h, r)
	}
	return h
}

func shapeChar(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r), unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return '*'
}

// capitalisation classes
const (
	capNone  = iota // no letters
	capLower        // all lower
	capInit         // first letter upper, the rest lower
	capAll          // all letters upper (at least two letters, or one-letter word)
	capMixed        // anything else ("McDonald", "iPhone")
)

// token flags
const (
	flHasDigit = 1 << iota
	flAllDigit
	flHyphen
	flPeriod
	flApos
	flAmp
)

// tokInfo holds the hashed properties of one token.
type tokInfo struct {
	word, lower, strip, shape, short uint64
	pre, suf                         [4]uint64
	cls                              [clusterLevels]uint64
	capc                             uint8
	flags                            uint8
	nlen                             uint8 // length bucket
}

// analyse fills ti for word w. clusters may be nil.
func analyse(ti *tokInfo, w string, cl *clusterTable) {
	ti.word = hashStr(w)
	ti.lower = hashLower(w, false)
	ti.strip = hashLower(w, true)

	// shapes and capitalisation
	shape := uint64(fnvOffset)
	short := uint64(fnvOffset)
	var prev rune = -1
	run := 0
	nUpper, nLower, nDigit, nRunes := 0, 0, 0, 0
	firstUpper := false
	var flags uint8
	for _, r := range w {
		c := shapeChar(r)
		switch c {
		case 'X':
			nUpper++
			if nRunes == 0 {
				firstUpper = true
			}
		case 'x':
			nLower++
		case 'd':
			nDigit++
		case '-':
			flags |= flHyphen
		case '.':
			flags |= flPeriod
		case '\'':
			flags |= flApos
		case '&':
			flags |= flAmp
		}
		nRunes++
		if c == prev {
			run++
		} else {
			run = 1
			short = hashRune(short, c)
		}
		if run <= 3 {
			shape = hashRune(shape, c)
		}
		prev = c
	}
	ti.shape, ti.short = shape, short
	if nDigit > 0 {
		flags |= flHasDigit
		if nDigit == nRunes {
			flags |= flAllDigit
		}
	}
	ti.flags = flags
	switch {
	case nUpper+nLower == 0:
		ti.capc = capNone
	case nUpper == 0:
		ti.capc = capLower
	case nLower == 0:
		ti.capc = capAll
	case firstUpper && nUpper == 1:
		ti.capc = capInit
	default:
		ti.capc = capMixed
	}
	switch {
	case nRunes <= 2:
		ti.nlen = uint8(nRunes)
	case nRunes <= 4:
		ti.nlen = 3
	case nRunes <= 8:
		ti.nlen = 4
	default:
		ti.nlen = 5
	}

	// prefixes and suffixes of the lowercase form, 1 to 4 runes
	h := uint64(fnvOffset)
	i := 0
	for _, r := range w {
		if i == 4 {
			break
		}
		h = hashRune(h, lowerRune(r))
		ti.pre[i] = h
		i++
	}
	for ; i < 4; i++ {
		if i == 0 {
			ti.pre[i] = fnvOffset
		} else {
			ti.pre[i] = ti.pre[i-1]
		}
	}
	h = uint64(fnvOffset)
	s := w
	for i = 0; i < 4 && len(s) > 0; i++ {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		h = hashRune(h, lowerRune(r)) // reversed suffix, still unique
		ti.suf[i] = h
	}
	for ; i < 4; i++ {
		if i == 0 {
			ti.suf[i] = 0
		} else {
			ti.suf[i] = ti.suf[i-1]
		}
	}
	ti.cls = [clusterLevels]uint64{}
	if cl != nil {
		cl.lookup(ti)
	}
}

// sentence case modes
const (
	modeNormal = iota
	modeUpper  // headline in capitals
	modeTitle  // headline in Title Case
)

func sentenceMode(infos []tokInfo) uint64 {
	alpha, upper, init := 0, 0, 0
	for i := range infos {
		switch infos[i].capc {
		case capLower:
			alpha++
		case capAll:
			alpha++
			upper++
		case capInit, capMixed:
			alpha++
			init++
		}
	}
	if alpha >= 2 && upper*10 >= alpha*8 {
		return modeUpper
	}
	if alpha >= 3 && (init+upper)*10 >= alpha*8 {
		return modeTitle
	}
	return modeNormal
}

// Feature templates.
const (
	tBias = 1 + iota
	tWord
	tLower
	tShape
	tShort
	tCap
	tCapFirst
	tCapMode
	tLowerMode
	tFlags
	tLen
	tLowerFirst
	tWm2
	tWm1
	tWp1
	tWp2
	tSm2
	tSm1
	tSp1
	tSp2
	tBiLeft
	tBiRight
	tShortTri
	tShapeLeft
	tShapeRight
	tWm1Shape
	tWp1Shape
	tCapCtx
	tClusterShape
	tClusterBiL
	tClusterBiR
	tStrip
	tLevel3Cap
	tGazCap
	tGazBi
)

const (
	tPre       = 64  // +0..3
	tSuf       = 72  // +0..3
	tCluster   = 96  // +level
	tClusterM1 = 112 // +level
	tClusterP1 = 128 // +level
)

const boundary = 0x5bd1e995 // hash of the padding token

// features appends the feature hashes of token i to dst.
func features(dst []uint64, infos []tokInfo, i int, mode uint64) []uint64 {
	t := &infos[i]
	get := func(j int) *tokInfo {
		if j < 0 || j >= len(infos) {
			return nil
		}
		return &infos[j]
	}
	wordOf := func(j int) uint64 {
		if p := get(j); p != nil {
			return p.strip
		}
		if j < 0 {
			return boundary
		}
		return boundary + 1
	}
	shapeOf := func(j int) uint64 {
		if p := get(j); p != nil {
			return p.shape
		}
		if j < 0 {
			return boundary
		}
		return boundary + 1
	}
	shortOf := func(j int) uint64 {
		if p := get(j); p != nil {
			return p.short
		}
		if j < 0 {
			return boundary
		}
		return boundary + 1
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	capc := uint64(t.capc)
	dst = append(dst,
		fh(tBias, 0),
		fh(tWord, t.word),
		fh(tLower, t.lower),
		fh(tStrip, t.strip),
		fh(tShape, t.shape),
		fh(tShort, t.short),
		fh(tCap, capc),
		fh2(tCapFirst, capc, first),
		fh2(tCapMode, capc, mode),
		fh2(tLowerMode, t.lower, mode),
		fh(tFlags, uint64(t.flags)),
		fh2(tLen, uint64(t.nlen), capc),
	)
	if i == 0 {
		dst = append(dst, fh(tLowerFirst, t.lower))
	}
	for k := 0; k < 4; k++ {
		dst = append(dst, fh(tPre+uint64(k), t.pre[k]))
		if t.suf[k] != 0 {
			dst = append(dst, fh(tSuf+uint64(k), t.suf[k]))
		}
	}
	wm1, wp1 := wordOf(i-1), wordOf(i+1)
	dst = append(dst,
		fh(tWm2, wordOf(i-2)),
		fh(tWm1, wm1),
		fh(tWp1, wp1),
		fh(tWp2, wordOf(i+2)),
		fh(tSm2, shapeOf(i-2)),
		fh(tSm1, shapeOf(i-1)),
		fh(tSp1, shapeOf(i+1)),
		fh(tSp2, shapeOf(i+2)),
		fh2(tBiLeft, wm1, t.lower),
		fh2(tBiRight, t.lower, wp1),
		fh3(tShortTri, shortOf(i-1), t.short, shortOf(i+1)),
		fh2(tShapeLeft, shapeOf(i-1), t.shape),
		fh2(tShapeRight, t.shape, shapeOf(i+1)),
		fh2(tWm1Shape, wm1, t.shape),
		fh2(tWp1Shape, t.shape, wp1),
	)
	var cm, cp uint64 = 9, 9
	if p := get(i - 1); p != nil {
		cm = uint64(p.capc)
	}
	if p := get(i + 1); p != nil {
		cp = uint64(p.capc)
	}
	dst = append(dst, fh3(tCapCtx, cm, capc, cp))
	if c := t.cls[1]; c != 0 {
		dst = append(dst, fh2(tClusterShape, c, t.short))
		if p := get(i - 1); p != nil {
			dst = append(dst, fh2(tClusterBiL, p.cls[1], c))
		}
		if p := get(i + 1); p != nil {
			dst = append(dst, fh2(tClusterBiR, c, p.cls[1]))
		}
	}
	if t.cls[3] != 0 {
		dst = append(dst, fh3(tLevel3Cap, t.cls[3], capc, mode))
	}
	if g := t.cls[4]; g != 0 {
		// gazetteer bits (fifth level) with the capitalisation
		dst = append(dst, fh3(tGazCap, g, capc, mode))
		var gm, gp uint64
		if p := get(i - 1); p != nil {
			gm = p.cls[4]
		}
		if p := get(i + 1); p != nil {
			gp = p.cls[4]
		}
		dst = append(dst, fh3(tGazBi, gm, g, gp))
	}
	for l := 0; l < clusterLevels; l++ {
		if t.cls[l] != 0 {
			dst = append(dst, fh(tCluster+uint64(l), t.cls[l]))
		}
		if p := get(i - 1); p != nil && p.cls[l] != 0 {
			dst = append(dst, fh(tClusterM1+uint64(l), p.cls[l]))
		}
		if p := get(i + 1); p != nil && p.cls[l] != 0 {
			dst = append(dst, fh(tClusterP1+uint64(l), p.cls[l]))
		}
	}
	return dst
}
