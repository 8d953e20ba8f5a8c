package openai

import (
	"encoding/json"
	"errors"
	"math"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/domainyours/domainyours/internal/llm"
)

// buildBody renders req as the chat completions request body. Complete and
// BatchLine both use it, so a batch sends exactly what a live call would.
func buildBody(req llm.Request) (goopenai.ChatCompletionRequest, error) {
	if err := req.Validate(); err != nil {
		return goopenai.ChatCompletionRequest{}, err
	}
	msgs := make([]goopenai.ChatCompletionMessage, 0, len(req.Messages)+1)
	if req.System != "" {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleSystem, Content: req.System})
	}
	for _, m := range req.Messages {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	body := goopenai.ChatCompletionRequest{Model: req.Model, Messages: msgs, LogProbs: req.LogProbs}
	if req.Temperature != nil {
		t := float32(*req.Temperature)
		if t == 0 {
			// The SDK tags temperature omitempty, so 0 would vanish and the
			// server would sample at its default of 1. The smallest positive
			// float32 is sent as 1e-45, which servers treat as greedy.
			t = math.SmallestNonzeroFloat32
		}
		body.Temperature = t
	}
	if req.Seed != nil {
		s := int(*req.Seed)
		body.Seed = &s
	}
	if req.MaxTokens > 0 {
		// Reasoning models reject max_tokens; older compatible servers
		// know only max_tokens.
		if reasoningModel(req.Model) {
			body.MaxCompletionTokens = req.MaxTokens
		} else {
			body.MaxTokens = req.MaxTokens //nolint:staticcheck // compatible servers (Ollama, vLLM, llama-server) know only max_tokens
		}
	}
	if s := req.Schema; s != nil {
		body.ResponseFormat = &goopenai.ChatCompletionResponseFormat{
			Type: goopenai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &goopenai.ChatCompletionResponseFormatJSONSchema{
				Name:   s.Name,
				Schema: s.JSON,
				Strict: s.Strict,
			},
		}
	}
	return body, nil
}

// reasoningModel matches the model families whose API takes
// max_completion_tokens instead of max_tokens.
func reasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// batchLine is one line of an OpenAI Batch API input file.
type batchLine struct {
	CustomID string                         `json:"custom_id"`
	Method   string                         `json:"method"`
	URL      goopenai.BatchEndpoint         `json:"url"`
	Body     goopenai.ChatCompletionRequest `json:"body"`
}

// BatchLine renders req as one Batch API JSONL line (without the trailing
// newline), using req.ID as custom_id so results can be joined back by it.
func BatchLine(req llm.Request) ([]byte, error) {
	if req.ID == "" {
		return nil, &llm.Error{Class: llm.BadRequest,
			Message: "a batch line needs Request.ID: it becomes the custom_id that joins results back to rows"}
	}
	body, err := buildBody(req)
	if err != nil {
		return nil, err
	}
	return json.Marshal(batchLine{
		CustomID: req.ID,
		Method:   "POST",
		URL:      goopenai.BatchEndpointChatCompletions,
		Body:     body,
	})
}

func isJSONError(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	return errors.As(err, &syn) || errors.As(err, &typ)
}
