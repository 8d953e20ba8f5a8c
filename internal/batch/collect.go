package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
)

// collect joins a finished batch's output back to its requests.
func (r *runner) collect(ctx context.Context, b *active) error {
	st := b.status
	switch st.Status {
	case openai.BatchFailed:
		msg := "no reason given"
		if len(st.Errors) > 0 {
			msg = st.Errors[0]
			if len(st.Errors) > 1 {
				msg += fmt.Sprintf(" (and %d more)", len(st.Errors)-1)
			}
		}
		return fmt.Errorf("the server rejected batch %s: %s; fix the input and run again", st.ID, msg)
	case openai.BatchCancelled:
		return fmt.Errorf("batch %s was cancelled before it finished; run again to submit the unfinished items", st.ID)
	}
	seen := map[string]bool{}
	for _, fileID := range []string{st.OutputFileID, st.ErrorFileID} {
		if fileID == "" {
			continue
		}
		var data []byte
		if err := r.retry(ctx, func() (err error) {
			data, err = r.api.DownloadFile(ctx, fileID)
			return err
		}); err != nil {
			return err
		}
		for line := range bytes.Lines(data) {
			line = bytes.TrimSpace(line)
			if len(line) == 0 {
				continue
			}
			if err := r.item(b, line, seen); err != nil {
				return err
			}
		}
	}
	for _, id := range b.ids {
		delete(r.inFlight, id)
		if r.pending[id] && !seen[id] {
			r.lastErr[id] = &llm.Error{Class: llm.Timeout,
				Message: fmt.Sprintf("batch %s (%s) returned no line for item %s", st.ID, st.Status, id)}
		}
	}
	if j := r.opts.Journal; j != nil {
		if err := j.Put("done:"+st.ID, true); err != nil {
			return fmt.Errorf("recording batch %s as collected in the journal: %w", st.ID, err)
		}
	}
	r.progress()
	return nil
}

func (r *runner) item(b *active, line []byte, seen map[string]bool) error {
	it, err := r.api.ParseResult(line)
	if err != nil {
		r.sum.BadLines++
		r.opts.Logger.Warn("unreadable batch result line", "batch", b.status.ID, "error", err)
		return nil
	}
	q, known := r.reqs[it.CustomID]
	if !known || !b.idSet[it.CustomID] {
		r.sum.Unknown++
		return nil
	}
	if seen[it.CustomID] {
		r.sum.Duplicates++
		return nil
	}
	seen[it.CustomID] = true
	r.sum.Usage = r.sum.Usage.Add(it.Response.Usage)
	if !r.pending[it.CustomID] {
		return nil
	}
	res := r.results[it.CustomID]
	res.Response = it.Response
	if it.Err == nil && q.Schema != nil {
		raw, derr := llm.DecodeReply(q.Schema, it.Response.Text)
		if derr != nil {
			it.Err = derr
		} else {
			res.Response.JSON = raw
		}
	}
	if it.Err == nil {
		res.Err = nil
		delete(r.pending, it.CustomID)
		delete(r.lastErr, it.CustomID)
		r.sum.Succeeded++
		if j := r.opts.Journal; j != nil {
			s := stored{Text: it.Response.Text, Model: it.Response.Model, FinishReason: it.Response.FinishReason, Usage: it.Response.Usage}
			if err := j.Put("ok:"+it.CustomID, s); err != nil {
				return fmt.Errorf("recording item %s in the journal: %w", it.CustomID, err)
			}
		}
		return nil
	}
	var le *llm.Error
	if errors.As(it.Err, &le) && le.Retryable() {
		r.lastErr[it.CustomID] = it.Err // stays pending: submitted again if rounds remain
		return nil
	}
	res.Err = it.Err
	delete(r.pending, it.CustomID)
	r.sum.Failed++
	return nil
}
