package newsgraph

import (
	"testing"
	"time"
)

func TestDocumentDay(t *testing.T) {
	for _, tc := range []struct {
		published string
		want      string
	}{
		{"2010-05-11T00:30:00+02:00", "2010-05-11"}, // 10 May in UTC
		{"2010-05-10T23:30:00-05:00", "2010-05-10"}, // 11 May in UTC
		{"2025-07-10T00:00:00Z", "2025-07-10"},
	} {
		p, err := time.Parse(time.RFC3339, tc.published)
		if err != nil {
			t.Fatal(err)
		}
		d := (&Document{Published: p}).Day()
		if got := d.Format(time.DateOnly); got != tc.want || d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("Day(%s) = %v, want %s at midnight UTC", tc.published, d, tc.want)
		}
	}
	if d := (&Document{}).Day(); !d.IsZero() {
		t.Errorf("Day of an undated document = %v, want zero", d)
	}
}
