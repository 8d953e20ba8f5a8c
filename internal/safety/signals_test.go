package safety

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"testing"
)

// TestHarmSignalSides lists, for every concept, which side of the learned
// stage's two sets it stands on: a harm signal (harmSignals: the classifier
// refuses at τ), evidence only (harmEvidence but not a signal: ordinary
// businesses name it every day, so alone it asks for p ≥ plainTau), or
// neither (activities, exception contexts, the injection marker). harmSignals
// is kept by hand as a subtraction from harmEvidence, so a concept added to
// concept.go lands on the signal side unless someone says otherwise; this
// test makes that choice a line in review.
func TestHarmSignalSides(t *testing.T) {
	signals := of(
		cProt, cStolen, cCard, cFake, cReview, cLaunder, cFraudStrong, cMalware, cSpy, cDDoS,
		cPhish, cHackStrong, cGun, cGunFlag, cBomb, cWeaponStrong, cViolenceHire, cDrug, cDrugSlang,
		cDrugStrong, cRxDrug, cRxFlag, cSmuggle, cSexual, cSexualSubject, cSexualForm, cSMStrong, cA2MFlag,
		cTargeting, cExtGroup, cTerror, cExtStrong, cHate, cDehumanize, cExclude, cSHStrong,
		cTrafficStrong, cBorderIllegal, cCrossing, cBorderFlag, cNoSupervision, cGunFlagStrong,
		cGuarantee, cRiskFree, cInvest, cHighRisk, cRecruitIncome, cLoanFlag, cPFStrong, cThreat,
		cPiracyStrong, cCircumvent, cProtection, cGraded, cAsOwn, cDoForYou, cAcademicStrong,
		cCovert, cStalkStrong, cSexService, cExplicit, cNCII, cCure, cDisease, cHoldWorker,
		cWorkDebt, cImpersonate, cNewRelease, cNoPay, cOthers, cReferral, cAdultSeek, cViolentAct,
		cBanPhrase, cHappyEnd, cNamedDrug, cPaidFamily)
	evidenceOnly := of(
		cMinor, cMinorForm, cMinorAud, cPerson, cYouthPlace, cTrusted, cHackTarget, cSpyTarget, cStalkTarget,
		cBeginner, cPII, cGoods, cDoc, cReturn, cLoan, cCharity, cAdultProduct, cDanger, cBan,
		cExpel, cOut, cHack, cScam, cGetInto, cSHTopic, cSHPromote, cDrugsGeneric, cLabor,
		cDebtCollect, cConceal, cCannabis, cAbroad, cBankRefused, cBride)
	neither := of(
		cSell, cMake, cService, cPromote, cRecruit, cForSale, cSellStrict, cNeutral, cInject,
		cClientele, cMassage, cImagery, cExclusiveAud, cAdultAud, cGarment, cSexyAdj,
		cAdultSeekForm, cBarelyLegal, cSchoolFrame, cNudeGen,
		cSafeguard, cFamilyVenue, cExStudy, cExDef, cExSec, cExLegal,
		cExHealth, cExHarmRed, cExContext, cExAdult, cExLicensed, cExSupply, cExPest)
	names := conceptNames(t)
	for c := concept(0); c < numConcepts; c++ {
		var want string
		switch {
		case signals.has(c):
			want = "signal"
		case evidenceOnly.has(c):
			want = "evidence only"
		case neither.has(c):
			want = "neither"
		default:
			t.Errorf("%s is in none of the lists: add it to one", names[c])
			continue
		}
		got := "neither"
		switch {
		case harmSignals.has(c):
			got = "signal"
		case harmEvidence.has(c):
			got = "evidence only"
		}
		if got != want {
			t.Errorf("%s is %s; this test lists it as %s", names[c], got, want)
		}
	}
}

// conceptNames reads the concept constants' names from concept.go, in
// declaration (iota) order, so a failure names the concept.
func conceptNames(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), "concept.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST || len(g.Specs) == 0 {
			continue
		}
		if v := g.Specs[0].(*ast.ValueSpec); len(v.Values) == 0 || !isIota(v.Values[0]) {
			continue
		}
		for _, sp := range g.Specs {
			for _, n := range sp.(*ast.ValueSpec).Names {
				names = append(names, n.Name)
			}
		}
	}
	if len(names) != int(numConcepts)+1 {
		t.Fatalf("read %d names from concept.go; want %d and numConcepts", len(names), numConcepts)
	}
	return names
}

func isIota(e ast.Expr) bool {
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 {
		e = c.Args[0]
	}
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "iota"
}
