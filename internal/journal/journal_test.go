package journal

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

type row struct {
	Names []string `json:"names"`
	Score float64  `json:"score"`
}

func TestPutGetReopen(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	j, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	j.Put("row-1", row{Names: []string{"loafly"}, Score: 0.5})
	j.Put(`key with "quotes" ,"v": inside`, row{Score: 1})
	j.Put("row-1", row{Names: []string{"crumbhaus"}, Score: 0.9}) // last write wins
	j.Close()

	j, err = Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var r row
	if ok, err := j.Get("row-1", &r); !ok || err != nil || r.Names[0] != "crumbhaus" || r.Score != 0.9 {
		t.Fatalf("Get row-1 = %+v %v %v", r, ok, err)
	}
	if ok, _ := j.Get(`key with "quotes" ,"v": inside`, &r); !ok || r.Score != 1 {
		t.Fatalf("odd key lost: %+v", r)
	}
	if ok, _ := j.Get("absent", &r); ok {
		t.Fatal("absent key found")
	}
	if j.Len() != 2 || strings.Join(j.Keys(), "|") != `row-1|key with "quotes" ,"v": inside` {
		t.Fatalf("keys = %q", j.Keys())
	}
}

func TestTornTailIsCutOff(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	j, _ := Open(p)
	j.Put("a", 1)
	j.Put("b", 2)
	j.Close()
	// A crash mid-write leaves half a line without its newline.
	f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"k":"c","v":{"half`)
	f.Close()

	j, err := Open(p)
	if err != nil {
		t.Fatalf("a torn tail must be repaired, got %v", err)
	}
	if j.Len() != 2 || j.Has("c") {
		t.Fatalf("keys after repair: %v", j.Keys())
	}
	if err := j.Put("c", 3); err != nil {
		t.Fatal(err)
	}
	j.Close()
	j, _ = Open(p)
	defer j.Close()
	var v int
	if ok, _ := j.Get("c", &v); !ok || v != 3 {
		t.Fatalf("record after repair: %v %v", ok, v)
	}
}

func TestDamageBeforeTheEndIsAnError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	os.WriteFile(p, []byte("{\"k\":\"a\",\"v\":1}\ngarbage\n{\"k\":\"b\",\"v\":2}\n"), 0o644)
	if _, err := Open(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("want an error naming the file, got %v", err)
	}
}

func TestConcurrentPuts(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	j, _ := Open(p)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				if err := j.Put(fmt.Sprintf("w%d-%d", w, i), map[string]int{"i": i}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	j.Close()
	j, _ = Open(p)
	defer j.Close()
	if j.Len() != 200 {
		t.Fatalf("got %d records, want 200", j.Len())
	}
	var m map[string]int
	if ok, _ := j.Get("w7-24", &m); !ok || m["i"] != 24 {
		t.Fatalf("w7-24 = %v", m)
	}
}

func TestLongRecord(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	j, _ := Open(p)
	big := strings.Repeat("x", 200<<10)
	j.Put("big", big)
	j.Put("small", "y")
	j.Close()
	j, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var s string
	if ok, _ := j.Get("big", &s); !ok || s != big {
		t.Fatal("long record not read back")
	}
}

func BenchmarkPut(b *testing.B) {
	j, _ := Open(filepath.Join(b.TempDir(), "run.journal"))
	defer j.Close()
	v := row{Names: []string{"loafly", "crumbhaus", "oventide", "lyonbake", "ryeandrise"}, Score: 0.8}
	for i := 0; b.Loop(); i++ {
		j.Put(fmt.Sprintf("row-%d", i), v)
	}
}
