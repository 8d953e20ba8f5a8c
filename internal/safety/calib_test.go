package safety

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/domainyours/domainyours/internal/domain"
)

func BenchmarkCalib(b *testing.B) {
	s := benchDescriptions[4]
	b.Run("lower", func(b *testing.B) {
		for b.Loop() {
			_ = strings.ToLower(s + "X")
		}
	})
	b.Run("nfkc", func(b *testing.B) {
		for b.Loop() {
			_ = norm.NFD.String(norm.NFKC.String(s))
		}
	})
	b.Run("strip", func(b *testing.B) {
		for b.Loop() {
			_ = domain.StripInvisible(s)
		}
	})
	b.Run("prepare", func(b *testing.B) {
		for b.Loop() {
			_ = prepare(s)
		}
	})
	b.Run("split", func(b *testing.B) {
		buf := prepare(s)
		for b.Loop() {
			_ = splitWords(buf)
		}
	})
	b.Run("tokenize", func(b *testing.B) {
		for b.Loop() {
			_ = tokenize(s)
		}
	})
	b.Run("analyse", func(b *testing.B) {
		for b.Loop() {
			_ = analyse(s)
		}
	})
}
