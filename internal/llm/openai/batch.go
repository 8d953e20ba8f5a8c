package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/domainyours/domainyours/internal/llm"
)

// MaxBatchFileBytes caps a downloaded batch output or error file. OpenAI
// accepts input files up to 200 MB; outputs of a judge run are smaller.
const MaxBatchFileBytes = 256 << 20

// Batch statuses as the Batch API reports them.
const (
	BatchValidating = "validating"
	BatchInProgress = "in_progress"
	BatchFinalizing = "finalizing"
	BatchCompleted  = "completed"
	BatchFailed     = "failed"
	BatchExpired    = "expired"
	BatchCancelling = "cancelling"
	BatchCancelled  = "cancelled"
)

// BatchStatus is the part of a batch object the orchestration needs.
type BatchStatus struct {
	ID           string
	Status       string
	OutputFileID string
	ErrorFileID  string
	Total        int
	Completed    int
	Failed       int
	// Errors are batch-level problems (an invalid input file), one line each.
	Errors []string
}

// Terminal reports whether the batch will not change any more.
func (s BatchStatus) Terminal() bool {
	switch s.Status {
	case BatchCompleted, BatchFailed, BatchExpired, BatchCancelled:
		return true
	}
	return false
}

// BatchItem is one line of a batch output or error file.
type BatchItem struct {
	CustomID string
	// Response is set for a reply that arrived, also when Err says it cannot
	// be used (its tokens were billed).
	Response llm.Response
	// Err is the item's failure as an *llm.Error, nil on success. Expired
	// items are llm.Timeout, so Retryable() says to submit them again.
	Err error
}

// BatchClient calls the Files and Batch APIs of an OpenAI-compatible server.
// Like Provider it never retries; internal/batch decides what to do next.
type BatchClient struct {
	sdk *goopenai.Client
	p   *Provider // error mapping and redaction
}

// NewBatchClient checks cfg as New does. Its HTTP client allows response
// bodies up to MaxBatchFileBytes, because output files are large.
func NewBatchClient(cfg Config) (*BatchClient, error) {
	p, err := New(cfg)
	if err != nil {
		return nil, err
	}
	sc := goopenai.DefaultConfig(cfg.APIKey)
	sc.BaseURL = cfg.apiRoot()
	sc.OrgID = cfg.Organization
	sc.HTTPClient = llm.WrapHTTPClient(cfg.HTTPClient, MaxBatchFileBytes)
	return &BatchClient{sdk: goopenai.NewClientWithConfig(sc), p: p}, nil
}

func (b *BatchClient) call(ctx context.Context, what string, f func(ctx context.Context) error) error {
	ctx, meta := llm.WithResponseMeta(ctx)
	if err := f(ctx); err != nil {
		e := b.p.mapError(ctx, err, meta, "")
		e.Message = what + ": " + e.Message
		return e
	}
	return nil
}

// sdkCall runs one SDK call through b.call (error mapping, the action in
// the message) and converts what it returned.
func sdkCall[T, R any](ctx context.Context, b *BatchClient, what string, f func(context.Context) (T, error), conv func(T) (R, error)) (R, error) {
	var v T
	err := b.call(ctx, what, func(ctx context.Context) (err error) {
		v, err = f(ctx)
		return err
	})
	if err != nil {
		var zero R
		return zero, err
	}
	return conv(v)
}

// upload uploads a JSONL file with purpose and returns its file id; file
// names the file in the messages.
func (b *BatchClient) upload(ctx context.Context, what, file, name string, jsonl []byte, purpose goopenai.PurposeType) (string, error) {
	return sdkCall(ctx, b, what, func(ctx context.Context) (goopenai.File, error) {
		return b.sdk.CreateFileBytes(ctx, goopenai.FileBytesRequest{Name: name, Bytes: jsonl, Purpose: purpose})
	}, func(f goopenai.File) (string, error) {
		if f.ID == "" {
			return "", &llm.Error{Class: llm.Malformed, Message: "the server accepted " + file + " but returned no file id"}
		}
		return f.ID, nil
	})
}

// UploadBatchInput uploads a JSONL file of BatchLine lines with purpose
// "batch" and returns its file id.
func (b *BatchClient) UploadBatchInput(ctx context.Context, name string, jsonl []byte) (string, error) {
	return b.upload(ctx, "uploading batch input "+name, "the batch input file", name, jsonl, goopenai.PurposeBatch)
}

func batchStatus(r goopenai.BatchResponse) (BatchStatus, error) { return status(r.Batch) }

// CreateBatch starts a chat-completions batch over an uploaded file with
// the 24h completion window (the only one OpenAI offers).
func (b *BatchClient) CreateBatch(ctx context.Context, fileID string, metadata map[string]string) (BatchStatus, error) {
	md := make(map[string]any, len(metadata))
	for k, v := range metadata {
		md[k] = v
	}
	return sdkCall(ctx, b, "creating a batch for file "+fileID, func(ctx context.Context) (goopenai.BatchResponse, error) {
		return b.sdk.CreateBatch(ctx, goopenai.CreateBatchRequest{
			InputFileID: fileID, Endpoint: goopenai.BatchEndpointChatCompletions, CompletionWindow: "24h", Metadata: md,
		})
	}, batchStatus)
}

// RetrieveBatch reads a batch's current status.
func (b *BatchClient) RetrieveBatch(ctx context.Context, id string) (BatchStatus, error) {
	return sdkCall(ctx, b, "reading batch "+id, func(ctx context.Context) (goopenai.BatchResponse, error) {
		return b.sdk.RetrieveBatch(ctx, id)
	}, batchStatus)
}

// CancelBatch asks the server to stop a batch; finished items stay billed
// and appear in its output file.
func (b *BatchClient) CancelBatch(ctx context.Context, id string) (BatchStatus, error) {
	return sdkCall(ctx, b, "cancelling batch "+id, func(ctx context.Context) (goopenai.BatchResponse, error) {
		return b.sdk.CancelBatch(ctx, id)
	}, batchStatus)
}

// DownloadFile returns a file's content (a batch output or error file).
func (b *BatchClient) DownloadFile(ctx context.Context, fileID string) ([]byte, error) {
	var data []byte
	err := b.call(ctx, "downloading batch file "+fileID, func(ctx context.Context) error {
		raw, err := b.sdk.GetFileContent(ctx, fileID)
		if err != nil {
			return err
		}
		defer raw.Close()
		data, err = io.ReadAll(raw)
		return err
	})
	if errors.Is(err, llm.ErrResponseTooLarge) {
		return nil, &llm.Error{Class: llm.Malformed,
			Message: fmt.Sprintf("batch file %s is larger than %d MiB", fileID, MaxBatchFileBytes>>20),
			Hint:    "submit the requests in smaller batches"}
	}
	return data, err
}

func status(b goopenai.Batch) (BatchStatus, error) {
	if b.ID == "" || b.Status == "" {
		return BatchStatus{}, &llm.Error{Class: llm.Malformed, Message: "the server's batch object has no id or status"}
	}
	s := BatchStatus{ID: b.ID, Status: b.Status, Total: b.RequestCounts.Total,
		Completed: b.RequestCounts.Completed, Failed: b.RequestCounts.Failed}
	if b.OutputFileID != nil {
		s.OutputFileID = *b.OutputFileID
	}
	if b.ErrorFileID != nil {
		s.ErrorFileID = *b.ErrorFileID
	}
	if b.Errors != nil {
		for _, e := range b.Errors.Data {
			line := llm.Clip(e.Code + ": " + e.Message)
			if e.Line != nil {
				line = fmt.Sprintf("line %d: %s", *e.Line, line)
			}
			s.Errors = append(s.Errors, line)
		}
	}
	return s, nil
}

// batchResultLine is one line of an output or error file.
type batchResultLine struct {
	CustomID string `json:"custom_id"`
	Response *struct {
		StatusCode int             `json:"status_code"`
		Body       json.RawMessage `json:"body"`
	} `json:"response"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// ParseResult decodes one output- or error-file line. A line that is not
// JSON or has no custom_id is an error of the line itself; an item that
// failed is a BatchItem with Err set.
func (b *BatchClient) ParseResult(line []byte) (BatchItem, error) {
	var l batchResultLine
	if err := json.Unmarshal(line, &l); err != nil {
		return BatchItem{}, fmt.Errorf("batch result line is not JSON: %w", err)
	}
	if l.CustomID == "" {
		return BatchItem{}, errors.New("batch result line has no custom_id")
	}
	it := BatchItem{CustomID: l.CustomID}
	switch {
	case l.Response != nil && l.Response.StatusCode == http.StatusOK:
		var out goopenai.ChatCompletionResponse
		if err := json.Unmarshal(l.Response.Body, &out); err != nil {
			it.Err = &llm.Error{Class: llm.Malformed, Status: http.StatusOK,
				Message: "batch item " + l.CustomID + ": the response body is not a chat completion"}
			return it, nil
		}
		it.Response, it.Err = mapResponse(out, 0, b.p.red)
	case l.Response != nil && l.Response.StatusCode != 0:
		var eb struct {
			Error struct {
				Message string `json:"message"`
				Type    string `json:"type"`
				Code    any    `json:"code"`
			} `json:"error"`
		}
		_ = json.Unmarshal(l.Response.Body, &eb) // a non-JSON body still has its status
		body := errorBody{status: l.Response.StatusCode, typ: eb.Error.Type, msg: eb.Error.Message}
		if eb.Error.Code != nil {
			body.code = fmt.Sprint(eb.Error.Code)
		}
		e := b.p.fromStatus(body, 0, nil, "")
		e.Message = "batch item " + l.CustomID + ": " + e.Message
		it.Err = e
	case l.Error != nil:
		it.Err = itemError(l.CustomID, l.Error.Code, l.Error.Message)
	default:
		it.Err = &llm.Error{Class: llm.Malformed, Message: "batch item " + l.CustomID + " has neither a response nor an error"}
	}
	return it, nil
}

func itemError(id, code, msg string) *llm.Error {
	e := &llm.Error{Message: llm.Clip(fmt.Sprintf("batch item %s: %s: %s", id, code, msg))}
	switch code {
	case "batch_expired":
		e.Class = llm.Timeout
		e.Hint = "the batch's 24h window ended before this item ran; it can be submitted again"
	case "batch_cancelled":
		e.Class = llm.Canceled
	case "rate_limit_exceeded":
		e.Class = llm.RateLimited
	case "insufficient_quota":
		e.Class = llm.QuotaExhausted
		e.Hint = llm.DefaultHint(llm.QuotaExhausted)
	case "server_error", "internal_error":
		e.Class = llm.ServerError
	default:
		e.Class = llm.BadRequest
	}
	return e
}
