package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

const magic = "newsgraph-tagger\x00"
const formatVersion = 2

// Save writes the model as gzip-compressed binary: header, tag set,
// transitions, then the sparse weight rows column by column (key deltas,
// row lengths, tag indices, 16-bit quantised weights), then word clusters.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { n := binary.PutUvarint(buf[:], x); bw.Write(buf[:n]) }
	sv := func(x int64) { n := binary.PutVarint(buf[:], x); bw.Write(buf[:n]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	f32 := func(f float32) { binary.Write(bw, binary.LittleEndian, math.Float32bits(f)) }

	bw.WriteString(magic)
	uv(formatVersion)
	uv(uint64(m.column))
	uv(uint64(m.nt))
	for _, t := range m.tags {
		str(t)
	}
	for _, v := range m.trans {
		f32(v)
	}
	f32(m.scale)
	nr := len(m.keys)
	uv(uint64(nr))
	prev := uint32(0)
	for _, k := range m.keys {
		uv(uint64(k - prev))
		prev = k
	}
	for _, k := range m.keys {
		_, n, _ := m.table.get(k)
		uv(uint64(n))
	}
	for _, e := range m.entries {
		bw.WriteByte(byte(e >> 16))
	}
	for _, e := range m.entries {
		sv(int64(int16(uint16(e))))
	}
	if m.clusters == nil {
		uv(0)
	} else {
		uv(uint64(len(m.clusters.words)))
		uv(clusterLevels)
		for i, wd := range m.clusters.words {
			str(wd)
			for _, id := range m.clusters.ids[i] {
				uv(uint64(id))
			}
		}
	}
	str("end")
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (m *Model, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	br := bufio.NewReader(zr)
	defer func() {
		if err != nil {
			err = fmt.Errorf("ner: load: %w", err)
		}
	}()
	var rerr error
	uv := func() uint64 {
		x, e := binary.ReadUvarint(br)
		if e != nil && rerr == nil {
			rerr = e
		}
		return x
	}
	sv := func() int64 {
		x, e := binary.ReadVarint(br)
		if e != nil && rerr == nil {
			rerr = e
		}
		return x
	}
	str := func() string {
		n := uv()
		if n > 1<<20 || rerr != nil {
			if rerr == nil {
				rerr = errors.New("string too long")
			}
			return ""
		}
		b := make([]byte, n)
		if _, e := io.ReadFull(br, b); e != nil && rerr == nil {
			rerr = e
		}
		return string(b)
	}
	f32 := func() float32 {
		var b [4]byte
		if _, e := io.ReadFull(br, b[:]); e != nil && rerr == nil {
			rerr = e
		}
		return math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
	}
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(br, mg); err != nil || string(mg) != magic {
		return nil, errors.New("not a newsgraph tagger model")
	}
	if v := uv(); v != formatVersion {
		return nil, fmt.Errorf("format version %d, want %d", v, formatVersion)
	}
	m = &Model{}
	m.column = int(uv())
	nt := uv()
	if rerr != nil || nt == 0 || nt > 255 {
		return nil, fmt.Errorf("bad tag count %d (%v)", nt, rerr)
	}
	m.nt = int(nt)
	for i := 0; i < m.nt; i++ {
		m.tags = append(m.tags, str())
	}
	m.allowed, m.iob = iobAllowed(m.tags)
	trans := make([]float32, (m.nt+1)*m.nt)
	for i := range trans {
		trans[i] = f32()
	}
	m.setTrans(trans)
	scale := f32()
	nr := uv()
	if rerr != nil || nr > 1<<28 {
		return nil, fmt.Errorf("bad row count %d (%v)", nr, rerr)
	}
	keys := make([]uint32, nr)
	prev := uint32(0)
	for i := range keys {
		prev += uint32(uv())
		keys[i] = prev
	}
	counts := make([]int, nr)
	total := 0
	for i := range counts {
		counts[i] = int(uv())
		total += counts[i]
	}
	if rerr != nil || total > 1<<30 {
		return nil, fmt.Errorf("bad weight count (%v)", rerr)
	}
	tg := make([]uint8, total)
	if _, e := io.ReadFull(br, tg); e != nil {
		return nil, e
	}
	for _, t := range tg {
		if int(t) >= m.nt {
			return nil, fmt.Errorf("tag index %d out of range", t)
		}
	}
	qv := make([]int16, total)
	for i := range qv {
		qv[i] = int16(sv())
	}
	nc := uv()
	if rerr != nil || nc > 1<<24 {
		return nil, fmt.Errorf("bad cluster count (%v)", rerr)
	}
	if nc > 0 {
		levels := uv()
		if rerr != nil || levels > clusterLevels {
			return nil, fmt.Errorf("%d cluster levels, at most %d supported (%v)", levels, clusterLevels, rerr)
		}
		words := make([]string, nc)
		ids := make([][clusterLevels]uint32, nc)
		for i := range words {
			words[i] = str()
			for l := 0; l < int(levels); l++ {
				ids[i][l] = uint32(uv())
			}
		}
		m.clusters = newClusterTable(words, ids)
	}
	if end := str(); rerr != nil || end != "end" {
		return nil, fmt.Errorf("truncated model (%v)", rerr)
	}
	if err := m.setSparse(keys, counts, tg, qv, scale); err != nil {
		return nil, err
	}
	return m, nil
}
