// Signatures of package errors as Go 1.27 declares them, for gosub's type checker;
// bodies are native (src/stdlib).
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error

var ErrUnsupported = New("unsupported operation")
