// Package io's interfaces and errors (Go 1.27's io/io.go).

type ioꞏReader interface {
	Read(p []byte) (n int, err error)
}

type ioꞏWriter interface {
	Write(p []byte) (n int, err error)
}

type ioꞏCloser interface {
	Close() error
}

type ioꞏReadWriter interface {
	ioꞏReader
	ioꞏWriter
}

type ioꞏReadCloser interface {
	ioꞏReader
	ioꞏCloser
}

type ioꞏWriteCloser interface {
	ioꞏWriter
	ioꞏCloser
}

type ioꞏStringWriter interface {
	WriteString(s string) (n int, err error)
}

type ioꞏByteReader interface {
	ReadByte() (byte, error)
}

type ioꞏByteWriter interface {
	WriteByte(c byte) error
}

type ioꞏRuneReader interface {
	ReadRune() (r rune, size int, err error)
}
