package newsgraph

import (
	"fmt"
	"unicode/utf8"
)

// CheckRecord verifies a Record's invariants: every span lies inside Text
// (code points), starts before it ends, mention and quote texts equal the
// spans they claim, sentences are ordered and disjoint, and every entity or
// place id a fact refers to exists. It returns the first violation.
func CheckRecord(r Record) error {
	runes := []rune(r.Text)
	if !utf8.ValidString(r.Text) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	n := len(runes)
	span := func(what string, s, e int) error {
		if s < 0 || e > n || s > e {
			return fmt.Errorf("%s: span [%d,%d) outside text of %d code points", what, s, e, n)
		}
		return nil
	}
	text := func(what string, s, e int, t string) error {
		if err := span(what, s, e); err != nil {
			return err
		}
		if string(runes[s:e]) != t {
			return fmt.Errorf("%s: text %q does not match span [%d,%d) %q", what, t, s, e, string(runes[s:e]))
		}
		return nil
	}
	prev := 0
	for i, s := range r.Sentences {
		if err := span(fmt.Sprintf("sentence %d", i), s.Start, s.End); err != nil {
			return err
		}
		if s.Start < prev {
			return fmt.Errorf("sentence %d starts at %d, before the previous sentence ends (%d)", i, s.Start, prev)
		}
		prev = s.End
	}
	ents := map[string]bool{}
	for _, e := range r.Entities {
		if ents[e.ID] {
			return fmt.Errorf("entity id %s repeated", e.ID)
		}
		ents[e.ID] = true
		last := -1
		for _, m := range e.Mentions {
			if err := text("entity "+e.ID+" mention", m.Start, m.End, m.Text); err != nil {
				return err
			}
			if m.Start < last {
				return fmt.Errorf("entity %s: mentions out of order", e.ID)
			}
			last = m.Start
		}
	}
	places := map[string]bool{}
	for _, p := range r.Places {
		places[p.ID] = true
		for _, m := range p.Mentions {
			if err := text("place "+p.ID+" mention", m.Start, m.End, m.Text); err != nil {
				return err
			}
		}
	}
	for _, e := range r.Entities {
		if e.Place != nil && !places[*e.Place] {
			return fmt.Errorf("entity %s refers to unknown place %s", e.ID, *e.Place)
		}
	}
	ref := func(what string, id *string) error {
		if id != nil && !ents[*id] {
			return fmt.Errorf("%s refers to unknown entity %s", what, *id)
		}
		return nil
	}
	last := -1
	for i, q := range r.Quotes {
		w := fmt.Sprintf("quote %d", i)
		if err := text(w, q.Start, q.End, q.Text); err != nil {
			return err
		}
		if q.Start < last {
			return fmt.Errorf("%s out of order", w)
		}
		last = q.Start
		if q.Place != nil && !places[*q.Place] {
			return fmt.Errorf("%s refers to unknown place %s", w, *q.Place)
		}
		if q.Cue != nil {
			if err := text(w+" cue", q.Cue.Start, q.Cue.End, q.Cue.Text); err != nil {
				return err
			}
		}
		if q.Speaker != nil {
			if err := span(w+" speaker", q.Speaker.Start, q.Speaker.End); err != nil {
				return err
			}
			if err := ref(w+" speaker", q.Speaker.Entity); err != nil {
				return err
			}
		}
	}
	last = -1
	for i, t := range r.Times {
		if err := text(fmt.Sprintf("time %d", i), t.Start, t.End, t.Text); err != nil {
			return err
		}
		if t.Start < last {
			return fmt.Errorf("time %d out of order", i)
		}
		last = t.Start
	}
	for i, e := range r.Events {
		w := fmt.Sprintf("event %d", i)
		if err := span(w+" evidence", e.Evidence.Start, e.Evidence.End); err != nil {
			return err
		}
		for _, s := range e.More {
			if err := span(w+" evidence", s.Start, s.End); err != nil {
				return err
			}
		}
		if e.Source != nil {
			if err := ref(w+" source", e.Source.Entity); err != nil {
				return err
			}
		}
		if e.Target != nil {
			if err := ref(w+" target", e.Target.Entity); err != nil {
				return err
			}
		}
		if e.Place != nil && !places[*e.Place] {
			return fmt.Errorf("%s refers to unknown place %s", w, *e.Place)
		}
		if len(e.Code) < 2 || e.Root != e.Code[:2] {
			return fmt.Errorf("%s: root %q does not match code %q", w, e.Root, e.Code)
		}
	}
	return nil
}
