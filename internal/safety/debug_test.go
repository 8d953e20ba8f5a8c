package safety

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	f, err := os.Open("/tmp/safety_dbg.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		a := analyse(line)
		v := Classify(line)
		fmt.Printf("%v %s %v\n  %q\n", v.Appropriate, v.Category, v.Matched, line)
		for _, tg := range a.tags {
			fmt.Printf("    [%d-%d s%d c%d m%v] %q\n", tg.pos, tg.end, tg.sentence, tg.clause, tg.masked, tg.text)
		}
	}
}
