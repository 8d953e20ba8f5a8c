package safety

// concept is one meaning a token or phrase can carry. Rules are written over
// concepts, never over raw words, so a synonym added to the lexicon helps
// every rule that uses its concept.
type concept uint8

const (
	// Activities.
	cSell       concept = iota // sell, buy, supply, deliver, "for sale"
	cMake                      // make, build, code, cook, print
	cService                   // as a service, for hire, rent, run, deploy
	cPromote                   // promote, glorify, tips, how to, merch
	cRecruit                   // recruit, join, enlist, fund
	cForSale                   // "for sale" after a noun ("girls for sale")
	cSellStrict                // sell or buy only (a direct object that is a person)
	cNeutral                   // phrase that only exists to claim its words ("bath bomb")

	// People.
	cMinor    // child, teen, underage, "14 year old"
	cMinorAud // aimed at minors: "for kids", "to teens", "under 18"
	cPerson   // people as merchandise: women, girls, brides, slaves, kidneys
	cProt     // protected groups named as targets: muslims, jews, immigrants

	// Harm concepts. Most are half of a pattern (stolen + card data, fake +
	// document, gun + "no background check"); the ...Strong ones are harmful
	// on their own ("fullz", "ransomware as a service", "pro-ana").

	// Fraud.
	cStolen
	cCard
	cPII
	cGoods
	cFake
	cDoc
	cReview
	cCharity
	cScam
	cLaunder
	cFraudStrong

	// Hacking.
	cMalware
	cHack
	cHackTarget
	cSpy
	cSpyTarget
	cDDoS
	cPhish
	cHackStrong

	// Weapons and violence.
	cGun
	cGunFlag
	cBomb
	cWeaponStrong
	cViolenceHire

	// Drugs.
	cDrug
	cDrugsGeneric
	cDrugSlang
	cDrugStrong
	cRxDrug
	cRxFlag
	cSmuggle

	// Sexual content and age-restricted products.
	cSexual
	cSexualSubject // sexualises the person shown: sexy, boudoir, nude shoot
	cSMStrong
	cAdultProduct
	cA2MFlag
	cTargeting

	// Extremism and hate.
	cExtGroup
	cTerror
	cExtStrong
	cHate
	cDehumanize
	cExclude
	cBan   // ban, exclude, refuse ... right before a group
	cExpel // keep, drive, kick ... before a group and "out"
	cOut

	// Self-harm.
	cSHTopic
	cSHPromote
	cSHStrong

	// Trafficking.
	cTrafficStrong
	cBorderIllegal
	cCrossing
	cBorderFlag
	cLabor

	// Added with docs/safety-policy.md v2.
	cYouthPlace     // school, summer camp, scouts, youth club: a population of minors
	cDanger         // fireworks, strong acids, chainsaws: dangerous for children alone
	cNoSupervision  // "no adults needed", "unsupervised", "ohne Aufsicht"
	cGunFlagStrong  // serial-number removal: illegal even at a gunsmith
	cGuarantee      // guaranteed, garanti, garantizado ...
	cReturn         // returns, profit, "a month", rendement, lucro ...
	cRiskFree       // risk-free, sans risque, sin riesgo ...
	cInvest         // investment, trading, deposit, signals ...
	cBeginner       // beginners, retirees, students, iniciantes ...
	cHighRisk       // binary options, 100x leverage, forex signals ...
	cRecruitIncome  // downline, "commission for every person you sign up"
	cLoan           // loans, lending, prestiti, préstamos ...
	cLoanFlag       // unlicensed lending, threats to borrowers
	cPFStrong       // ponzi, pyramid scheme, guaranteed double-your-money
	cThreat         // "our boys pay them a visit", "know where you live"
	cDebtCollect    // debt collection, cobro de deudas, inkasso ...
	cPiracyStrong   // keygens, cracked software, warez, downloaded copies for free
	cCircumvent     // bypass, remove, strip, unlock, crack (of protection)
	cProtection     // drm, paywall, licence key, activation, copy protection
	cGraded         // essays, exams, theses, graded quizzes, TCC, tesi ...
	cAsOwn          // "submit as your own", "under your login", "por você"
	cDoForYou       // "we take your", "complete your", "fazemos sua"
	cAcademicStrong // exam impersonation, essay mill, proxy test taker
	cCovert         // hidden cameras, hidden GPS trackers, secretly read ...
	cStalkTarget    // partner, ex, wife, rentals, changing rooms ...
	cStalkStrong    // doxxing, "post their home addresses online"
	cSexService     // escort agency, outcall, happy endings, brothel
	cExplicit       // porn, xxx, explicit videos, cam shows (not sex toys or lingerie)
	cNCII           // deepfake nudes, undress apps, revenge porn
	cCure           // cures, guérit, cura, heilt
	cDisease        // cancer, HIV, diabetes, autism ...
	cSafeguard      // supervised by instructors, no real money, play chips, parents'
	cFamilyVenue    // family-run, play corner, children welcome (a venue, not a program)
	cExStudy        // proofreading, tutoring, exam prep: the work stays the student's
	cHoldWorker     // passports kept, "cannot leave until", no days off: control over a worker
	cWorkDebt       // recruitment fee, travel debt, dette, deuda, Schulden ... owed by a worker
	cImpersonate    // pretending to be, fingendosi, haciendose pasar por, se faisant passer pour
	cTrusted        // banks, police, tax office, tech support: whom a scam pretends to be
	cNewRelease     // new cinema releases, every premium channel, all league matches
	cNoPay          // without paying, no subscription, IPTV lists, direct download links
	cGetInto        // get you into, recover, access, entriamo nell: reaching an account
	cOthers         // anyone's, di chiunque, "even if it is not yours", no proof of ownership
	cReferral       // "bring two friends", porta due amici: income tied to recruiting
	cAdultSeek      // grown men, dating sites, private video calls: adults seeking contact
	cViolentAct     // arson, firebombing: violence a customer can commission
	cBanPhrase      // "we do not rent to", "on ne loue pas aux": a refusal naming whom
	cClientele      // "for customers", "per i clienti abituali", "für Stammgäste": offered to a clientele
	cMassage        // massage, masajes, massaggi, Massagen
	cHappyEnd       // "final feliz", "lieto fine", "finition manuelle": a massage's sexual euphemism

	// Added with safety v10.
	cNamedDrug   // cocaine, heroin, fentanyl, ketamine ...: a drug with no legal retail trade
	cConceal     // "under the counter", "sous le comptoir", "unter der Theke": hidden from the shop floor
	cCannabis    // marijuana, cannabis, maconha: legal only where licensed, never across borders
	cAbroad      // "shipped to France", "envío a Francia", "Versand ins Ausland": across a border
	cBankRefused // "turned down by your bank", "wer von der Bank keinen Kredit kriegt"
	cPaidFamily  // "the family gets a sum", "you take her home": a person handed over for money
	cBride       // bride, wife, young woman, girl: whom a family is paid for

	// Exception contexts: their presence near a match explains the risky
	// words away.
	cExDef      // prevention, detection, protection, victims, research
	cExSec      // cybersecurity, penetration testing, incident response
	cExLegal    // lawyers, courts, people charged or accused
	cExHealth   // clinics, therapy, recovery, hotlines, pharmacies
	cExHarmRed  // harm reduction, needle exchange, naloxone, test strips
	cExContext  // film props, museums, history, journalism, religion
	cExAdult    // adults only, 21+, ID checked, not for minors
	cExLicensed // ranges, safety courses, hunter education, demolition
	cExSupply   // supply-chain audits, ethical sourcing
	cExPest     // pest control, exterminators
	cInject     // text addressed to a model, not about the business
	// A word for a minor the rules read as cMinor does and the learned
	// stage does not see ("mineures", "minorenne"): the model was trained
	// on the concepts as they were, and a word added to cMinor changes its
	// features and needs a retrain (which moved knife-edge allow examples
	// across their bar). Kept last so no other concept's id, hence feature,
	// moves.
	cMinorForm
	// A phrase that sexualises the person shown, read by the rules as
	// cSexualSubject and unseen by the learned stage for the same reason
	// ("séances lingerie", "sesiones de lencería", "ensaio de lingerie":
	// lingerie shoots said without "en"/"em", which rows with a minor
	// passed).
	cSexualForm
	// Pictures of a person and an exclusive adult audience for them:
	// together with a named minor they are the shape of sexualised child
	// imagery however it is worded ("élèves de quatrième filmées ..., accès
	// réservé aux amateurs avertis", "alumnas de secundaria ... para
	// caballeros VIP"). Rules-only, like the two above.
	cImagery
	cExclusiveAud
	// An adult audience read from its words ("socios adultos", "zahlende
	// Herren", "adult collectors"; see adultAudSpan), intimate garments
	// ("Unterwäsche", "sottoveste", "camisolas de renda") and the words that
	// sexualise a picture ("sensuali", "sugerentes", "provocative"): with a
	// named minor, two of them are sexualised child imagery. Rules-only.
	cAdultAud
	cGarment
	cSexyAdj
	// Rules-only too: adults seeking minors said in more words ("generous
	// older gentlemen"), read as cAdultSeek; "barely legal" and the school
	// framing beside it; an app or service that makes nude pictures of a
	// real person ("generates a nude version", "spoglia le foto").
	cAdultSeekForm
	cBarelyLegal
	cSchoolFrame
	cNudeGen
	numConcepts // must stay last
)

// A set is a bit set of concepts. Three words leave room for growth; the
// constant below stops the build if the concepts ever outgrow them.
type set [3]uint64

const _ = uint(3*64 - numConcepts)

func of(cs ...concept) set {
	var s set
	for _, c := range cs {
		s[c/64] |= 1 << (c % 64)
	}
	return s
}

func (s set) has(c concept) bool { return s[c/64]&(1<<(c%64)) != 0 }
func (s set) any(o set) bool {
	return s[0]&o[0] != 0 || s[1]&o[1] != 0 || s[2]&o[2] != 0
}
func (s set) empty() bool     { return s[0] == 0 && s[1] == 0 && s[2] == 0 }
func (s set) or(o set) set    { return set{s[0] | o[0], s[1] | o[1], s[2] | o[2]} }
func (s set) and(o set) set   { return set{s[0] & o[0], s[1] & o[1], s[2] & o[2]} }
func (s set) minus(o set) set { return set{s[0] &^ o[0], s[1] &^ o[1], s[2] &^ o[2]} }
