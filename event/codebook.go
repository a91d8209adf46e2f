package event

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CodeInfo is one CAMEO event code of the codebook.
type CodeInfo struct {
	Code      string
	Name      string
	Goldstein float64
	QuadClass int
}

// Codebook maps CAMEO event codes to their names and scores.
type Codebook struct {
	codes map[string]CodeInfo
}

// LoadCodebook reads the table written by event/cmd/gencameo:
// "code<TAB>goldstein<TAB>quadclass<TAB>name", '#' comments.
func LoadCodebook(r io.Reader) (*Codebook, error) {
	cb := &Codebook{codes: map[string]CodeInfo{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 || !isCode(f[0]) {
			return nil, fmt.Errorf("codebook line %d: want code, goldstein, quadclass, name", n)
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("codebook line %d: %w", n, err)
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("codebook line %d: %w", n, err)
		}
		cb.codes[f[0]] = CodeInfo{Code: f[0], Name: f[3], Goldstein: g, QuadClass: q}
	}
	return cb, sc.Err()
}

// Lookup returns the code's entry; a code missing from the book borrows
// name and score from its nearest listed ancestor (ok is then false).
func (c *Codebook) Lookup(code string) (CodeInfo, bool) {
	if ci, ok := c.codes[code]; ok {
		return ci, true
	}
	for p := code; len(p) > 2; {
		p = p[:len(p)-1]
		if ci, ok := c.codes[p]; ok {
			ci.Code = code
			return ci, false
		}
	}
	return CodeInfo{Code: code, QuadClass: QuadClass(code)}, false
}

// Len returns the number of codes in the book.
func (c *Codebook) Len() int { return len(c.codes) }

// QuadClass returns the quad class of a CAMEO code from its two-digit root:
// 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13
// verbal conflict (3), 14–20 material conflict (4); 0 when not a code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}
