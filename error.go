package newsgraph

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Error codes. Each maps to one exit status in cmd/newsgraph and one HTTP
// status in the web API, in exactly one place each.
const (
	EInvalid  = "invalid"   // the input cannot be analysed (empty, binary, not UTF-8)
	ETooLarge = "too_large" // the input is over the size limit
	ENotFound = "not_found"
	EInternal = "internal" // a bug: a stage failed on valid input
)

// Error is newsgraph's error with a machine-readable code.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// ErrorCode returns the code of err's first *Error, or EInternal.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// MaxTextBytes is the largest body text the pipeline analyses (the readers
// cut HTML boilerplate before this applies).
const MaxTextBytes = 16 << 20

// ValidateText rejects text the pipeline cannot analyse honestly.
func ValidateText(text string) error {
	if len(text) > MaxTextBytes {
		return Errorf(ETooLarge, "text is %d bytes, over the limit of %d", len(text), MaxTextBytes)
	}
	if !utf8.ValidString(text) {
		return Errorf(EInvalid, "text is not valid UTF-8")
	}
	return nil
}
