package suggestion

import (
	"context"
	"errors"

	"github.com/domainyours/domainyours/internal/namegen"
)

// Builtin is the offline backend over internal/namegen: no network, no model,
// deterministic for a seed.
type Builtin struct {
	gen *namegen.Generator
}

// NewBuiltin returns the built-in backend.
func NewBuiltin() *Builtin { return &Builtin{gen: namegen.New()} }

// Name implements Backend.
func (b *Builtin) Name() string { return "builtin" }

// Generate implements Backend.
func (b *Builtin) Generate(ctx context.Context, req Request) (Reply, error) {
	cands, err := b.gen.Generate(req.Description, namegen.Options{Count: req.Count, Seed: req.Seed})
	var short *namegen.ShortList
	var shortfall *Shortfall
	if errors.As(err, &short) && len(cands) > 0 {
		// The description's constraints left fewer names than asked: the
		// names that meet them, and why there are no more.
		shortfall = &Shortfall{Found: short.Found, Requested: short.Asked, LimitedBy: short.Limits, Message: short.Note()}
		err = nil
	}
	if err != nil {
		return Reply{}, builtinInputError(err)
	}
	out := make([]Candidate, len(cands))
	for i, c := range cands {
		out[i] = Candidate{Name: c.Name, Score: c.Score}
	}
	return Reply{Candidates: out, Shortfall: shortfall, MarksAvoided: true}, nil
}

// builtinInputError turns what the offline generator cannot do with a
// description into bad input (exit 2) with the next step, so no description
// makes suggest fail as if the program were broken (exit 1).
func builtinInputError(err error) error {
	switch {
	case errors.Is(err, namegen.ErrEmptyDescription):
		return inputError("the offline generator found no words it can read in the description (it reads " +
			"Latin letters); describe the business in words written in Latin letters, or use --backend ollama or openai")
	case errors.Is(err, namegen.ErrImpossibleConstraint):
		return inputError(err.Error() + "; relax the naming constraints in the description")
	case errors.Is(err, namegen.ErrTooFewNames):
		return inputError(err.Error()) // it already names the next step
	case errors.Is(err, namegen.ErrDescriptionTooLong):
		return inputError(err.Error() + "; shorten the description")
	}
	return err
}
