package actor

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"newsgraph"
)

// Phoenix/PETRARCH (TABARI) dictionary formats, as in
// openeventdata/petrarch2 dictionaries (MIT):
//
//	NAME_WITH_UNDERSCORES_ [CODE]            an actor with an undated code
//	+SYNONYM_                                 another surface form of the actor above
//	    [CODE 090915-100914] [CODE >090702]   (indented) dated codes: YYMMDD or YYYYMMDD,
//	                                          ">d" from d on, "<d" before d, "a-b" between
//	# comment                                 anywhere on a line
//
// Agents: "PHRASE {PLURAL} [~GOV]" with substitution sets "!PERSON! = MAN, MEN ...".

var (
	codeRE  = regexp.MustCompile(`\[([^\]\}]*)[\]\}]`)
	braceRE = regexp.MustCompile(`\{[^}]*\}`)
)

// LoadPhoenixActors reads a Phoenix/PETRARCH .actors dictionary. Entries
// without a code are skipped. Type is a guess: ORG for names with
// organisation words, PERSON for entries whose codes are date-restricted,
// LOC for bare country codes, ORG otherwise.
func LoadPhoenixActors(r io.Reader) ([]ActorEntry, error) {
	es, err := ReadPhoenixActors(r, PhoenixOptions{})
	var out []ActorEntry
	for _, e := range es {
		out = append(out, e.ActorEntry)
	}
	return out, err
}

// PhoenixOptions says what ReadPhoenixActors keeps besides what
// LoadPhoenixActors does.
type PhoenixOptions struct {
	Uncoded  bool // keep entries without a code (their Type is a guess from the name alone)
	Comments bool // fill PhoenixActor.Comments
}

// PhoenixActor is an entry of a Phoenix/PETRARCH .actors dictionary as
// ReadPhoenixActors reads it.
type PhoenixActor struct {
	ActorEntry
	// Comments are the comments ("# ...", with the "#") of the entry's
	// lines and of the comment-only lines between it and the next entry,
	// in file order; only with PhoenixOptions.Comments.
	Comments []string
}

// ReadPhoenixActors is LoadPhoenixActors with options: actor/cmd/genpeople
// also reads the entries without codes and the comments naming an entry's
// source list ("# CountryInfo.txt").
func ReadPhoenixActors(r io.Reader, opt PhoenixOptions) ([]PhoenixActor, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	var out []PhoenixActor
	var cur *PhoenixActor
	flush := func() {
		if cur != nil && cur.Name != "" && (len(cur.Codes) > 0 || opt.Uncoded) {
			cur.Type = guessActorType(cur.ActorEntry)
			out = append(out, *cur)
		}
		cur = nil
	}
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		comment := ""
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line, comment = line[:i], line[i:]
		}
		if strings.TrimSpace(line) == "" {
			if cur != nil && comment != "" && opt.Comments {
				cur.Comments = append(cur.Comments, comment)
			}
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		trimmed := strings.TrimSpace(line)
		namePart := trimmed
		if i := strings.IndexByte(namePart, '['); i >= 0 {
			namePart = namePart[:i]
		}
		codes := ParsePhoenixCodes(trimmed)
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur != nil {
				if s := phoenixWords(strings.TrimPrefix(namePart, "+")); s != "" {
					cur.Synonyms = append(cur.Synonyms, s)
				}
				cur.Codes = append(cur.Codes, codes...)
			}
		case indented && cur != nil:
			if s := phoenixWords(namePart); s != "" {
				cur.Synonyms = append(cur.Synonyms, s)
			}
			cur.Codes = append(cur.Codes, codes...)
		default:
			flush()
			name := phoenixWords(namePart)
			if name == "" {
				continue
			}
			cur = &PhoenixActor{ActorEntry: ActorEntry{Name: titleCase(name), Codes: codes}}
			cur.Synonyms = append(cur.Synonyms, name)
		}
		if cur != nil && comment != "" && opt.Comments {
			cur.Comments = append(cur.Comments, comment)
		}
	}
	flush()
	return out, sc.Err()
}

// phoenixWords turns "UNITED_NATIONS_" into "UNITED NATIONS".
func phoenixWords(s string) string {
	s = braceRE.ReplaceAllString(s, " ")
	s = strings.NewReplacer("_", " ", "\t", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// ParsePhoenixCodes reads the bracketed codes of one dictionary line:
// "[USAGOV]", "[RUSGOV >000507]", "[HOB < 950601]", "[FRAGOV 810521-950517]".
// Spaces inside the date part are allowed (the real files have them). A
// range includes its end day, as in PETRARCH; in the returned codes To is
// exclusive (the day after the range ends), as everywhere in this package.
// A start read as 20YY after the end is a 19YY start ("340101-810521"). A
// code whose date cannot be read ("2004017") is dropped rather than widened
// to every date.
func ParsePhoenixCodes(line string) []DatedCode {
	var out []DatedCode
	for _, m := range codeRE.FindAllStringSubmatch(line, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 {
			continue
		}
		c := DatedCode{Code: strings.Trim(f[0], "~")}
		if len(f) > 1 {
			d := strings.Join(f[1:], "")
			var err error
			switch {
			case strings.HasPrefix(d, ">"):
				c.From, err = phoenixDate(d[1:])
			case strings.HasPrefix(d, "<"):
				c.To, err = phoenixDate(d[1:])
			case strings.Contains(d, "-"):
				a, b, _ := strings.Cut(d, "-")
				if c.From, err = phoenixDate(a); err == nil {
					c.To, err = phoenixDate(b)
				}
				if err == nil && c.From.After(c.To) && c.From.Year() >= 2000 {
					c.From = c.From.AddDate(-100, 0, 0)
				}
				if err == nil && c.From.After(c.To) {
					err = fmt.Errorf("range %q ends before it starts", d)
				}
				c.To = c.To.AddDate(0, 0, 1)
			default:
				err = fmt.Errorf("bad date %q", d)
			}
			if err != nil {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// phoenixDate reads YYMMDD (years < 40 are 20xx) or YYYYMMDD; "201005011"
// (one digit too many, in the real files) is read as its first eight digits.
func phoenixDate(s string) (time.Time, error) {
	if _, err := strconv.Atoi(s); err != nil {
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	if len(s) == 9 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) {
		s = s[:8]
	}
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		century := "19"
		if yy < 40 {
			century = "20"
		}
		return time.Parse("20060102", century+s)
	case 8:
		return time.Parse("20060102", s)
	}
	return time.Time{}, fmt.Errorf("bad date %q", s)
}

var orgWords = map[string]bool{"PARTY": true, "MINISTRY": true, "ARMY": true, "COUNCIL": true, "COMMITTEE": true,
	"UNION": true, "ORGANIZATION": true, "ORGANISATION": true, "COMMISSION": true, "BANK": true, "FRONT": true,
	"MOVEMENT": true, "AGENCY": true, "DEPARTMENT": true, "COURT": true, "ASSOCIATION": true, "NATIONS": true,
	"INC": true, "CORP": true, "COMPANY": true, "FORCES": true, "GROUP": true, "HOUSE": true, "OFFICE": true,
	"FUND": true, "LEAGUE": true, "ALLIANCE": true, "INSTITUTE": true, "UNIVERSITY": true, "GOVERNMENT": true}

func guessActorType(a ActorEntry) newsgraph.EntityType {
	for _, w := range strings.Fields(strings.ToUpper(a.Synonyms[0])) {
		if orgWords[strings.Trim(w, ".,")] {
			return newsgraph.Org
		}
	}
	dated := false
	for _, c := range a.Codes {
		if !c.From.IsZero() || !c.To.IsZero() {
			dated = true
		}
	}
	if dated {
		return newsgraph.Person
	}
	if len(a.Codes) == 1 && len(a.Codes[0].Code) == 3 {
		return newsgraph.Loc
	}
	return newsgraph.Org
}

// LoadPhoenixAgents reads a Phoenix/PETRARCH agents dictionary, expanding
// substitution sets (!PERSON!) and explicit plurals ({...}).
func LoadPhoenixAgents(r io.Reader) ([]AgentEntry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	subs := map[string][]string{}
	var out []AgentEntry
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") && !strings.Contains(line, "[") {
			name, vals, _ := strings.Cut(line, "=")
			for _, v := range strings.Split(vals, ",") {
				if v = strings.TrimSpace(v); v != "" {
					subs[strings.TrimSpace(name)] = append(subs[strings.TrimSpace(name)], v)
				}
			}
			continue
		}
		m := codeRE.FindStringSubmatch(line)
		if m == nil {
			continue // no code: nothing to learn
		}
		code := strings.Trim(strings.TrimSpace(m[1]), "~")
		if code == "" {
			continue
		}
		phrase := line[:strings.IndexByte(line, '[')]
		var plurals []string
		if b := braceRE.FindString(phrase); b != "" {
			if p := phoenixWords(strings.Trim(b, "{}")); p != "" {
				plurals = append(plurals, strings.ToLower(p))
			}
			phrase = braceRE.ReplaceAllString(phrase, " ")
		}
		for _, p := range expandSubs(phrase, subs) {
			p = strings.ToLower(phoenixWords(p))
			if p == "" {
				continue
			}
			out = append(out, AgentEntry{Phrase: p, Plurals: plurals, Code: code})
		}
	}
	return out, sc.Err()
}

func expandSubs(s string, subs map[string][]string) []string {
	names := make([]string, 0, len(subs))
	for name := range subs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		vals := subs[name]
		i := strings.Index(s, name)
		if i < 0 {
			continue
		}
		var out []string
		for _, v := range vals {
			out = append(out, expandSubs(s[:i]+v+s[i+len(name):], subs)...)
		}
		return out
	}
	if strings.Contains(s, "!") { // unknown set: drop rather than match "!X!" literally
		return nil
	}
	return []string{s}
}
