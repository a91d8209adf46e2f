package sqlite

import "strings"

// fold lower-cases s and strips the diacritics of Latin letters
// ("Erdoğan" → "erdogan", "Sánchez" → "sanchez", "Straße" → "strasse"), so
// that name search forgives accents. It is applied both to the stored *_key
// columns and to search input; changing it needs a migration that
// recomputes the keys.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0x300 && r < 0x370 {
			continue // combining diacritical marks, as left by ToLower("İ")
		}
		if r >= 0xC0 && r < 0x250 {
			if v, ok := latinFold[r]; ok {
				b.WriteString(v)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// latinFold maps Latin-1 Supplement and Latin Extended-A/B letters to ASCII
// (generated from Unicode canonical decompositions, plus ß, æ, ø, ł, đ ...).
var latinFold = map[rune]string{
	'À': "a", 'Á': "a", 'Â': "a", 'Ã': "a", 'Ä': "a", 'Å': "a", 'Æ': "ae", 'Ç': "c",
	'È': "e", 'É': "e", 'Ê': "e", 'Ë': "e", 'Ì': "i", 'Í': "i", 'Î': "i", 'Ï': "i",
	'Ð': "d", 'Ñ': "n", 'Ò': "o", 'Ó': "o", 'Ô': "o", 'Õ': "o", 'Ö': "o", 'Ø': "o",
	'Ù': "u", 'Ú': "u", 'Û': "u", 'Ü': "u", 'Ý': "y", 'Þ': "th", 'ß': "ss", 'à': "a",
	'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c", 'è': "e",
	'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ð': "d",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ù': "u",
	'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'þ': "th", 'ÿ': "y", 'Ā': "a", 'ā': "a",
	'Ă': "a", 'ă': "a", 'Ą': "a", 'ą': "a", 'Ć': "c", 'ć': "c", 'Ĉ': "c", 'ĉ': "c",
	'Ċ': "c", 'ċ': "c", 'Č': "c", 'č': "c", 'Ď': "d", 'ď': "d", 'Đ': "d", 'đ': "d",
	'Ē': "e", 'ē': "e", 'Ĕ': "e", 'ĕ': "e", 'Ė': "e", 'ė': "e", 'Ę': "e", 'ę': "e",
	'Ě': "e", 'ě': "e", 'Ĝ': "g", 'ĝ': "g", 'Ğ': "g", 'ğ': "g", 'Ġ': "g", 'ġ': "g",
	'Ģ': "g", 'ģ': "g", 'Ĥ': "h", 'ĥ': "h", 'Ħ': "h", 'ħ': "h", 'Ĩ': "i", 'ĩ': "i",
	'Ī': "i", 'ī': "i", 'Ĭ': "i", 'ĭ': "i", 'Į': "i", 'į': "i", 'İ': "i", 'ı': "i",
	'Ĵ': "j", 'ĵ': "j", 'Ķ': "k", 'ķ': "k", 'ĸ': "k", 'Ĺ': "l", 'ĺ': "l", 'Ļ': "l",
	'ļ': "l", 'Ľ': "l", 'ľ': "l", 'Ł': "l", 'ł': "l", 'Ń': "n", 'ń': "n", 'Ņ': "n",
	'ņ': "n", 'Ň': "n", 'ň': "n", 'Ŋ': "ng", 'ŋ': "ng", 'Ō': "o", 'ō': "o", 'Ŏ': "o",
	'ŏ': "o", 'Ő': "o", 'ő': "o", 'Œ': "oe", 'œ': "oe", 'Ŕ': "r", 'ŕ': "r", 'Ŗ': "r",
	'ŗ': "r", 'Ř': "r", 'ř': "r", 'Ś': "s", 'ś': "s", 'Ŝ': "s", 'ŝ': "s", 'Ş': "s",
	'ş': "s", 'Š': "s", 'š': "s", 'Ţ': "t", 'ţ': "t", 'Ť': "t", 'ť': "t", 'Ŧ': "t",
	'ŧ': "t", 'Ũ': "u", 'ũ': "u", 'Ū': "u", 'ū': "u", 'Ŭ': "u", 'ŭ': "u", 'Ů': "u",
	'ů': "u", 'Ű': "u", 'ű': "u", 'Ų': "u", 'ų': "u", 'Ŵ': "w", 'ŵ': "w", 'Ŷ': "y",
	'ŷ': "y", 'Ÿ': "y", 'Ź': "z", 'ź': "z", 'Ż': "z", 'ż': "z", 'Ž': "z", 'ž': "z",
	'ſ': "s", 'ƀ': "b", 'ƚ': "l", 'Ơ': "o", 'ơ': "o", 'Ư': "u", 'ư': "u", 'ƶ': "z",
	'Ǎ': "a", 'ǎ': "a", 'Ǐ': "i", 'ǐ': "i", 'Ǒ': "o", 'ǒ': "o", 'Ǔ': "u", 'ǔ': "u",
	'Ǖ': "u", 'ǖ': "u", 'Ǘ': "u", 'ǘ': "u", 'Ǚ': "u", 'ǚ': "u", 'Ǜ': "u", 'ǜ': "u",
	'Ǟ': "a", 'ǟ': "a", 'Ǡ': "a", 'ǡ': "a", 'Ǧ': "g", 'ǧ': "g", 'Ǩ': "k", 'ǩ': "k",
	'Ǫ': "o", 'ǫ': "o", 'Ǭ': "o", 'ǭ': "o", 'ǰ': "j", 'Ǵ': "g", 'ǵ': "g", 'Ǹ': "n",
	'ǹ': "n", 'Ǻ': "a", 'ǻ': "a", 'Ȁ': "a", 'ȁ': "a", 'Ȃ': "a", 'ȃ': "a", 'Ȅ': "e",
	'ȅ': "e", 'Ȇ': "e", 'ȇ': "e", 'Ȉ': "i", 'ȉ': "i", 'Ȋ': "i", 'ȋ': "i", 'Ȍ': "o",
	'ȍ': "o", 'Ȏ': "o", 'ȏ': "o", 'Ȑ': "r", 'ȑ': "r", 'Ȓ': "r", 'ȓ': "r", 'Ȕ': "u",
	'ȕ': "u", 'Ȗ': "u", 'ȗ': "u", 'Ș': "s", 'ș': "s", 'Ț': "t", 'ț': "t", 'Ȟ': "h",
	'ȟ': "h", 'ȥ': "z", 'Ȧ': "a", 'ȧ': "a", 'Ȩ': "e", 'ȩ': "e", 'Ȫ': "o", 'ȫ': "o",
	'Ȭ': "o", 'ȭ': "o", 'Ȯ': "o", 'ȯ': "o", 'Ȱ': "o", 'ȱ': "o", 'Ȳ': "y", 'ȳ': "y",
	'ȼ': "c", 'ɇ': "e", 'ɉ': "j", 'ɍ': "r", 'ɏ': "y",
}
