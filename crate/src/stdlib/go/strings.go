// Package strings' types and its functions that call a function (Go 1.27's
// strings/builder.go, reader.go, replace.go, strings.go). The other
// functions are rows (strings.rs).

type stringsꞏBuilder struct {
	buf []byte
}

//line strings/builder.go:46
func (b *stringsꞏBuilder) String() string {
	return string(b.buf)
}

//line strings/builder.go:51
func (b *stringsꞏBuilder) Len() int {
	return len(b.buf)
}

//line strings/builder.go:56
func (b *stringsꞏBuilder) Cap() int {
	return cap(b.buf)
}

//line strings/builder.go:59
func (b *stringsꞏBuilder) Reset() {
//line strings/builder.go:61
	b.buf = nil
}

//line strings/builder.go:75
func (b *stringsꞏBuilder) Grow(n int) {
//line strings/builder.go:77
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
//line strings/builder.go:82
	}
}

//line strings/builder.go:87
func (b *stringsꞏBuilder) Write(p []byte) (int, error) {
//line strings/builder.go:89
	b.buf = append(b.buf, p...)
	return len(p), nil
}

//line strings/builder.go:95
func (b *stringsꞏBuilder) WriteByte(c byte) error {
//line strings/builder.go:97
	b.buf = append(b.buf, c)
	return nil
}

//line strings/builder.go:103
func (b *stringsꞏBuilder) WriteRune(r rune) (int, error) {
//line strings/builder.go:105
	n := len(b.buf)
	b.buf = append(b.buf, string(r)...)
	return len(b.buf) - n, nil
}

//line strings/builder.go:112
func (b *stringsꞏBuilder) WriteString(s string) (int, error) {
//line strings/builder.go:114
	b.buf = append(b.buf, s...)
	return len(s), nil
}

type stringsꞏReader struct {
	s        string
	i        int64
	prevRune int
}

//line strings/reader.go:156
func stringsꞏNewReader(s string) *stringsꞏReader {
	return &stringsꞏReader{s, 0, -1}
}

//line strings/reader.go:25
func (r *stringsꞏReader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

//line strings/reader.go:36
func (r *stringsꞏReader) Size() int64 {
	return int64(len(r.s))
}

//line strings/reader.go:39
func (r *stringsꞏReader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, ioꞏEOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

//line strings/reader.go:66
func (r *stringsꞏReader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, ioꞏEOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

//line strings/reader.go:77
func (r *stringsꞏReader) UnreadByte() error {
	if r.i <= 0 {
		return ꞏerrors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

//line strings/reader.go:87
func (r *stringsꞏReader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, ioꞏEOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < 0x80 {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = ꞏunicodeꞏutf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

//line strings/reader.go:99
func (r *stringsꞏReader) UnreadRune() error {
	if r.i <= 0 {
		return ꞏerrors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return ꞏerrors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

//line strings/reader.go:133
func (r *stringsꞏReader) WriteTo(w ioꞏWriter) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := ioꞏWriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = ioꞏErrShortWrite
	}
	return
}

//line strings/reader.go:152
func (r *stringsꞏReader) Reset(s string) {
	*r = stringsꞏReader{s, 0, -1}
}

// A Replacer replaces, scanning the string once, at each position the
// first of its old strings (in argument order) that matches there, as Go's
// generic replacer does (its faster forms give the same results).
type stringsꞏReplacer struct {
	oldnew []string
}

//line strings/replace.go:32
func stringsꞏNewReplacer(oldnew ...string) *stringsꞏReplacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &stringsꞏReplacer{append([]string(nil), oldnew...)}
}

//line strings/replace.go:95
func (r *stringsꞏReplacer) Replace(s string) string {
	var b []byte
	last := 0
	// The empty old string matches at every position (and at the end).
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if len(old) <= len(s)-i && s[i:i+len(old)] == old {
				b = append(b, s[last:i]...)
				b = append(b, r.oldnew[k+1]...)
				if len(old) == 0 {
					if i < len(s) {
						b = append(b, s[i])
//line strings/replace.go:98
					}
					i++
				} else {
					i += len(old)
				}
				last = i
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	if last == 0 && b == nil {
		return s
	}
	if last < len(s) {
		b = append(b, s[last:]...)
	}
	return string(b)
}

//line strings/replace.go:101
func (r *stringsꞏReplacer) WriteString(w ioꞏWriter, s string) (n int, err error) {
	return ioꞏWriteString(w, r.Replace(s))
//line strings/replace.go:104
}

//line strings/strings.go:513
func stringsꞏMap(mapping func(rune) rune, s string) string {
	var b []byte
//line strings/strings.go:553
	for _, c := range s {
		r := mapping(c)
//line strings/strings.go:556
		if r >= 0 {
			b = append(b, string(r)...)
//line strings/strings.go:565
		}
	}
	return string(b)
//line strings/strings.go:567
}

//line strings/strings.go:897
func stringsꞏIndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
//line strings/strings.go:899
		}
	}
	return -1
}

//line strings/strings.go:903
func stringsꞏLastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := ꞏunicodeꞏutf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
//line strings/strings.go:905
		}
	}
	return -1
}

//line strings/strings.go:78
func stringsꞏContainsFunc(s string, f func(rune) bool) bool {
	return stringsꞏIndexFunc(s, f) >= 0
}

//line strings/strings.go:868
func stringsꞏTrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
//line strings/strings.go:873
			return s[i:]
		}
	}
	return ""
}

//line strings/strings.go:878
func stringsꞏTrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := ꞏunicodeꞏutf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
//line strings/strings.go:885
		}
		i -= size
	}
	return s[:i]
}

//line strings/strings.go:891
func stringsꞏTrimFunc(s string, f func(rune) bool) string {
	return stringsꞏTrimRightFunc(stringsꞏTrimLeftFunc(s, f), f)
}

//line strings/strings.go:422
func stringsꞏFieldsFunc(s string, f func(rune) bool) []string {
	var out []string
//line strings/strings.go:435
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
//line strings/strings.go:444
			}
		} else if start < 0 {
			start = i
//line strings/strings.go:448
		}
	}
//line strings/strings.go:453
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
//line strings/strings.go:461
}
