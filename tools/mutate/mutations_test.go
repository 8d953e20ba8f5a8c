//go:build mutate

package mutate

// mutation applies its edits and expects at least one of Tests to fail.
type mutation struct {
	Name   string
	Breaks string // the promise the mutation breaks
	Edits  []edit
	Tests  []target
}

// edit replaces Old, which must occur exactly once in File, with New.
type edit struct{ File, Old, New string }

// target is one `go test` invocation.
type target struct {
	Pkg string
	Run string // -run pattern; empty runs the whole package
}

func (t target) String() string {
	if t.Run == "" {
		return t.Pkg
	}
	return t.Pkg + " -run " + t.Run
}

var (
	canary       = target{"./cmd/domainyours", "^TestCanaryKeyNeverLeaks$"}
	cliReal      = target{"./cmd/domainyours", "^TestSuggestThroughRealOllama$"}
	escapes      = target{"./internal/report", "^TestHTMLEscapesEveryTable$"}
	hostileInWeb = target{"./internal/report", "^TestHostileReportInChromium$"}
	cspGo        = target{"./internal/report", "^TestHTMLCarriesTheCSP$"}
	cspInWeb     = target{"./internal/report", "^TestCSPBlocksScriptInChromium$"}
	judgeReal    = target{"./internal/cmd/eval", "^TestEvalScoresEveryRowThroughRealOllama$"}
	regFaults    = target{"./internal/trainer", "^TestRegistrationFaults$"}
)

// unescaped prints one field of the report template without escaping, as a
// template.HTML conversion (or text/template) would.
func unescaped(old, new string) []edit {
	return []edit{
		{"internal/report/html.go", `template.New("report").Funcs(template.FuncMap{`,
			`template.New("report").Funcs(template.FuncMap{"raw": func(s string) template.HTML { return template.HTML(s) },`},
		{"internal/report/report.html.tmpl", old, new},
	}
}

// reportTables are the report's tables and other places that show text from
// data, each with the field the escaping mutation prints raw.
var reportTables = []struct{ name, old, new string }{
	{"versions-table", "<td><strong>{{$v.Name}}</strong>", "<td><strong>{{raw $v.Name}}</strong>"},
	{"versions-failure", "evaluation failed: {{$v.Failed}}", "evaluation failed: {{raw $v.Failed}}"},
	{"comparison-table", "<td><strong>{{.B}}</strong> vs", "<td><strong>{{raw .B}}</strong> vs"},
	{"safety-table", "<td><strong>{{.Name}}</strong></td>", "<td><strong>{{raw .Name}}</strong></td>"},
	{"checks-table", "<th>Check</th>{{range .Versions}}<th>{{.Name}}</th>", "<th>Check</th>{{range .Versions}}<th>{{raw .Name}}</th>"},
	{"agreement-table", "{{range .Agreement}}<tr><td>{{.Version}}</td>", "{{range .Agreement}}<tr><td>{{raw .Version}}</td>"},
	{"consistency-table", "{{range .Consistency}}<tr><td>{{.Version}}</td>", "{{range .Consistency}}<tr><td>{{raw .Version}}</td>"},
	{"edge-case-heading", "<h2>Edge cases: {{.Version}}</h2>", "<h2>Edge cases: {{raw .Version}}</h2>"},
	{"bottom-table-description", `<td class="desc">{{$r.Description}}</td>`, `<td class="desc">{{raw $r.Description}}</td>`},
	{"bottom-table-reason", "<td>{{$r.Reason}}</td>", "<td>{{raw $r.Reason}}</td>"},
	{"false-refusal-table", `{{range .FalseRefusals}}<tr><td class="desc">{{.Description}}</td>`, `{{range .FalseRefusals}}<tr><td class="desc">{{raw .Description}}</td>`},
	{"missed-refusal-table", `{{range .MissedRefusals}}<tr><td class="desc">{{.Description}}</td>`, `{{range .MissedRefusals}}<tr><td class="desc">{{raw .Description}}</td>`},
	{"manifest", "<dt>test set</dt><dd>{{.TestSet}}</dd>", "<dt>test set</dt><dd>{{raw .TestSet}}</dd>"},
}

var mutations = []mutation{
	{
		Name:   "redactor-off",
		Breaks: "known secrets are removed from every output (README: Secrets)",
		Edits:  []edit{{"internal/redact/redact.go", "if len(s) >= MinSecretLen && !seen[s] {", "if false && len(s) >= MinSecretLen && !seen[s] {"}},
		Tests:  []target{{"./internal/redact", ""}, canary},
	},
	{
		Name:   "app-redactor-off",
		Breaks: "the app's redactor guards every log line, error report and printed byte",
		Edits:  []edit{{"internal/app/app.go", "red := redact.New(cfg.Secrets()...)", "red := redact.New()"}},
		Tests:  []target{canary},
	},
	{
		Name:   "reply-redaction-off",
		Breaks: "a server that echoes the key gets it into no cache, dataset, result or output",
		Edits:  []edit{{"internal/llm/openai/openai.go", "resp.Text = red.String(ch.Message.Content)", "resp.Text = ch.Message.Content"}},
		Tests:  []target{canary},
	},
	{
		Name:   "redact-writer-splits-secrets",
		Breaks: "a secret split across two writes is still redacted",
		Edits:  []edit{{"internal/redact/writer.go", "cut := len(w.buf) - w.heldTail()", "cut := len(w.buf)"}},
		Tests:  []target{{"./internal/redact", ""}},
	},
	{
		Name:   "killall-kills-untracked",
		Breaks: "a second Ctrl-C kills only the trainer's process group",
		Edits:  []edit{{"internal/children/children.go", "delete(groups, pid)", "_ = pid"}},
		Tests:  []target{{"./internal/children", ""}},
	},
	{
		Name:   "second-ctrl-c-orphans-the-trainer",
		Breaks: "a second Ctrl-C takes the trainer's process group with it (README: train)",
		Edits:  []edit{{"internal/app/app.go", "\t\t\tchildren.KillAll()\n", "\t\t\t_ = children.KillAll\n"}},
		Tests:  []target{{"./internal/cmd/train", "^TestSecondInterruptExitsAtOnceWithoutOrphans$"}},
	},
	{
		Name:   "nil-reporter-panics",
		Breaks: "a nil progress Reporter is silent",
		Edits:  []edit{{"internal/progress/progress.go", "func (r *Reporter) Update(c Counts) {\n\tif r == nil {\n\t\treturn\n\t}", "func (r *Reporter) Update(c Counts) {"}},
		Tests:  []target{{"./internal/progress", ""}},
	},
	{
		Name:   "confidence-dropped",
		Breaks: "names from a real Ollama carry a confidence from its log-probabilities",
		Edits:  []edit{{"internal/suggestion/llm.go", "Confidence: conf[i]}", "Confidence: nil}; _ = conf"}},
		Tests:  []target{cliReal},
	},
	{
		Name:   "judge-rejects-all",
		Breaks: "the LLM judge scores rows end to end (real Ollama versions, a judge that can answer)",
		Edits:  []edit{{"internal/evaluation/llmjudge.go", "if w.Appropriate == nil {", "if true || w.Appropriate == nil {"}},
		Tests:  []target{judgeReal},
	},
	{
		Name:   "judge-cache-off",
		Breaks: "an unchanged eval replays cached verdicts and makes no judge call",
		Edits: []edit{{"internal/evaluation/llmjudge.go", "j.cache.Complete(ctx, j.client, req, in.Repeat)",
			"(*llmcache.Cache)(nil).Complete(ctx, j.client, req, in.Repeat)"}},
		Tests: []target{judgeReal},
	},
	{
		Name:   "registry-copy-failure-ignored",
		Breaks: "a version is claimed registered only when Ollama took it (README: train)",
		Edits:  []edit{{"internal/trainer/register.go", "if err := reg.Copy(ctx, candidate, r.name); err != nil {", "if err := reg.Copy(ctx, candidate, r.name); err != nil && false {"}},
		Tests:  []target{regFaults},
	},
	{
		Name:   "registry-create-failure-ignored",
		Breaks: "a model Ollama refused to create is not smoke-tested or registered",
		Edits:  []edit{{"internal/trainer/register.go", "if err := reg.Create(ctx, spec); err != nil {", "if err := reg.Create(ctx, spec); err != nil && false {"}},
		Tests:  []target{regFaults},
	},
	{
		Name:   "registration-failure-keeps-server-status",
		Breaks: "a registration Ollama refused exits 1, not 2 (the user's input was fine)",
		Edits:  []edit{{"internal/trainer/finalize.go", "return nil, registrationError(ctx, err, staging)", "return nil, err"}},
		Tests:  []target{regFaults},
	},
	{
		Name:   "csp-off",
		Breaks: "the report carries a Content-Security-Policy that forbids every script",
		Edits: []edit{{"internal/report/report.html.tmpl",
			"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n", ""}},
		Tests: []target{cspGo, cspInWeb},
	},
	{
		Name:   "csp-allows-inline-script",
		Breaks: "a script that escaping missed still cannot run (checked in Chromium only)",
		Edits:  []edit{{"internal/report/report.html.tmpl", "content=\"default-src 'none';", "content=\"default-src 'none'; script-src 'unsafe-inline';"}},
		Tests:  []target{cspInWeb},
	},
}

func init() {
	for _, tb := range reportTables {
		mutations = append(mutations, mutation{
			Name:   "report-unescaped-" + tb.name,
			Breaks: "every string from data is escaped in the report (" + tb.name + ")",
			Edits:  unescaped(tb.old, tb.new),
			Tests:  []target{escapes},
		})
	}
	// One table is also checked in the browser: the element a payload would
	// create must not exist.
	mutations = append(mutations, mutation{
		Name:   "report-unescaped-in-chromium",
		Breaks: "a description's markup creates no element in a real browser",
		Edits:  unescaped(reportTables[10].old, reportTables[10].new),
		Tests:  []target{hostileInWeb},
	})
}
