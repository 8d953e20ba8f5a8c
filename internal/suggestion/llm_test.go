package suggestion

import (
	"context"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// openAIService is the real suggestion path (service, LLM backend, client,
// schema, OpenAI adapter) over a fake server that answers every chat
// request with content.
func openAIService(t *testing.T, content string) *Service {
	t.Helper()
	f := openaitest.New(t)
	f.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Completion{Content: content, Model: "m1", PromptTokens: 50, CompletionTokens: 20}
	})
	p, err := openai.New(openai.Config{BaseURL: f.BaseURL(), APIKey: "test-key"})
	if err != nil {
		t.Fatal(err)
	}
	c, err := llm.NewClient(p, llm.Config{MaxAttempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	return New(NewLLM("openai", c, "m1", nil))
}

// TestModelReplyWithNamesAndRefusalIsARefusal: the schema asks for names or
// a refusal category, never both; a reply with both is the model's refusal
// and its names are not shown (they were, as a normal answer).
func TestModelReplyWithNamesAndRefusalIsARefusal(t *testing.T) {
	for _, reply := range []string{
		`{"domains":["ovenly","crumbco","loafable","bakeria","ryelight"],"refusal":"illegal_drugs"}`,
		`{"domains":[],"refusal":"illegal_drugs"}`,
	} {
		svc := openAIService(t, reply)
		res, err := svc.Suggest(context.Background(), Request{Description: "a bakery in Lyon"})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Refused || res.RefusedBy != "model" || res.Category != "illegal_drugs" || len(res.Suggestions) != 0 {
			t.Fatalf("reply %s: result = %+v, want the model's refusal and no names", reply, res)
		}
	}
}

// TestModelNamesThatImitateMarksAreDropped: a model's name that is, carries
// or imitates a famous mark (a digit for a look-alike letter, one letter
// doubled or changed) is dropped and counted like any invalid name, unless
// the description asks for that word itself.
func TestModelNamesThatImitateMarksAreDropped(t *testing.T) {
	svc := openAIService(t, `{"domains":["paypal","paypa1","gooogle","amazonn","netflixx","gooogleloaf","crumbly"],"refusal":""}`)
	for _, desc := range []string{"a bakery in Lyon", "a payment app like paypal"} {
		res, err := svc.Suggest(context.Background(), Request{Description: desc, Count: 7})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Suggestions) != 1 || res.Suggestions[0].Name != "crumbly" {
			t.Errorf("%q: suggestions = %v, want only crumbly", desc, res.Suggestions)
		}
		marks := 0
		for _, d := range res.Dropped {
			if d.Reason == domain.ReasonMark {
				marks++
			}
		}
		if marks != 6 {
			t.Errorf("%q: %d names dropped as marks, want 6 (dropped: %v)", desc, marks, res.Dropped)
		}
	}

	// A word the description asks every name to carry is the founder's.
	svc = openAIService(t, `{"domains":["mielecasa","mieleikea","favomiele"],"refusal":""}`)
	res, err := svc.Suggest(context.Background(), Request{Description: `an Italian honey shop; the name must contain the word "miele"`, Count: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Suggestions {
		got = append(got, s.Name)
	}
	if strings.Join(got, ",") != "mielecasa,favomiele" {
		t.Errorf("suggestions = %v, want mielecasa,favomiele (mieleikea carries ikea beside the asked word)", got)
	}
}
