// Package bytes (Go 1.27's bytes/buffer.go and bytes.go): Buffer, and the
// common functions as the strings rows applied to the bytes' text.

type bytesꞏBuffer struct {
	buf      []byte
	off      int
	lastRead int
}

const bytesꞏMinRead = 512

var bytesꞏErrTooLarge = ꞏerrors.New("bytes.Buffer: too large")

var bytesꞏerrNegativeRead = ꞏerrors.New("bytes.Buffer: reader returned negative count from Read")

var bytesꞏerrUnreadByte = ꞏerrors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

func bytesꞏNewBuffer(buf []byte) *bytesꞏBuffer {
	return &bytesꞏBuffer{buf: buf}
}

func bytesꞏNewBufferString(s string) *bytesꞏBuffer {
	return &bytesꞏBuffer{buf: []byte(s)}
}

func (b *bytesꞏBuffer) Bytes() []byte {
	return b.buf[b.off:]
}

func (b *bytesꞏBuffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *bytesꞏBuffer) Len() int {
	return len(b.buf) - b.off
}

func (b *bytesꞏBuffer) Cap() int {
	return cap(b.buf)
}

func (b *bytesꞏBuffer) Available() int {
	return cap(b.buf) - len(b.buf)
}

func (b *bytesꞏBuffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *bytesꞏBuffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *bytesꞏBuffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf)-b.off, 2*cap(b.buf)+n)
		copy(buf, b.buf[b.off:])
		b.buf = buf
		b.off = 0
	}
}

func (b *bytesꞏBuffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *bytesꞏBuffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *bytesꞏBuffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
	return nil
}

func (b *bytesꞏBuffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	m := len(b.buf)
	b.buf = append(b.buf, string(r)...)
	return len(b.buf) - m, nil
}

func (b *bytesꞏBuffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, ioꞏEOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return n, nil
}

func (b *bytesꞏBuffer) Next(n int) []byte {
	b.lastRead = 0
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = -1
	}
	return data
}

func (b *bytesꞏBuffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, ioꞏEOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

func (b *bytesꞏBuffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, 0, ioꞏEOF
	}
	c := b.buf[b.off]
	if c < 0x80 {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	end := b.off + 4
	if end > len(b.buf) {
		end = len(b.buf)
	}
	r, n := ꞏunicodeꞏutf8.DecodeRuneInString(string(b.buf[b.off:end]))
	b.off += n
	b.lastRead = n
	return r, n, nil
}

func (b *bytesꞏBuffer) UnreadRune() error {
	if b.lastRead <= 0 {
		return ꞏerrors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = 0
	return nil
}

func (b *bytesꞏBuffer) UnreadByte() error {
	if b.lastRead == 0 {
		return bytesꞏerrUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

func (b *bytesꞏBuffer) ReadBytes(delim byte) (line []byte, err error) {
	i := ꞏstrings.IndexByte(string(b.buf[b.off:]), delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = ioꞏEOF
	}
	line = append([]byte(nil), b.buf[b.off:end]...)
	b.off = end
	b.lastRead = -1
	return line, err
}

func (b *bytesꞏBuffer) ReadString(delim byte) (line string, err error) {
	l, err := b.ReadBytes(delim)
	return string(l), err
}

func (b *bytesꞏBuffer) WriteTo(w ioꞏWriter) (n int64, err error) {
	b.lastRead = 0
	if nBytes := b.Len(); nBytes > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > nBytes {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != nBytes {
			return n, ioꞏErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

func (b *bytesꞏBuffer) ReadFrom(r ioꞏReader) (n int64, err error) {
	b.lastRead = 0
	p := make([]byte, bytesꞏMinRead)
	for {
		m, e := r.Read(p)
		if m < 0 {
			panic(bytesꞏerrNegativeRead)
		}
		b.buf = append(b.buf, p[:m]...)
		n += int64(m)
		if e == ioꞏEOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

func bytesꞏEqual(a, b []byte) bool {
	return string(a) == string(b)
}

func bytesꞏCompare(a, b []byte) int {
	return ꞏstrings.Compare(string(a), string(b))
}

func bytesꞏContains(b, subslice []byte) bool {
	return ꞏstrings.Contains(string(b), string(subslice))
}

func bytesꞏContainsRune(b []byte, r rune) bool {
	return ꞏstrings.ContainsRune(string(b), r)
}

func bytesꞏContainsAny(b []byte, chars string) bool {
	return ꞏstrings.ContainsAny(string(b), chars)
}

func bytesꞏCount(s, sep []byte) int {
	return ꞏstrings.Count(string(s), string(sep))
}

func bytesꞏHasPrefix(s, prefix []byte) bool {
	return ꞏstrings.HasPrefix(string(s), string(prefix))
}

func bytesꞏHasSuffix(s, suffix []byte) bool {
	return ꞏstrings.HasSuffix(string(s), string(suffix))
}

func bytesꞏIndex(s, sep []byte) int {
	return ꞏstrings.Index(string(s), string(sep))
}

func bytesꞏIndexByte(b []byte, c byte) int {
	return ꞏstrings.IndexByte(string(b), c)
}

func bytesꞏIndexRune(s []byte, r rune) int {
	return ꞏstrings.IndexRune(string(s), r)
}

func bytesꞏLastIndex(s, sep []byte) int {
	return ꞏstrings.LastIndex(string(s), string(sep))
}

func bytesꞏEqualFold(s, t []byte) bool {
	return ꞏstrings.EqualFold(string(s), string(t))
}

func bytesꞏToUpper(s []byte) []byte {
	return []byte(ꞏstrings.ToUpper(string(s)))
}

func bytesꞏToLower(s []byte) []byte {
	return []byte(ꞏstrings.ToLower(string(s)))
}

func bytesꞏTrimSpace(s []byte) []byte {
	t := ꞏstrings.TrimSpace(string(s))
	if len(t) == 0 {
		return nil
	}
	return []byte(t)
}

func bytesꞏTrim(s []byte, cutset string) []byte {
	return []byte(ꞏstrings.Trim(string(s), cutset))
}

func bytesꞏTrimPrefix(s, prefix []byte) []byte {
	return []byte(ꞏstrings.TrimPrefix(string(s), string(prefix)))
}

func bytesꞏTrimSuffix(s, suffix []byte) []byte {
	return []byte(ꞏstrings.TrimSuffix(string(s), string(suffix)))
}

func bytesꞏRepeat(b []byte, count int) []byte {
	return []byte(ꞏstrings.Repeat(string(b), count))
}

func bytesꞏReplaceAll(s, old, new []byte) []byte {
	return []byte(ꞏstrings.ReplaceAll(string(s), string(old), string(new)))
}

func bytesꞏReplace(s, old, new []byte, n int) []byte {
	return []byte(ꞏstrings.Replace(string(s), string(old), string(new), n))
}

func bytesꞏclone(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

func bytesꞏSplit(s, sep []byte) [][]byte {
	return bytesꞏclone(ꞏstrings.Split(string(s), string(sep)))
}

func bytesꞏFields(s []byte) [][]byte {
	return bytesꞏclone(ꞏstrings.Fields(string(s)))
}

func bytesꞏJoin(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func bytesꞏClone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
