package safety

import "sync"

// rule is one pattern of harm: tags satisfying every slot, close together in
// one sentence, and no exception context that explains them.
type rule struct {
	cat    Category
	reason string
	slots  []set // each slot is met by a tag carrying any of its concepts
	window int   // most words between the first and the last slot
	// ordered requires the slots in text order; sameClause forbids a comma
	// or colon between them; noConj forbids "and"/"or" between them, so
	// "craft beer and games for kids" does not pair beer with kids.
	ordered, sameClause, noConj bool
	// directObject requires slot 1 to be what slot 0 acts on (see
	// analysis.directObject).
	directObject bool
	// distinct requires a different tag for every slot; otherwise one
	// phrase may fill several ("fullz" is both stolen and card data).
	distinct bool
	// acrossSentences lets the slots stand in neighbouring sentences
	// ("Turned down by your bank? Loans at 20% a month."); the window still
	// bounds them.
	acrossSentences bool
	near            set // exception contexts that excuse a match nearby
	doc             set // exception contexts that excuse it anywhere
	// fireTraining excuses a match in a sentence that names fire fighters
	// and their training (disclaimer.go).
	fireTraining bool
}

// Shared slot and exception sets.
var (
	anyActivity = of(cSell, cMake, cService)
	exDefensive = of(cExDef, cExLegal, cExContext)
	exCyber     = of(cExSec, cExDef, cExLegal, cExContext)
	exDrugs     = of(cExHarmRed, cExHealth, cExLegal, cExDef, cExContext)
	exSexual    = of(cExHealth, cExDef, cExLegal)
	exMinors    = of(cExAdult, cExHealth, cExDef, cExContext, cExLicensed)
	exSelfHarm  = of(cExHealth, cExDef, cExContext)
	exTraffic   = of(cExDef, cExLegal, cExHealth, cExContext)
	exExtremism = of(cExDef, cExLegal, cExContext, cExHealth, cExSec)
	exHate      = of(cExDef, cExLegal, cExContext, cExHealth)
	exFinance   = of(cExDef, cExLegal, cExContext, cExHealth)
	exPiracy    = of(cExDef, cExLegal, cExSec)
	exAcademic  = of(cExDef, cExLegal, cExContext, cExStudy)
	// Age-restricted products near minors are explained by an adult-only or
	// no-money safeguard, prevention, or a family venue's separate kids' area.
	exRestricted = of(cExAdult, cExHealth, cExDef, cExContext, cExLicensed, cFamilyVenue)
	// Dangerous activities are explained by supervision, not by a licence.
	exDanger = of(cSafeguard, cExDef, cExHealth, cExContext, cExAdult)
	// minorsNamed are minors as the subject of a phrase ("girls of 14",
	// "modelle minorenne"); minorsOrAud adds those the business is aimed at
	// ("for teens"). cMinorForm is read wherever cMinor is (see concept.go).
	minorsNamed = of(cMinor, cMinorForm)
	// sexualSubject: cSexualForm is read wherever cSexualSubject is.
	sexualSubject = of(cSexualSubject, cSexualForm)
	adultAudience = of(cExclusiveAud, cAdultAud)
	minorsOrAud   = minorsNamed.or(of(cMinorAud))
	minorsAny     = minorsOrAud.or(of(cYouthPlace))
)

func single(cat Category, c concept, near set, reason string) rule {
	return rule{cat: cat, reason: reason, slots: []set{of(c)}, near: near}
}

func pair(cat Category, a, b set, window int, near set, reason string) rule {
	return rule{cat: cat, reason: reason, slots: []set{a, b}, window: window, near: near}
}

// rules returns the rule table, tried in order (Categories documents the
// severity order). It is built by the first Classify that needs it, not at
// start, so --help and the commands that never classify do not pay for it
// (a sync.Once and a slice rather than sync.OnceValue, which allocates at
// init; see learned).
func rules() []rule {
	rulesOnce.Do(func() { rulesTable = buildRules() })
	return rulesTable
}

var (
	rulesOnce  sync.Once
	rulesTable []rule
)

func buildRules() []rule {
	const (
		rSM       = "This looks like sexual content involving minors (child sexual exploitation)."
		rTraffic  = "This looks like trafficking or selling people (human trafficking)."
		rSmuggle  = "This looks like smuggling people across borders (human trafficking)."
		rLabor    = "This looks like supplying forced or child labour (human trafficking)."
		rExtGroup = "This looks like recruiting for or promoting a violent extremist group " +
			"(violent extremism)."
		rTerror = "This looks like planning, teaching or glorifying terrorist or mass-casualty " +
			"violence (violent extremism)."
		rHire    = "This looks like offering violence for hire (violent extremism)."
		rGunFlag = "This looks like selling firearms while avoiding background checks, licences " +
			"or serial numbers (weapons trafficking)."
		rWeapon = "This looks like illegal weapons dealing, untraceable guns or explosive " +
			"devices (weapons trafficking)."
		rBomb       = "This looks like making or selling explosive devices (weapons trafficking)."
		rGunMinor   = "This looks like selling firearms to minors (weapons trafficking)."
		rDrugSell   = "This looks like selling, making or delivering illegal drugs (illegal drugs)."
		rDrugClient = "This looks like offering illegal drugs to a venue's customers " +
			"(illegal drugs)."
		rDrugNamed = "This looks like offering an illegal drug by name, with no treatment, " +
			"harm-reduction, legal or educational context (illegal drugs)."
		rDrugHidden = "This looks like drugs sold hidden from the shop floor, \"under the " +
			"counter\" (illegal drugs)."
		rCannabisAbroad = "This looks like shipping cannabis across a border (illegal drugs)."
		rDrugRx         = "This looks like selling controlled medicines without a prescription " +
			"(illegal drugs)."
		rMalware = "This looks like building, selling or renting malicious software " +
			"(hacking/malware)."
		rHackAcct = "This looks like breaking into other people's accounts or devices " +
			"(hacking/malware)."
		rSpy = "This looks like secretly spying on another person's phone or messages " +
			"(stalking/harassment)."
		rDDoS        = "This looks like a DDoS-for-hire service (hacking/malware)."
		rPhish       = "This looks like supplying phishing kits or campaigns (hacking/malware)."
		rCards       = "This looks like selling stolen payment cards (fraud)."
		rStolen      = "This looks like trading stolen accounts, data or goods (fraud)."
		rFakeDoc     = "This looks like forging identity or official documents (fraud)."
		rFakeGoods   = "This looks like producing or selling counterfeit goods (fraud)."
		rFakeRev     = "This looks like selling fake reviews or engagement (fraud)."
		rScam        = "This looks like running or supplying a scam (fraud)."
		rFakeCharity = "This looks like a fake charity or fundraiser (fraud)."
		rLaunder     = "This looks like a money-laundering service (fraud)."
		rHate        = "This looks like promoting a hate group or hateful ideology (hate)."
		rDehuman     = "This looks like dehumanising or excluding people for who they are (hate)."
		rSHPro       = "This looks like promoting eating disorders, self-harm or suicide (self-harm)."
		rA2MSex      = "This looks like sexual or explicit content aimed at children or teenagers " +
			"(adult content to minors)."
		rA2MProd = "This looks like marketing alcohol, nicotine, gambling or cannabis to minors " +
			"(age-restricted products to minors)."
		rA2MProgram = "This looks like a programme for children or teens that includes gambling, " +
			"alcohol, tobacco or vaping, with no adult-only or alcohol-free safeguard " +
			"(age-restricted activity for minors)."
		rA2MDanger = "This looks like children or teens left to a dangerous activity (fire, " +
			"chemicals, sharp tools, weapons) without supervision (minors in danger)."
		rA2MNoID = "This looks like selling age-restricted products without checking age " +
			"(age-restricted products to minors)."
		rStalk = "This looks like covertly tracking, filming or monitoring another person " +
			"(stalking/harassment)."
		rDox     = "This looks like doxxing or harassing people for hire (stalking/harassment)."
		rCure    = "This looks like selling a fake cure for a serious disease (fraud)."
		rPyramid = "This looks like a pyramid or Ponzi scheme: income from recruiting others " +
			"(predatory finance)."
		rGuaranteed = "This looks like promising guaranteed or risk-free investment returns " +
			"(predatory finance)."
		rBeginners = "This looks like pushing beginners or retirees into high-risk speculation " +
			"(predatory finance)."
		rUsury = "This looks like lending at a monthly rate, or collecting by threats, to " +
			"people the banks turn away (predatory finance)."
		rBride = "This looks like a person handed over for money paid to her family " +
			"(human trafficking)."
		rLoanShark  = "This looks like unlicensed or threatening money lending (predatory finance)."
		rDebtThreat = "This looks like collecting debts with threats of violence (violence for hire)."
		rPiracy     = "This looks like selling pirated content or cracked software, or bypassing " +
			"licences, DRM or paywalls (circumvention/piracy)."
		rAcademic = "This looks like doing students' graded work or exams for them to submit as " +
			"their own (academic dishonesty)."
		rSexService = "This looks like selling sexual services (adult sexual content)."
		rExplicit   = "This looks like producing or distributing pornography (adult sexual content)."
		rNCII       = "This looks like non-consensual sexual imagery (adult sexual content)."
		rGunStrong  = "This looks like removing serial numbers from firearms (weapons trafficking)."
		rBondage    = "This looks like debt bondage: a worker's papers or freedom held until a " +
			"debt is worked off (human trafficking)."
		rImperson = "This looks like impersonating a bank, authority or support desk to take " +
			"people's money or codes (fraud)."
		rStreams = "This looks like selling or giving away new releases or premium channels " +
			"without the rights holder (circumvention/piracy)."
	)
	rs := []rule{
		single(SexualMinors, cSMStrong, exSexual, rSM),
		{cat: SexualMinors, reason: rSM, slots: []set{of(cSexual), minorsNamed}, window: 6,
			noConj: true, near: exSexual},
		{cat: SexualMinors, reason: rSM, slots: []set{sexualSubject, of(cMinorAud)}, window: 6,
			noConj: true, near: exSexual},
		// A named minor, pictures, and an exclusive adult audience for them.
		{cat: SexualMinors, reason: rSM, slots: []set{minorsNamed, of(cImagery), of(cExclusiveAud)},
			window: 24, distinct: true, near: exSexual},
		// Intimate garments or sexualising words, a named minor, and an
		// adult audience or pictures: "Dessous ... unserer 13- und
		// 14-jährigen Hausmodels für zahlende Herren", "scatti sensuali di
		// ragazzine".
		{cat: SexualMinors, reason: rSM, slots: []set{minorsNamed, of(cGarment), adultAudience},
			window: 30, distinct: true, near: exSexual},
		{cat: SexualMinors, reason: rSM, slots: []set{minorsNamed, of(cSexyAdj), adultAudience},
			window: 30, distinct: true, near: exSexual},
		{cat: SexualMinors, reason: rSM, slots: []set{minorsNamed, of(cSexyAdj), of(cImagery, cGarment)},
			window: 12, distinct: true, near: exSexual},
		// A minor's "nude version" made by an app is NCII and worse.
		{cat: SexualMinors, reason: rSM, slots: []set{of(cNCII), minorsAny}, window: 20,
			distinct: true, near: exSexual},
		// "sugar daddy site that introduces older men to high-school girls"
		{cat: SexualMinors, reason: rSM, slots: []set{sexualSubject, minorsOrAud},
			window: 12, near: exSexual},
		{cat: SexualMinors, reason: rSM, slots: []set{of(cSexService), minorsNamed}, window: 12,
			near: exSexual},
		// Adults seeking contact with named minors: "grown men meet 13-year-old
		// girls", "sitio de citas para adultos que buscan chicas de 14 años".
		{cat: SexualMinors, reason: rSM, slots: []set{of(cAdultSeek, cAdultSeekForm), minorsNamed}, window: 12,
			distinct: true, near: of(cExDef, cExLegal, cExHealth)},
		// "Barely legal" beside a school year or uniform: the policy's
		// "barely legal with school framing".
		{cat: SexualMinors, reason: rSM, slots: []set{of(cBarelyLegal), of(cSchoolFrame, cYouthPlace).or(minorsAny)},
			window: 30, distinct: true, near: exSexual},
		// Nude pictures made of classmates or children.
		{cat: SexualMinors, reason: rSM, slots: []set{of(cNudeGen), minorsAny}, window: 20,
			distinct: true, near: exSexual},

		single(HumanTrafficking, cTrafficStrong, exTraffic, rTraffic),
		{cat: HumanTrafficking, reason: rTraffic, slots: []set{of(cSellStrict), of(cPerson)},
			window: 4, ordered: true, directObject: true, near: exTraffic},
		{cat: HumanTrafficking, reason: rTraffic, slots: []set{of(cPerson), of(cForSale)},
			window: 1, ordered: true, near: exTraffic},
		pair(HumanTrafficking, of(cSmuggle), of(cPerson), 5, exTraffic, rSmuggle),
		// A bride or a girl taken for a sum paid to her family: "die Familie
		// bekommt eine Summe, Sie holen die Frau einfach ab".
		// Brides, wives and girls only: a foster family paid an allowance
		// "for each child" is no sale.
		{cat: HumanTrafficking, reason: rBride, slots: []set{of(cBride), of(cPaidFamily)},
			window: 16, near: exTraffic},
		single(HumanTrafficking, cBorderIllegal, exTraffic, rSmuggle),
		pair(HumanTrafficking, of(cCrossing), of(cBorderFlag), 12, exTraffic, rSmuggle),
		// Debt bondage: control over the worker and a debt to work off.
		pair(HumanTrafficking, of(cHoldWorker), of(cWorkDebt), 24, exTraffic, rBondage),
		pair(HumanTrafficking, of(cLabor), of(cSell, cService, cRecruit), 5,
			of(cExDef, cExSupply, cExLegal, cExContext), rLabor),

		single(ViolentExtremism, cExtStrong, exExtremism, rExtGroup),
		pair(ViolentExtremism, of(cExtGroup), of(cRecruit, cPromote, cSell), 8, exExtremism,
			rExtGroup),
		pair(ViolentExtremism, of(cTerror), of(cPromote, cMake, cRecruit, cService, cSell), 8,
			exExtremism, rTerror),
		single(ViolentExtremism, cViolenceHire, exDefensive, rHire),
		// Arson and the like offered as a commission: "arson for hire",
		// "Brandstiftung auf Bestellung", "incendi dolosi su commissione".
		{cat: ViolentExtremism, reason: rHire, slots: []set{of(cViolentAct), of(cService, cSell)}, window: 8,
			near: exDefensive, fireTraining: true},
		pair(ViolentExtremism, of(cDebtCollect), of(cThreat), 15, exDefensive, rDebtThreat),

		single(WeaponsTrafficking, cWeaponStrong, of(cExDef, cExLegal, cExContext, cExLicensed),
			rWeapon),
		pair(WeaponsTrafficking, of(cGun), of(cGunFlag), 10, exDefensive, rGunFlag),
		single(WeaponsTrafficking, cGunFlagStrong, exDefensive, rGunStrong),
		pair(WeaponsTrafficking, of(cBomb), of(cSell, cMake, cPromote), 4,
			of(cExDef, cExLegal, cExContext, cExLicensed), rBomb),
		{cat: WeaponsTrafficking, reason: rGunMinor, slots: []set{of(cGun), of(cMinorAud)}, window: 5,
			sameClause: true, noConj: true, near: exMinors},

		single(IllegalDrugs, cDrugStrong, exDrugs, rDrugSell),
		{cat: IllegalDrugs, reason: rDrugSell, slots: []set{of(cDrug), of(cSell, cMake, cSmuggle)},
			window: 8, near: exDrugs, doc: of(cExHarmRed)},
		pair(IllegalDrugs, of(cRxDrug, cDrug), of(cRxFlag), 10, of(cExLegal, cExDef, cExContext),
			rDrugRx),
		pair(IllegalDrugs, of(cDrugsGeneric), of(cSell), 2, exDrugs, rDrugSell),
		// Street slang is innocent alone ("Coke and snacks"), not in a cluster.
		{cat: IllegalDrugs, reason: rDrugSell,
			slots:  []set{of(cDrugSlang), of(cDrugSlang, cDrug, cRxDrug), of(cSell)},
			window: 10, distinct: true, near: exDrugs},
		// An illegal drug by name, anywhere, with no context that explains it:
		// "bagels, pastrami, pickles, cocaine". Contexts count document-wide
		// ("Addiction clinic. We treat cocaine and heroin dependence.").
		{cat: IllegalDrugs, reason: rDrugNamed, slots: []set{of(cNamedDrug)}, doc: exDrugs},
		pair(IllegalDrugs, of(cDrugSlang, cDrug, cCannabis), of(cConceal), 8, exDrugs, rDrugHidden),
		{cat: IllegalDrugs, reason: rCannabisAbroad, slots: []set{of(cCannabis), of(cSell), of(cAbroad)},
			window: 12, near: exDrugs},
		// Two drug names offered to a venue's clientele, however late and
		// without a linking word: "surf lessons ketamine and coke available
		// for customers", "Koks und Pillen für Stammkunden".
		{cat: IllegalDrugs, reason: rDrugClient,
			slots:  []set{of(cDrugSlang, cDrug), of(cDrugSlang, cDrug, cRxDrug), of(cClientele)},
			window: 10, distinct: true, near: exDrugs, doc: of(cExHarmRed)},

		single(HackingMalware, cHackStrong, exCyber, rMalware),
		pair(HackingMalware, of(cMalware), anyActivity, 6, exCyber, rMalware),
		pair(HackingMalware, of(cHack), of(cHackTarget), 5, exCyber, rHackAcct),
		// Reaching into an account that is somebody else's: "we get you into
		// anyone's Instagram", "recuperamos cualquier cuenta aunque no sea tuya".
		{cat: HackingMalware, reason: rHackAcct,
			slots:  []set{of(cGetInto, cHack), of(cOthers), of(cHackTarget)},
			window: 12, distinct: true, near: of(cExLegal, cExContext)},
		pair(HackingMalware, of(cDDoS), of(cSell, cService), 5, exCyber, rDDoS),
		pair(HackingMalware, of(cPhish), anyActivity, 6, exCyber, rPhish),

		pair(StalkingHarassment, of(cSpy), of(cSpyTarget), 6, exCyber, rSpy),
		pair(StalkingHarassment, of(cCovert), of(cStalkTarget, cSpyTarget), 14, exCyber, rStalk),
		single(StalkingHarassment, cStalkStrong, exCyber, rDox),

		single(FraudScams, cFraudStrong, exCyber, rScam),
		pair(FraudScams, of(cStolen), of(cCard), 4, exCyber, rCards),
		pair(FraudScams, of(cStolen), of(cPII, cGoods), 4, exCyber, rStolen),
		pair(FraudScams, of(cFake), of(cDoc), 3, exDefensive, rFakeDoc),
		pair(FraudScams, of(cFake), of(cGoods), 3, exDefensive, rFakeGoods),
		pair(FraudScams, of(cFake), of(cReview), 3, exDefensive, rFakeRev),
		pair(FraudScams, of(cFake), of(cCharity), 4, of(cExLegal, cExContext), rFakeCharity),
		pair(FraudScams, of(cScam), of(cSell, cMake, cService, cPromote, cRecruit), 6, exCyber,
			rScam),
		single(FraudScams, cLaunder, exCyber, rLaunder),
		{cat: FraudScams, reason: rImperson, slots: []set{of(cImpersonate), of(cTrusted)}, window: 4,
			ordered: true, near: exDefensive},
		pair(FraudScams, of(cCure), of(cDisease), 6, of(cExDef, cExLegal, cExContext), rCure),

		single(PredatoryFinance, cPFStrong, exFinance, rPyramid),
		single(PredatoryFinance, cRecruitIncome, exFinance, rPyramid),
		{cat: PredatoryFinance, reason: rGuaranteed,
			slots:  []set{of(cGuarantee, cRiskFree), of(cReturn), of(cInvest, cHighRisk, cBeginner, cReferral)},
			window: 16, distinct: true, near: exFinance},
		{cat: PredatoryFinance, reason: rGuaranteed,
			slots:  []set{of(cRiskFree), of(cInvest, cHighRisk)},
			window: 10, near: exFinance},
		pair(PredatoryFinance, of(cBeginner), of(cHighRisk), 14, exFinance, rBeginners),
		// Returns tied to bringing in friends: the shape of a pyramid.
		{cat: PredatoryFinance, reason: rPyramid,
			slots:  []set{of(cReferral), of(cGuarantee, cInvest, cRiskFree, cReferral)},
			window: 16, distinct: true, near: exFinance},
		pair(PredatoryFinance, of(cLoan), of(cLoanFlag, cThreat), 16, exFinance, rLoanShark),
		// Cash for those the banks turn away, at so much a month: "wer von der
		// Bank keinen Kredit kriegt, bekommt bei uns Bargeld zu 30 % im Monat".
		{cat: PredatoryFinance, reason: rUsury,
			slots:  []set{of(cBankRefused), of(cLoan, cDoc), of(cReturn, cThreat, cDebtCollect)},
			window: 20, distinct: true, acrossSentences: true, near: exFinance},

		single(CircumventionPiracy, cPiracyStrong, exPiracy, rPiracy),
		pair(CircumventionPiracy, of(cCircumvent), of(cProtection), 8, exPiracy, rPiracy),
		pair(CircumventionPiracy, of(cNewRelease), of(cNoPay), 16, exPiracy,
			rStreams),

		single(AcademicDishonesty, cAcademicStrong, exAcademic, rAcademic),
		pair(AcademicDishonesty, of(cGraded), of(cAsOwn, cDoForYou), 14, exAcademic, rAcademic),

		single(Hate, cHate, exHate, rHate),
		pair(Hate, of(cProt), of(cDehumanize), 5, of(cExDef, cExLegal, cExPest), rDehuman),
		{cat: Hate, reason: rDehuman, slots: []set{of(cProt), of(cExclude)}, window: 3, ordered: true,
			near: exHate},
		{cat: Hate, reason: rDehuman, slots: []set{of(cExpel), of(cProt), of(cOut)}, window: 3,
			ordered: true, near: exHate},
		{cat: Hate, reason: rDehuman, slots: []set{of(cBan), of(cProt)}, window: 2, ordered: true,
			near: exHate},
		// The same refusal in a phrase of several words: "we do not rent to
		// Muslims", "on ne loue pas aux Noirs", "wir vermieten nicht an Ausländer".
		{cat: Hate, reason: rDehuman, slots: []set{of(cBanPhrase), of(cProt)}, window: 7,
			ordered: true, sameClause: true, near: exHate},

		single(SelfHarm, cSHStrong, exSelfHarm, rSHPro),
		pair(SelfHarm, of(cSHTopic), of(cSHPromote), 5, exSelfHarm, rSHPro),

		{cat: AdultToMinors, reason: rA2MSex, slots: []set{of(cSexual), of(cMinorAud)}, window: 6,
			sameClause: true, noConj: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd, slots: []set{of(cAdultProduct), of(cMinorAud)},
			window: 6, sameClause: true, noConj: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd, slots: []set{minorsNamed, of(cAdultProduct)}, window: 1,
			ordered: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd,
			slots:  []set{of(cAdultProduct), of(cTargeting), minorsOrAud},
			window: 10, sameClause: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MSex, slots: []set{of(cSexual), of(cTargeting), minorsOrAud},
			window: 10, sameClause: true, near: exMinors},
		pair(AdultToMinors, of(cAdultProduct), of(cA2MFlag), 20, of(cExDef, cExHealth, cExLegal),
			rA2MNoID),
		// The combination principle: a population of minors and an
		// age-restricted activity anywhere close in one sentence.
		// The population comes first, as the programme's subject ("summer camp
		// for teens with beer tastings"); "a casino with a water park for kids"
		// names a separate amenity and is left to the audience rules above.
		{cat: AdultToMinors, reason: rA2MProgram, slots: []set{minorsAny, of(cAdultProduct)},
			window: 16, ordered: true, near: exRestricted},
		{cat: AdultToMinors, reason: rA2MDanger,
			slots:  []set{minorsAny, of(cDanger, cGun, cBomb), of(cNoSupervision)},
			window: 24, distinct: true, near: exDanger},

		single(AdultSexualContent, cNCII, exSexual, rNCII),
		single(AdultSexualContent, cSexService, exSexual, rSexService),
		// "Masajes con final feliz", "massaggi con lieto fine".
		pair(AdultSexualContent, of(cMassage), of(cHappyEnd), 8, exSexual, rSexService),
		pair(AdultSexualContent, of(cExplicit), of(cSell, cMake, cService, cPromote), 8, exSexual,
			rExplicit),
	}
	return rs
}
