package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

const specPath = "../../docs/openapi.yaml"

var spec struct {
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
}

func loadSpec(t testing.TB) (*openapi3.T, routers.Router) {
	t.Helper()
	spec.once.Do(func() {
		loader := openapi3.NewLoader()
		spec.doc, spec.err = loader.LoadFromFile(specPath)
		if spec.err != nil {
			return
		}
		if spec.err = spec.doc.Validate(loader.Context); spec.err != nil {
			return
		}
		spec.router, spec.err = legacy.NewRouter(spec.doc)
	})
	if spec.err != nil {
		t.Errorf("%s: %v", specPath, spec.err)
	}
	return spec.doc, spec.router
}

func init() {
	// The page and the metrics are text; their schemas are plain strings.
	openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.FileBodyDecoder)
}

// checkSpec validates one live response against docs/openapi.yaml: a status
// the file does not list for the route, a missing required header or a body
// outside the schema fails the test. Requests to paths or methods the API
// does not have are checked against the Error schema.
func checkSpec(t testing.TB, req *http.Request, status int, header http.Header, body []byte) {
	t.Helper()
	doc, router := loadSpec(t)
	if router == nil {
		return
	}
	// Route by path alone: the file's server is 127.0.0.1:8080, tests listen elsewhere.
	routed := req.Clone(context.Background())
	routed.URL = &url.URL{Scheme: "http", Host: "127.0.0.1:8080", Path: req.URL.Path, RawQuery: req.URL.RawQuery}
	route, params, err := router.FindRoute(routed)
	if err != nil {
		if status != http.StatusNotFound && status != http.StatusMethodNotAllowed && status != http.StatusNoContent {
			t.Errorf("%s %s answered %d but the spec has no such operation: %v", req.Method, req.URL.Path, status, err)
		}
		if len(body) > 0 {
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Errorf("%s %s: body is not JSON: %v", req.Method, req.URL.Path, err)
				return
			}
			if err := doc.Components.Schemas["Error"].Value.VisitJSON(v, openapi3.EnableJSONSchema2020()); err != nil {
				t.Errorf("%s %s %d: body does not fit the Error schema: %v\n%s", req.Method, req.URL.Path, status, err, body)
			}
		}
		return
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{
			Request: routed, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc},
		},
		Status: status, Header: header, Body: io.NopCloser(bytes.NewReader(body)),
		Options: &openapi3filter.Options{IncludeResponseStatus: true},
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Errorf("%s %s answered %d outside docs/openapi.yaml: %v\nbody: %.400s", req.Method, req.URL.Path, status, err, body)
	}
}

// The error codes are a contract: the spec's enum, docs/api.md and the
// code list the same ones.
func TestErrorCodesDocumented(t *testing.T) {
	doc, _ := loadSpec(t)
	var inSpec []string
	for _, v := range doc.Components.Schemas["Error"].Value.Properties["error"].Value.Properties["code"].Value.Enum {
		inSpec = append(inSpec, v.(string))
	}
	want := append([]string(nil), ErrorCodes...)
	sort.Strings(want)
	sort.Strings(inSpec)
	if strings.Join(inSpec, ",") != strings.Join(want, ",") {
		t.Errorf("docs/openapi.yaml error codes %v, code has %v", inSpec, want)
	}
	md, err := os.ReadFile("../../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range ErrorCodes {
		if !regexp.MustCompile("\\| `" + c + "` \\|").Match(md) {
			t.Errorf("docs/api.md has no table row for error code %s", c)
		}
	}
}
