package trainer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/llm/openai"
)

// scriptedTuner answers poll k (1-based) with the job running and the k-th
// batch of new events, and with the job succeeded at the last poll.
type scriptedTuner struct {
	FineTuner // the calls follow does not make
	polls     [][]openai.FineTuneEvent
	n         int
	since     []string
}

func (s *scriptedTuner) RetrieveJob(context.Context, string) (openai.FineTuneJob, error) {
	s.n++
	status := openai.JobRunning
	if s.n == len(s.polls) {
		status = openai.JobSucceeded
	}
	return openai.FineTuneJob{ID: "ftjob-1", Status: status}, nil
}

func (s *scriptedTuner) EventsSince(_ context.Context, _, since string) ([]openai.FineTuneEvent, bool, error) {
	s.since = append(s.since, since)
	return s.polls[s.n-1], false, nil
}

// Each poll asks only for what came after the newest event printed, and
// every event is printed once; events without an id (a server that sends
// none) are printed once all the same.
func TestFollowPrintsEachEventOnce(t *testing.T) {
	noID := openai.FineTuneEvent{CreatedAt: 40, Message: "an event without an id"}
	tuner := &scriptedTuner{polls: [][]openai.FineTuneEvent{
		{{ID: "ev-1", CreatedAt: 10, Message: "Validating training file: file-1"}, {ID: "ev-2", CreatedAt: 20, Message: "Fine-tuning job started"}},
		{},
		{{ID: "ev-3", CreatedAt: 30, Message: "Step 1/4: training loss=1.5"}, noID},
		{noID},
	}}
	var log strings.Builder
	j, err := follow(context.Background(), Config{Version: "v1", Log: &log}, OpenAIJob{Client: tuner}, "ftjob-1")
	if err != nil || j.Status != openai.JobSucceeded {
		t.Fatalf("follow: %v, %+v", err, j)
	}
	if want := []string{"", "ev-2", "ev-2", "ev-3"}; !slices.Equal(tuner.since, want) {
		t.Errorf("polls asked for events since %q, want %q", tuner.since, want)
	}
	for _, msg := range []string{"Validating training file: file-1", "Fine-tuning job started", "an event without an id"} {
		if n := strings.Count(log.String(), msg); n != 1 {
			t.Errorf("%q printed %d times, want once:\n%s", msg, n, log.String())
		}
	}
	if strings.Contains(log.String(), "Step 1/4") {
		t.Errorf("a metrics event was printed instead of feeding the progress display:\n%s", log.String())
	}
}
