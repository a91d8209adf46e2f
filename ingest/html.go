package ingest

import (
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
)

// ExtractHTML pulls the article body, headline and date out of a web page
// with go-trafilatura (a port of the Python trafilatura, the best-measured
// open boilerplate remover), falling back to readability and DOM Distiller
// when its own heuristics find nothing. Paragraphs become lines.
func ExtractHTML(html string) (title, text string, published time.Time, err error) {
	res, err := trafilatura.Extract(strings.NewReader(html), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Deduplicate:     true,
	})
	if err != nil {
		return "", "", time.Time{}, err
	}
	return strings.TrimSpace(res.Metadata.Title), res.ContentText, res.Metadata.Date, nil
}
