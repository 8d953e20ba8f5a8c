package safety

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
	near     set // exception contexts that excuse a match nearby
	doc      set // exception contexts that excuse it anywhere
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
)

func single(cat Category, c concept, near set, reason string) rule {
	return rule{cat: cat, reason: reason, slots: []set{of(c)}, near: near}
}

func pair(cat Category, a, b set, window int, near set, reason string) rule {
	return rule{cat: cat, reason: reason, slots: []set{a, b}, window: window, near: near}
}

// rules are tried in order; Categories documents the severity order.
var rules = func() []rule {
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
		rBomb     = "This looks like making or selling explosive devices (weapons trafficking)."
		rGunMinor = "This looks like selling firearms to minors (weapons trafficking)."
		rDrugSell = "This looks like selling, making or delivering illegal drugs (illegal drugs)."
		rDrugRx   = "This looks like selling controlled medicines without a prescription " +
			"(illegal drugs)."
		rMalware = "This looks like building, selling or renting malicious software " +
			"(hacking/malware)."
		rHackAcct = "This looks like breaking into other people's accounts or devices " +
			"(hacking/malware)."
		rSpy = "This looks like secretly spying on another person's phone or messages " +
			"(hacking/malware)."
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
	)
	rs := []rule{
		single(SexualMinors, cSMStrong, exSexual, rSM),
		{cat: SexualMinors, reason: rSM, slots: []set{of(cSexual), of(cMinor)}, window: 6,
			noConj: true, near: exSexual},
		{cat: SexualMinors, reason: rSM, slots: []set{of(cSexualSubject), of(cMinorAud)}, window: 6,
			noConj: true, near: exSexual},

		single(HumanTrafficking, cTrafficStrong, exTraffic, rTraffic),
		{cat: HumanTrafficking, reason: rTraffic, slots: []set{of(cSellStrict), of(cPerson)},
			window: 4, ordered: true, directObject: true, near: exTraffic},
		{cat: HumanTrafficking, reason: rTraffic, slots: []set{of(cPerson), of(cForSale)},
			window: 1, ordered: true, near: exTraffic},
		pair(HumanTrafficking, of(cSmuggle), of(cPerson), 5, exTraffic, rSmuggle),
		single(HumanTrafficking, cBorderIllegal, exTraffic, rSmuggle),
		pair(HumanTrafficking, of(cCrossing), of(cBorderFlag), 12, exTraffic, rSmuggle),
		pair(HumanTrafficking, of(cLabor), of(cSell, cService, cRecruit), 5,
			of(cExDef, cExSupply, cExLegal, cExContext), rLabor),

		single(ViolentExtremism, cExtStrong, exExtremism, rExtGroup),
		pair(ViolentExtremism, of(cExtGroup), of(cRecruit, cPromote, cSell), 8, exExtremism,
			rExtGroup),
		pair(ViolentExtremism, of(cTerror), of(cPromote, cMake, cRecruit, cService, cSell), 8,
			exExtremism, rTerror),
		single(ViolentExtremism, cViolenceHire, exDefensive, rHire),

		single(WeaponsTrafficking, cWeaponStrong, of(cExDef, cExLegal, cExContext, cExLicensed),
			rWeapon),
		pair(WeaponsTrafficking, of(cGun), of(cGunFlag), 10, exDefensive, rGunFlag),
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

		single(HackingMalware, cHackStrong, exCyber, rMalware),
		pair(HackingMalware, of(cMalware), anyActivity, 6, exCyber, rMalware),
		pair(HackingMalware, of(cHack), of(cHackTarget), 5, exCyber, rHackAcct),
		pair(HackingMalware, of(cSpy), of(cSpyTarget), 6, exCyber, rSpy),
		pair(HackingMalware, of(cDDoS), of(cSell, cService), 5, exCyber, rDDoS),
		pair(HackingMalware, of(cPhish), anyActivity, 6, exCyber, rPhish),

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

		single(Hate, cHate, exHate, rHate),
		pair(Hate, of(cProt), of(cDehumanize), 5, of(cExDef, cExLegal, cExPest), rDehuman),
		{cat: Hate, reason: rDehuman, slots: []set{of(cProt), of(cExclude)}, window: 3, ordered: true,
			near: exHate},
		{cat: Hate, reason: rDehuman, slots: []set{of(cExpel), of(cProt), of(cOut)}, window: 3,
			ordered: true, near: exHate},
		{cat: Hate, reason: rDehuman, slots: []set{of(cBan), of(cProt)}, window: 2, ordered: true,
			near: exHate},

		single(SelfHarm, cSHStrong, exSelfHarm, rSHPro),
		pair(SelfHarm, of(cSHTopic), of(cSHPromote), 5, exSelfHarm, rSHPro),

		{cat: AdultToMinors, reason: rA2MSex, slots: []set{of(cSexual), of(cMinorAud)}, window: 6,
			sameClause: true, noConj: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd, slots: []set{of(cAdultProduct), of(cMinorAud)},
			window: 6, sameClause: true, noConj: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd, slots: []set{of(cMinor), of(cAdultProduct)}, window: 1,
			ordered: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MProd,
			slots:  []set{of(cAdultProduct), of(cTargeting), of(cMinor, cMinorAud)},
			window: 10, sameClause: true, near: exMinors},
		{cat: AdultToMinors, reason: rA2MSex, slots: []set{of(cSexual), of(cTargeting), of(cMinor, cMinorAud)},
			window: 10, sameClause: true, near: exMinors},
		pair(AdultToMinors, of(cAdultProduct), of(cA2MFlag), 8, of(cExDef, cExHealth, cExLegal),
			rA2MProd),
	}
	return rs
}()
