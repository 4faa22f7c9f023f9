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

//line bytes/buffer.go:490
func bytesꞏNewBuffer(buf []byte) *bytesꞏBuffer {
	return &bytesꞏBuffer{buf: buf}
}

//line bytes/buffer.go:498
func bytesꞏNewBufferString(s string) *bytesꞏBuffer {
	return &bytesꞏBuffer{buf: []byte(s)}
}

//line bytes/buffer.go:60
func (b *bytesꞏBuffer) Bytes() []byte {
	return b.buf[b.off:]
}

//line bytes/buffer.go:72
func (b *bytesꞏBuffer) String() string {
	if b == nil {
//line bytes/buffer.go:75
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

//line bytes/buffer.go:97
func (b *bytesꞏBuffer) Len() int {
	return len(b.buf) - b.off
}

//line bytes/buffer.go:101
func (b *bytesꞏBuffer) Cap() int {
	return cap(b.buf)
}

//line bytes/buffer.go:104
func (b *bytesꞏBuffer) Available() int {
	return cap(b.buf) - len(b.buf)
}

//line bytes/buffer.go:109
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

//line bytes/buffer.go:124
func (b *bytesꞏBuffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

//line bytes/buffer.go:182
func (b *bytesꞏBuffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf)-b.off, 2*cap(b.buf)+n)
		copy(buf, b.buf[b.off:])
		b.buf = buf
		b.off = 0
//line bytes/buffer.go:188
	}
}

//line bytes/buffer.go:193
func (b *bytesꞏBuffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
//line bytes/buffer.go:198
}

//line bytes/buffer.go:205
func (b *bytesꞏBuffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
//line bytes/buffer.go:210
}

//line bytes/buffer.go:303
func (b *bytesꞏBuffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
//line bytes/buffer.go:310
	return nil
}

//line bytes/buffer.go:317
func (b *bytesꞏBuffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	m := len(b.buf)
	b.buf = append(b.buf, string(r)...)
//line bytes/buffer.go:329
	return len(b.buf) - m, nil
}

//line bytes/buffer.go:336
func (b *bytesꞏBuffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.off >= len(b.buf) {
//line bytes/buffer.go:340
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

//line bytes/buffer.go:358
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

//line bytes/buffer.go:374
func (b *bytesꞏBuffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
//line bytes/buffer.go:377
		b.Reset()
		return 0, ioꞏEOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = -1
	return c, nil
}

//line bytes/buffer.go:391
func (b *bytesꞏBuffer) ReadRune() (r rune, size int, err error) {
	if b.off >= len(b.buf) {
//line bytes/buffer.go:394
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
//line bytes/buffer.go:407
	}
	r, n := ꞏunicodeꞏutf8.DecodeRuneInString(string(b.buf[b.off:end]))
	b.off += n
	b.lastRead = n
	return r, n, nil
}

//line bytes/buffer.go:414
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

//line bytes/buffer.go:431
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

//line bytes/buffer.go:448
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

//line bytes/buffer.go:476
func (b *bytesꞏBuffer) ReadString(delim byte) (line string, err error) {
	l, err := b.ReadBytes(delim)
	return string(l), err
}

//line bytes/buffer.go:276
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
//line bytes/buffer.go:290
		if m != nBytes {
			return n, ioꞏErrShortWrite
		}
	}
//line bytes/buffer.go:295
	b.Reset()
	return n, nil
}

//line bytes/buffer.go:224
func (b *bytesꞏBuffer) ReadFrom(r ioꞏReader) (n int64, err error) {
	b.lastRead = 0
	p := make([]byte, bytesꞏMinRead)
//line bytes/buffer.go:226
	for {
		m, e := r.Read(p)
//line bytes/buffer.go:230
		if m < 0 {
			panic(bytesꞏerrNegativeRead)
		}
		b.buf = append(b.buf, p[:m]...)
//line bytes/buffer.go:235
		n += int64(m)
		if e == ioꞏEOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

//line bytes/bytes.go:20
func bytesꞏEqual(a, b []byte) bool {
//line bytes/bytes.go:22
	return string(a) == string(b)
}

//line bytes/bytes.go:28
func bytesꞏCompare(a, b []byte) int {
	return ꞏstrings.Compare(string(a), string(b))
}

//line bytes/bytes.go:77
func bytesꞏContains(b, subslice []byte) bool {
	return ꞏstrings.Contains(string(b), string(subslice))
}

//line bytes/bytes.go:87
func bytesꞏContainsRune(b []byte, r rune) bool {
	return ꞏstrings.ContainsRune(string(b), r)
}

//line bytes/bytes.go:82
func bytesꞏContainsAny(b []byte, chars string) bool {
	return ꞏstrings.ContainsAny(string(b), chars)
}

//line bytes/bytes.go:57
func bytesꞏCount(s, sep []byte) int {
	return ꞏstrings.Count(string(s), string(sep))
//line bytes/bytes.go:61
}

//line bytes/bytes.go:584
func bytesꞏHasPrefix(s, prefix []byte) bool {
	return ꞏstrings.HasPrefix(string(s), string(prefix))
}

//line bytes/bytes.go:589
func bytesꞏHasSuffix(s, suffix []byte) bool {
	return ꞏstrings.HasSuffix(string(s), string(suffix))
}

//line bytes/bytes.go:1288
func bytesꞏIndex(s, sep []byte) int {
	return ꞏstrings.Index(string(s), string(sep))
//line bytes/bytes.go:1298
}

//line bytes/bytes.go:98
func bytesꞏIndexByte(b []byte, c byte) int {
	return ꞏstrings.IndexByte(string(b), c)
}

//line bytes/bytes.go:131
func bytesꞏIndexRune(s []byte, r rune) int {
	return ꞏstrings.IndexRune(string(s), r)
//line bytes/bytes.go:141
}

//line bytes/bytes.go:103
func bytesꞏLastIndex(s, sep []byte) int {
	return ꞏstrings.LastIndex(string(s), string(sep))
//line bytes/bytes.go:113
}

//line bytes/bytes.go:1213
func bytesꞏEqualFold(s, t []byte) bool {
	return ꞏstrings.EqualFold(string(s), string(t))
//line bytes/bytes.go:1221
}

//line bytes/bytes.go:679
func bytesꞏToUpper(s []byte) []byte {
	return []byte(ꞏstrings.ToUpper(string(s)))
//line bytes/bytes.go:686
}

//line bytes/bytes.go:710
func bytesꞏToLower(s []byte) []byte {
	return []byte(ꞏstrings.ToLower(string(s)))
//line bytes/bytes.go:717
}

//line bytes/bytes.go:1111
func bytesꞏTrimSpace(s []byte) []byte {
	t := ꞏstrings.TrimSpace(string(s))
	if len(t) == 0 {
//line bytes/bytes.go:1139
		return nil
	}
	return []byte(t)
}

//line bytes/bytes.go:987
func bytesꞏTrim(s []byte, cutset string) []byte {
	return []byte(ꞏstrings.Trim(string(s), cutset))
//line bytes/bytes.go:991
}

//line bytes/bytes.go:866
func bytesꞏTrimPrefix(s, prefix []byte) []byte {
	return []byte(ꞏstrings.TrimPrefix(string(s), string(prefix)))
//line bytes/bytes.go:869
}

//line bytes/bytes.go:875
func bytesꞏTrimSuffix(s, suffix []byte) []byte {
	return []byte(ꞏstrings.TrimSuffix(string(s), string(suffix)))
//line bytes/bytes.go:878
}

//line bytes/bytes.go:629
func bytesꞏRepeat(b []byte, count int) []byte {
	return []byte(ꞏstrings.Repeat(string(b), count))
//line bytes/bytes.go:632
}

//line bytes/bytes.go:1206
func bytesꞏReplaceAll(s, old, new []byte) []byte {
	return []byte(ꞏstrings.ReplaceAll(string(s), string(old), string(new)))
}

//line bytes/bytes.go:1162
func bytesꞏReplace(s, old, new []byte, n int) []byte {
	return []byte(ꞏstrings.Replace(string(s), string(old), string(new), n))
//line bytes/bytes.go:1167
}

//line bytes/bytes.go:0
func bytesꞏclone(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

//line bytes/bytes.go:429
func bytesꞏSplit(s, sep []byte) [][]byte {
	return bytesꞏclone(ꞏstrings.Split(string(s), string(sep)))
}

//line bytes/bytes.go:447
func bytesꞏFields(s []byte) [][]byte {
	return bytesꞏclone(ꞏstrings.Fields(string(s)))
//line bytes/bytes.go:460
}

//line bytes/bytes.go:551
func bytesꞏJoin(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
//line bytes/bytes.go:558
		}
		b = append(b, v...)
//line bytes/bytes.go:564
	}
//line bytes/bytes.go:580
	return b
}

//line bytes/bytes.go:1391
func bytesꞏClone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}
