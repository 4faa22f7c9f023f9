// Package io's variables and functions (Go 1.27's io/io.go).

var ioꞏEOF = ꞏerrors.New("EOF")

var ioꞏErrUnexpectedEOF = ꞏerrors.New("unexpected EOF")

var ioꞏErrShortWrite = ꞏerrors.New("short write")

var ioꞏErrShortBuffer = ꞏerrors.New("short buffer")

var ioꞏErrNoProgress = ꞏerrors.New("multiple Read calls return no data or error")

var ioꞏErrClosedPipe = ꞏerrors.New("io: read/write on closed pipe")

var ioꞏDiscard ioꞏWriter = ioꞏdiscard{}

type ioꞏdiscard struct{}

//line io/io.go:647
func (ioꞏdiscard) Write(p []byte) (int, error) {
	return len(p), nil
}

//line io/io.go:651
func (ioꞏdiscard) WriteString(s string) (int, error) {
	return len(s), nil
}

//line io/io.go:314
func ioꞏWriteString(w ioꞏWriter, s string) (n int, err error) {
	if sw, ok := w.(ioꞏStringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

//line io/io.go:709
func ioꞏReadAll(r ioꞏReader) ([]byte, error) {
//line io/io.go:712
	b := make([]byte, 0, 512)
//line io/io.go:721
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == ioꞏEOF {
				err = nil
			}
//line io/io.go:729
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
//line io/io.go:737
		}
//line io/io.go:740
	}
//line io/io.go:748
}

//line io/io.go:387
func ioꞏCopy(dst ioꞏWriter, src ioꞏReader) (written int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if ew == nil {
					ew = ꞏerrors.New("invalid write result")
//line io/io.go:389
				}
			}
			written += int64(nw)
			if ew != nil {
				err = ew
				break
			}
			if nr != nw {
				err = ioꞏErrShortWrite
				break
			}
		}
		if er != nil {
			if er != ioꞏEOF {
				err = er
			}
			break
		}
	}
	return written, err
}
