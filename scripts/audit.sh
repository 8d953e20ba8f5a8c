#!/usr/bin/env bash
# audit.sh [family]: re-runs the reliability audit of issue 15, family by
# family, as the tests listed in docs/audit.md. Each step is an existing test
# picked by name; a step whose pattern matches no test fails the audit, so a
# renamed test cannot drop out of it silently.
set -uo pipefail
GO=${GO:-go}
only=${1:-}
cd "$(dirname "$0")/.."

case $only in
"" | inputs | faults | interruption | concurrency | config) ;;
*)
	echo "audit.sh: unknown family '$only'; use inputs, faults, interruption, concurrency or config" >&2
	exit 2
	;;
esac

failed=0
step() { # step <family> <package> <-run pattern>
	local family=$1 pkg=$2 pattern=$3 out rc passed
	[[ -n $only && $only != "$family" ]] && return
	out=$("$GO" test -count=1 -v -run "$pattern" "$pkg" 2>&1)
	rc=$?
	passed=$(grep -cE '^\s*--- PASS' <<<"$out")
	if ((rc != 0)); then
		printf '%s\n' "$out" | grep -E '^\s*(--- FAIL|FAIL|panic|\S+_test\.go:[0-9]+:)' | head -40
		echo "FAIL  [$family] $pkg -run '$pattern'"
		failed=1
	elif ((passed == 0)); then
		echo "FAIL  [$family] $pkg -run '$pattern' matched no test (renamed?); update scripts/audit.sh and docs/audit.md"
		failed=1
	else
		echo "ok    [$family] $pkg: $passed passed"
	fi
}

step inputs ./cmd/domainyours '^TestScripts$/^(badinput|exitcodes|controlchars|eval_testset|version_rule|fullstdout|batch|refusal)$'
step inputs ./internal/cmd/eval '^TestBadImportFailsBeforeTheEvalRuns$'
# The second audit (2026-12-07): docs/audit.md, "The second audit".
step inputs ./internal/suggestion '^(TestBatch|TestBatchCSVHugeFieldIsNotHeld|TestModelReplyWithNamesAndRefusalIsARefusal|TestModelNamesThatImitateMarksAreDropped)$'
step inputs ./internal/cmd/suggest '^(TestMaxRows|TestSpendCap)$'
step inputs ./internal/server '^TestAmbiguousKeys$'
step inputs ./internal/domain '^(TestStripInvisible|TestMarkIn)$'
step inputs ./internal/safety '^TestEncodedRequests$'
step faults ./internal/cmd/eval '^TestErrorBudgetFailureKeepsTheCounts$'

step faults ./cmd/domainyours '^(TestCanaryKeyNeverLeaks|TestBrokenRepliesExitOneRefusedConnectionExitsFour)$'
step faults ./cmd/domainyours '^TestScripts$/^timeout$'
step faults ./internal/cmd/eval '^TestFailedEvalKeepsTheLastGoodReport$'
step faults ./internal/cmd/generatedata '^(TestBadContentOutageIsNotFrozenIntoTheJournal|TestPartlyUnusableRunResumesWithoutForce)$'
step faults ./internal/datagen '^(TestFailedMetaWriteLeavesAResumablePair|TestMaxCostStopsAndResumes)$'
step faults ./internal/llm '^(TestClientRetriesAndHonoursRetryAfter|TestClientCapsRetryAfter|TestClientDoesNotRetryPermanentErrors|TestRetryAfterPastTheCommandDeadlineNamesIt|TestRetryAfterPastTheDeadlineStopsAtOnce)$'
step faults ./internal/llm/openai '^TestRetryAfterIsHonoured$'

step interruption ./cmd/domainyours '^(TestInterruptExits130|TestInterruptNamesTheAbandonedRequests|TestServeCtrlCUnderLoad)$'
step interruption ./internal/cmd/eval '^(TestKillNineThenResumeEqualsUninterruptedRun|TestInterruptExits130)$'
step interruption ./internal/cmd/generatedata '^TestKillAndResume$'
step interruption ./internal/datagen '^TestCancelThenResume$'
step interruption ./internal/journal '^TestTornTailIsCutOff$'
step interruption ./internal/batch '^TestRunResumesAfterInterruption$'

step concurrency ./cmd/domainyours '^TestTwoProcessesOnOneCacheFolder$'
step concurrency ./internal/journal '^(TestSecondProcessIsRefusedWithTheOwnersPID|TestLockOfAKilledProcessIsReleased|TestSecondOpenInProcessIsRefused|TestConcurrentPuts)$'
step concurrency ./internal/atomicfile '^TestRemoveStaleKeepsLiveWritersFiles$'
step concurrency ./internal/llm '^TestConcurrencyLimit$'
step concurrency ./internal/datagen '^TestGenerateSameAtAnyConcurrency$'
step concurrency ./internal/evaluation '^TestRunSameResultsAtAnyConcurrency$'

step config ./cmd/domainyours '^TestScripts$/^(envfile|nonfinite|backends)$'
step config ./internal/config '.'
step config ./internal/app '.'

if ((failed)); then
	echo "audit: FAILED"
	exit 1
fi
echo "audit: every step passed${only:+ (family $only)}"
