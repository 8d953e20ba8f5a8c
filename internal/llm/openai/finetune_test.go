package openai

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// eventLog serves a job's events the way the fine-tuning API does: newest
// first, limit per page, `after` naming the last event of the previous page,
// has_more while older events remain.
type eventLog struct {
	mu     sync.Mutex
	n      int // events ev-1 (oldest) .. ev-n
	pages  int
	stuck  bool // always answers has_more with the same page
	limits []string
}

func (l *eventLog) add(n int) {
	l.mu.Lock()
	l.n += n
	l.mu.Unlock()
}

func (l *eventLog) serve(w http.ResponseWriter, r *http.Request) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pages++
	l.limits = append(l.limits, r.URL.Query().Get("limit"))
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = 20
	}
	top := l.n // the newest event the page starts from
	if a := r.URL.Query().Get("after"); a != "" && !l.stuck {
		k, _ := strconv.Atoi(strings.TrimPrefix(a, "ev-"))
		top = k - 1
	}
	data := []map[string]any{}
	for k := top; k >= 1 && len(data) < limit; k-- {
		data = append(data, map[string]any{"object": "fine_tuning.job.event", "id": fmt.Sprintf("ev-%d", k),
			"created_at": 1764900000 + k, "level": "info", "message": fmt.Sprintf("Step %d: training loss=1.0", k), "type": "metrics"})
	}
	more := top-len(data) >= 1 || l.stuck
	openaitest.WriteJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data, "has_more": more})
}

func newFineTuneClient(t *testing.T, srv *openaitest.Server) *FineTuneClient {
	t.Helper()
	c, err := NewFineTuneClient(Config{BaseURL: srv.BaseURL(), APIKey: canaryKey})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ids(events []FineTuneEvent) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return out
}

func TestEventsSinceFollowsPagesToTheLastSeenEvent(t *testing.T) {
	srv := openaitest.New(t)
	log := &eventLog{}
	srv.Handle("GET /fine_tuning/jobs/ftjob-1/events", log.serve)
	c := newFineTuneClient(t, srv)
	ctx := context.Background()

	log.add(250)
	events, cut, err := c.EventsSince(ctx, "ftjob-1", "")
	if err != nil || cut {
		t.Fatalf("first read: cut=%v err=%v", cut, err)
	}
	if len(events) != 250 || events[0].ID != "ev-1" || events[249].ID != "ev-250" {
		t.Fatalf("first read gave %d events from %v to %v, want ev-1 .. ev-250 oldest first",
			len(events), events[0].ID, events[len(events)-1].ID)
	}
	if log.pages != 3 {
		t.Errorf("250 events took %d pages, want 3 of %d", log.pages, eventPage)
	}

	log.add(130) // more than one page arrived between two polls
	events, cut, err = c.EventsSince(ctx, "ftjob-1", "ev-250")
	if err != nil || cut {
		t.Fatalf("second read: cut=%v err=%v", cut, err)
	}
	got := ids(events)
	if len(got) != 130 || got[0] != "ev-251" || got[129] != "ev-380" {
		t.Fatalf("second read gave %d events (%v ... %v), want ev-251 .. ev-380", len(got), got[0], got[len(got)-1])
	}
	events, _, err = c.EventsSince(ctx, "ftjob-1", "ev-380")
	if err != nil || len(events) != 0 {
		t.Fatalf("a read with nothing new gave %v, err %v", ids(events), err)
	}
}

func TestEventsSinceStopsAtThePageBound(t *testing.T) {
	srv := openaitest.New(t)
	log := &eventLog{stuck: true, n: 5}
	srv.Handle("GET /fine_tuning/jobs/ftjob-1/events", log.serve)
	events, cut, err := newFineTuneClient(t, srv).EventsSince(context.Background(), "ftjob-1", "ev-0")
	if err != nil || !cut {
		t.Fatalf("a server that always says has_more: cut=%v err=%v, want cut", cut, err)
	}
	if log.pages != maxEventPages {
		t.Errorf("read %d pages, want the bound %d", log.pages, maxEventPages)
	}
	if len(events) != 5*maxEventPages {
		t.Errorf("got %d events, want every event read (%d)", len(events), 5*maxEventPages)
	}
}

func TestEventsSinceErrorsAreClassifiedAndRedacted(t *testing.T) {
	for _, tc := range []struct {
		name      string
		write     func(w http.ResponseWriter)
		class     llm.Class
		retryable bool
	}{
		{"rate limited", func(w http.ResponseWriter) {
			apiError(w, http.StatusTooManyRequests, "requests", "rate_limit_exceeded", "slow down, "+canaryKey, "Retry-After", "7")
		}, llm.RateLimited, true},
		{"server error page", func(w http.ResponseWriter) {
			rawError(w, http.StatusBadGateway, "<html>bad gateway "+canaryKey+"</html>")
		}, llm.ServerError, true},
		{"unknown job", func(w http.ResponseWriter) {
			apiError(w, http.StatusNotFound, "invalid_request_error", "", "No such fine-tuning job")
		}, llm.BadRequest, false},
		{"not JSON", func(w http.ResponseWriter) {
			openaitest.Raw{Status: http.StatusOK, ContentType: "text/plain", Body: "ok " + canaryKey}.Write(w, nil)
		}, llm.Malformed, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := openaitest.New(t)
			srv.Handle("GET /fine_tuning/jobs/ftjob-1/events", func(w http.ResponseWriter, _ *http.Request) { tc.write(w) })
			_, _, err := newFineTuneClient(t, srv).EventsSince(context.Background(), "ftjob-1", "")
			var le *llm.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T), want *llm.Error", err, err)
			}
			if le.Class != tc.class || le.Retryable() != tc.retryable {
				t.Errorf("class %v retryable %v, want %v %v (%v)", le.Class, le.Retryable(), tc.class, tc.retryable, err)
			}
			if !strings.HasPrefix(le.Message, "reading the events of fine-tuning job ftjob-1: ") {
				t.Errorf("message %q does not say what was being read", le.Message)
			}
			if tc.class == llm.RateLimited && le.RetryAfter.Seconds() != 7 {
				t.Errorf("RetryAfter %v, want the server's 7s", le.RetryAfter)
			}
			if s := fmt.Sprintf("%v %s %+v", err, le.Hint, le); strings.Contains(s, canaryKey) {
				t.Errorf("the API key leaked: %s", s)
			}
		})
	}
}
