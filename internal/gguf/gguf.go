// Package gguf reads the header of a GGUF file (llama.cpp's model format:
// metadata key-value pairs and the tensor table) and writes a copy of a file
// with other metadata and the very same tensors. The tensor data is never
// decoded: it is copied byte for byte, and since tensor offsets count from
// the start of the aligned data section, the copy stays valid whatever the
// header's new length.
//
// Format (little-endian, versions 2 and 3): "GGUF", version u32, tensor
// count u64, metadata count u64; each pair a string key, a u32 value type
// and the value; each tensor a string name, u32 dimension count, u64
// dimensions, u32 type and u64 offset; zero padding to general.alignment
// (32 when absent); the tensor data. A string is a u64 length and its bytes;
// an array a u32 element type, a u64 count and the elements.
package gguf

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// Value types of metadata.
const (
	TypeUint8   uint32 = 0
	TypeInt8    uint32 = 1
	TypeUint16  uint32 = 2
	TypeInt16   uint32 = 3
	TypeUint32  uint32 = 4
	TypeInt32   uint32 = 5
	TypeFloat32 uint32 = 6
	TypeBool    uint32 = 7
	TypeString  uint32 = 8
	TypeArray   uint32 = 9
	TypeUint64  uint32 = 10
	TypeInt64   uint32 = 11
	TypeFloat64 uint32 = 12
)

// scalarSize is the encoded size of each fixed-size type.
func scalarSize(t uint32) (int, bool) {
	switch t {
	case TypeUint8, TypeInt8, TypeBool:
		return 1, true
	case TypeUint16, TypeInt16:
		return 2, true
	case TypeUint32, TypeInt32, TypeFloat32:
		return 4, true
	case TypeUint64, TypeInt64, TypeFloat64:
		return 8, true
	}
	return 0, false
}

// DefaultAlignment applies when general.alignment is absent.
const DefaultAlignment = 32

// AlignmentKey is the one metadata key the layout depends on.
const AlignmentKey = "general.alignment"

// KV is one metadata pair; Raw is its value as encoded after the type.
type KV struct {
	Key  string
	Type uint32
	Raw  []byte
}

// String returns a string value.
func (kv KV) String() (string, bool) {
	if kv.Type != TypeString || len(kv.Raw) < 8 {
		return "", false
	}
	return string(kv.Raw[8:]), true
}

// Uint returns an unsigned or non-negative signed integer value.
func (kv KV) Uint() (uint64, bool) {
	switch kv.Type {
	case TypeUint8:
		return uint64(kv.Raw[0]), true
	case TypeUint16:
		return uint64(binary.LittleEndian.Uint16(kv.Raw)), true
	case TypeUint32:
		return uint64(binary.LittleEndian.Uint32(kv.Raw)), true
	case TypeUint64:
		return binary.LittleEndian.Uint64(kv.Raw), true
	case TypeInt32:
		if v := int32(binary.LittleEndian.Uint32(kv.Raw)); v >= 0 {
			return uint64(v), true
		}
	case TypeInt64:
		if v := int64(binary.LittleEndian.Uint64(kv.Raw)); v >= 0 {
			return uint64(v), true
		}
	}
	return 0, false
}

// Float returns a float32 or float64 value.
func (kv KV) Float() (float64, bool) {
	switch kv.Type {
	case TypeFloat32:
		return float64(math.Float32frombits(binary.LittleEndian.Uint32(kv.Raw))), true
	case TypeFloat64:
		return math.Float64frombits(binary.LittleEndian.Uint64(kv.Raw)), true
	}
	return 0, false
}

// Tensor is one entry of the tensor table.
type Tensor struct {
	Name   string
	Dims   []uint64
	Type   uint32
	Offset uint64 // from the start of the data section
}

// File is a GGUF file's header.
type File struct {
	Version   uint32
	KV        []KV
	Tensors   []Tensor
	Alignment uint64
	// DataOffset is where the tensor data starts in the file; Size is the
	// file's length.
	DataOffset int64
	Size       int64
}

// Get returns the pair with key.
func (f *File) Get(key string) (KV, bool) {
	for _, kv := range f.KV {
		if kv.Key == key {
			return kv, true
		}
	}
	return KV{}, false
}

// Keys returns the metadata keys in file order.
func (f *File) Keys() []string {
	out := make([]string, len(f.KV))
	for i, kv := range f.KV {
		out[i] = kv.Key
	}
	return out
}

// ErrFormat marks a file that is not a GGUF file this package reads.
var ErrFormat = errors.New("not a GGUF file")

// Read parses the header of the GGUF file at path.
func Read(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	r := &reader{r: bufio.NewReaderSize(fh, 1<<16), size: fi.Size()}
	f, err := r.header()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// reader decodes the header, counting bytes and refusing lengths the file
// cannot hold (a corrupt length must not become a huge allocation).
type reader struct {
	r    *bufio.Reader
	pos  int64
	size int64
}

func (r *reader) read(n int64) ([]byte, error) {
	if n < 0 || n > r.size-r.pos {
		return nil, fmt.Errorf("%w: a length of %d bytes at offset %d runs past the end of the file", ErrFormat, n, r.pos)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		return nil, fmt.Errorf("%w: truncated at offset %d", ErrFormat, r.pos)
	}
	r.pos += n
	return b, nil
}

func (r *reader) u32() (uint32, error) {
	b, err := r.read(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (r *reader) u64() (uint64, error) {
	b, err := r.read(8)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

func (r *reader) str() (string, error) {
	n, err := r.u64()
	if err != nil {
		return "", err
	}
	if n > math.MaxInt64 {
		return "", fmt.Errorf("%w: string length %d", ErrFormat, n)
	}
	b, err := r.read(int64(n))
	return string(b), err
}

// value reads a value of type t and returns its encoding.
func (r *reader) value(t uint32, depth int) ([]byte, error) {
	if n, ok := scalarSize(t); ok {
		return r.read(int64(n))
	}
	switch t {
	case TypeString:
		s, err := r.str()
		if err != nil {
			return nil, err
		}
		return appendString(nil, s), nil
	case TypeArray:
		if depth > 4 {
			return nil, fmt.Errorf("%w: arrays nested too deep", ErrFormat)
		}
		et, err := r.u32()
		if err != nil {
			return nil, err
		}
		count, err := r.u64()
		if err != nil {
			return nil, err
		}
		// Every element takes at least one byte.
		if count > uint64(r.size-r.pos) {
			return nil, fmt.Errorf("%w: an array of %d elements at offset %d runs past the end of the file", ErrFormat, count, r.pos)
		}
		out := binary.LittleEndian.AppendUint32(nil, et)
		out = binary.LittleEndian.AppendUint64(out, count)
		if n, ok := scalarSize(et); ok {
			b, err := r.read(int64(count) * int64(n))
			return append(out, b...), err
		}
		for range count {
			b, err := r.value(et, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, b...)
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: unknown value type %d at offset %d", ErrFormat, t, r.pos)
}

func (r *reader) header() (*File, error) {
	magic, err := r.read(4)
	if err != nil || string(magic) != "GGUF" {
		return nil, ErrFormat
	}
	f := &File{Size: r.size, Alignment: DefaultAlignment}
	if f.Version, err = r.u32(); err != nil {
		return nil, err
	}
	if f.Version != 2 && f.Version != 3 {
		return nil, fmt.Errorf("%w: version %d (2 and 3 are read)", ErrFormat, f.Version)
	}
	nt, err := r.u64()
	if err != nil {
		return nil, err
	}
	nkv, err := r.u64()
	if err != nil {
		return nil, err
	}
	// A pair or a tensor entry takes more than 8 bytes.
	if nt > uint64(r.size)/8 || nkv > uint64(r.size)/8 {
		return nil, fmt.Errorf("%w: %d tensors and %d metadata pairs cannot fit in %d bytes", ErrFormat, nt, nkv, r.size)
	}
	for range nkv {
		var kv KV
		if kv.Key, err = r.str(); err != nil {
			return nil, err
		}
		if kv.Type, err = r.u32(); err != nil {
			return nil, err
		}
		if kv.Raw, err = r.value(kv.Type, 0); err != nil {
			return nil, fmt.Errorf("metadata %q: %w", kv.Key, err)
		}
		f.KV = append(f.KV, kv)
	}
	if kv, ok := f.Get(AlignmentKey); ok {
		a, ok := kv.Uint()
		if !ok || a == 0 || a&(a-1) != 0 {
			return nil, fmt.Errorf("%w: %s is not a power of two", ErrFormat, AlignmentKey)
		}
		f.Alignment = a
	}
	for range nt {
		var t Tensor
		if t.Name, err = r.str(); err != nil {
			return nil, err
		}
		nd, err := r.u32()
		if err != nil {
			return nil, err
		}
		if nd > 8 {
			return nil, fmt.Errorf("%w: tensor %q has %d dimensions", ErrFormat, t.Name, nd)
		}
		for range nd {
			d, err := r.u64()
			if err != nil {
				return nil, err
			}
			t.Dims = append(t.Dims, d)
		}
		if t.Type, err = r.u32(); err != nil {
			return nil, err
		}
		if t.Offset, err = r.u64(); err != nil {
			return nil, err
		}
		if t.Offset%f.Alignment != 0 {
			return nil, fmt.Errorf("%w: tensor %q is at offset %d, not a multiple of the alignment %d", ErrFormat, t.Name, t.Offset, f.Alignment)
		}
		f.Tensors = append(f.Tensors, t)
	}
	f.DataOffset = align(r.pos, f.Alignment)
	if f.DataOffset > f.Size {
		return nil, fmt.Errorf("%w: the data section starts past the end of the file", ErrFormat)
	}
	for _, t := range f.Tensors {
		if t.Offset > uint64(f.Size-f.DataOffset) {
			return nil, fmt.Errorf("%w: tensor %q starts past the end of the file", ErrFormat, t.Name)
		}
	}
	return f, nil
}

func align(n int64, a uint64) int64 {
	return (n + int64(a) - 1) / int64(a) * int64(a)
}

// Rewrite writes dst as a copy of src whose metadata holds only the pairs
// keep accepts (general.alignment is always kept: the layout depends on
// it), in src's order, and whose tensor table and tensor data are src's,
// byte for byte. It returns the keys it dropped. dst is written atomically.
func Rewrite(src, dst string, keep func(key string) bool) (dropped []string, err error) {
	f, err := Read(src)
	if err != nil {
		return nil, err
	}
	var kvs []KV
	for _, kv := range f.KV {
		if kv.Key == AlignmentKey || keep(kv.Key) {
			kvs = append(kvs, kv)
		} else {
			dropped = append(dropped, kv.Key)
		}
	}
	in, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	out, err := atomicfile.Create(dst, 0o644)
	if err != nil {
		return nil, err
	}
	if err := writeFile(out, in, f, kvs); err != nil {
		out.Abort()
		return nil, fmt.Errorf("write %s: %w", dst, err)
	}
	return dropped, out.Commit()
}

func writeFile(w io.Writer, in io.ReaderAt, f *File, kvs []KV) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var h []byte
	h = append(h, "GGUF"...)
	h = binary.LittleEndian.AppendUint32(h, f.Version)
	h = binary.LittleEndian.AppendUint64(h, uint64(len(f.Tensors)))
	h = binary.LittleEndian.AppendUint64(h, uint64(len(kvs)))
	for _, kv := range kvs {
		h = appendString(h, kv.Key)
		h = binary.LittleEndian.AppendUint32(h, kv.Type)
		h = append(h, kv.Raw...)
	}
	for _, t := range f.Tensors {
		h = appendString(h, t.Name)
		h = binary.LittleEndian.AppendUint32(h, uint32(len(t.Dims)))
		for _, d := range t.Dims {
			h = binary.LittleEndian.AppendUint64(h, d)
		}
		h = binary.LittleEndian.AppendUint32(h, t.Type)
		h = binary.LittleEndian.AppendUint64(h, t.Offset)
	}
	h = append(h, make([]byte, align(int64(len(h)), f.Alignment)-int64(len(h)))...)
	if _, err := bw.Write(h); err != nil {
		return err
	}
	n, err := io.Copy(bw, io.NewSectionReader(in, f.DataOffset, f.Size-f.DataOffset))
	if err != nil {
		return err
	}
	if n != f.Size-f.DataOffset {
		return fmt.Errorf("copied %d bytes of tensor data, want %d", n, f.Size-f.DataOffset)
	}
	return bw.Flush()
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

// SameTensors reports whether a and b have the same tensor table.
func SameTensors(a, b *File) bool {
	return slices.EqualFunc(a.Tensors, b.Tensors, func(x, y Tensor) bool {
		return x.Name == y.Name && x.Type == y.Type && x.Offset == y.Offset && slices.Equal(x.Dims, y.Dims)
	})
}
