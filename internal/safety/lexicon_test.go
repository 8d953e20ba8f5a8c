package safety

// The lexicon maps normalised words and phrases to concepts. Terms are
// comma-separated; a phrase is space-separated words; a trailing '+' on a
// word adds its regular inflections (see inflect), except after a digit,
// where it is literal ("21+"). Terms are written in the normalised form the
// tokenizer produces: lower case, punctuation and hyphens become spaces, "'s"
// is dropped and other apostrophes vanish ("driver's license" → "driver
// license", "don't" → "dont"); TestLexiconTermsAreNormalised checks this.
//
// A word may carry several concepts; a phrase claims its words, so the longest
// phrase at a position wins ("bath bomb" is neutral, "sexual health" is a
// health context and never the sexual concept). The file is one long table on
// purpose, so a reviewer sees every term of a concept in one place.
type entry struct {
	concepts set
	terms    string
}

var lexicon = []entry{
	// ---- activities -------------------------------------------------------
	{of(cSell), `sell+, sold, resell+, sale+, buy+, bought, purchase+, supply+, supplier+, vendor+,
		vend+, deal+, dealt, distribute+, distribution, distributor+, ship+, deliver+, delivery,
		deliveries, courier+, order+, offer+, provide+, plug+, shop+, store+, market+, marketplace+,
		trade+, wholesale+, retail+, source+, stock+, in stock, export+, import+, peddle+, pusher+,
		dropship+, get your, restock+, cash on delivery, discreet shipping, discreet delivery,
		discreet packaging, stealth shipping, worldwide shipping, next day delivery,
		same day delivery`},
	{of(cSell, cForSale), `for sale, on sale, up for sale, available for purchase`},
	{of(cSellStrict), `sell, sells, selling, sold, buy, buys, buying, bought, purchase, purchases,
		purchasing, resell+, trade, trades, trading, auction+, traffic, trafficking`},
	{of(cMake), `make+, made, build+, built, create+, develop+, code+, write+, wrote, written,
		craft+, manufacture+, produce+, production, cook+, print+, 3d print+, assemble+, design+,
		engineer+, generate+, program+, custom, synthesize+, synthesise+, synthesis, grow+, grew`},
	{of(cService), `as a service, for hire, hire+, rent+, rental+, lease+, subscription+, on demand,
		service+, affiliate+, affiliate program+, kit+, install+, deploy+, spread+, infect+,
		launch+, run+, ran, operate+, operation+, operator+, commit+, carry out, execute+,
		organize+, organise+, set up, host+, on your behalf, for you, done for you, panel+,
		builder+, access`},
	{of(cPromote), `promote+, encourage+, glorify+, glorification, celebrate+, praise+, propaganda,
		tip+, trick+, method+, how to, guide+, tutorial+, teach+, learn how to, step by step,
		manual+, merch, merchandise, apparel, t shirt+, shirt+, flag+, sticker+, inspire+, planning,
		plan attack+, recruitment video+, propaganda video+, meme+`},
	{of(cRecruit), `recruit+, recruitment, enlist+, join+, sign up, signing up, radicalize+,
		radicalise+, radicalization, radicalisation, fundraise+, fundraising, donate+, donation+,
		fund+, finance+, financing, fighter+, member+, membership+, chapter+, volunteer+, train+,
		arm+ them`},

	// ---- people -----------------------------------------------------------
	{of(cMinor), `high school girl+, high school boy+, high school kid+, middle school girl+,
		middle school boy+, middle school kid+, school girl+, school boy+, child, children, kid+,
		kiddie+, minor+, underage, teen+, teenager+, teenage, preteen+, pre teen+, tween+,
		schoolgirl+, schoolboy+, young girl+, young boy+, little girl+, teenage girl+, teenage boy+,
		teen girl+, teen boy+, little boy+, high schooler+, middle schooler+, juvenile+, loli,
		toddler+, young teen+`},
	{of(cMinorAud), `at the local secondary school, at the local high school, at the high school,
		at the secondary school, at school, at schools, school gates, at the school gate+, to pupils,
		to schoolchildren, for kids, for children, for teens, for teenagers, for minors, for tweens,
		for preteens, for high schoolers, for middle schoolers, for schoolkids, for students under,
		to kids, to children, to teens, to teenagers, to minors, to underage, to tweens,
		to high schoolers, to middle schoolers, to schoolkids, at kids, at children, at teens,
		at teenagers, at minors, at tweens, under 18, under 18s, under 16, under 16s, under 21,
		under 21s, under 13, under eighteen, kid friendly, for your kids, to your kids,
		near schools, outside schools, by schools, school kids, schoolkids, high school students,
		middle school students, elementary school students, school children, schoolchildren,
		grade schoolers, students under 18, at high school students, to high school students,
		at middle school students, to middle school students`},
	{of(cPerson), `women, girl, girls, boy, boys, children, child, kid, kids, babies, baby, bride,
		brides, wife, wives, slave, slaves, human, humans, kidney, kidneys, human organ+,
		teenage girl+, young women, young girls, migrants, refugees`},
	{of(cProt), `jews, jewish people, muslims, blacks, black people, gays, gay people, lesbians,
		trans people, transgender people, immigrants, migrants, refugees, mexicans, asians, arabs,
		africans, hispanics, latinos, christians, hindus, sikhs, disabled people, lgbt people,
		lgbtq people, roma, gypsies, chinese people, jew, muslim, immigrant, ethnic minority,
		ethnic minorities, religious minority, religious minorities, racial minority,
		racial minorities, ethnic group+, followers of one religion, followers of that religion,
		followers of a religion, people of color, people of colour, foreigners, gay men, gay women,
		non whites, nonwhites`},

	// ---- fraud ------------------------------------------------------------
	{of(cStolen), `stolen, steal, stealing, stole, hacked, leaked, skimmed, cloned, carded,
		breached, compromised`},
	{of(cCard), `credit card+, debit card+, card+, card number+, card data, card details,
		payment card+, cvv, cvv2, cc, ccs, gift card+, bank account+, bank login+, bank log+,
		paypal account+, carding`},
	{of(cPII), `account+, login+, credential+, password+, identity, identities, ssn+,
		social security number+, personal data, personal information, pii, database+, data,
		passport+, document+, goods, car+, vehicle+, phone+, laptop+, bike+, catalytic converter+,
		iphone+, smartphone+, macbook+, ipad+, tablet+, bicycle+, power tool+, watch+,
		designer bag+, merchandise, electronics, jewelry, jewellery`},
	{of(cGoods), `goods, product+, handbag+, bag+, purse+, watch+, sneaker+, designer, luxury,
		brand name+, branded, rolex+, gucci, louis vuitton, medicine+, medication+, pill+, airbag+,
		auto part+, perfume+, cosmetic+, clothing, jersey+`},
	{of(cFake), `fake+, forged, forge+, forgery, forgeries, counterfeit+, fraudulent, phony, phoney,
		bogus, falsified, falsify+, scannable, knockoff+, knock off+`},
	{of(cCharity), `charity, charities, fundraiser+, donation drive+, relief fund+, gofundme+,
		crowdfunding campaign+, donation+`},
	{of(cFake, cDoc), `novelty id+, novelty passport+, novelty driver license+, replica passport+,
		replica id+, replica banknote+, replica money, replica bill+, diploma mill+, degree mill+,
		buy a degree, buy a diploma, buy degree+, buy diploma+, backdated document+`},
	{of(cFake, cGoods), `replica designer, replica handbag+, replica watch+, replica rolex+,
		replica bag+, replica sneaker+, first copy, 1 1 replica+, aaa replica+`},
	{of(cDoc), `insurance claim+, claim+, medical record+, tax return+, pay slip+, payslip+,
		reference letter+, passport+, id, ids, id card+, identity card+, identity document+,
		driver license+, drivers license+, driving licence+, driving license+, drivers licence+,
		license+, licence+, diploma+, degree+, certificate+, transcript+, visa+, residence permit+,
		work permit+, green card+, social security card+, birth certificate+, vaccination card+,
		vaccine card+, vaccination certificate+, doctor note+, doctors note+, sick note+,
		medical certificate+, pay stub+, paystub+, bank statement+, utility bill+, document+,
		paper+, credential+, money, banknote+, bill+, currency, cash, euros, dollars, check+,
		cheque+, receipt+, invoice+, prescription+, insurance card+, uni degree+`},
	{of(cReview), `review+, rating+, testimonial+, follower+, like+, engagement, five star review+,
		5 star review+, traffic, click+, view+, stream+, vote+`},
	{of(cScam), `scam+, scamming, scammer+, fraud+, swindle+, con artist+, advance fee, 419 scam+, pig butchering, romance scam+, rug pull+,
		pump and dump+, exit scam+, money mule+, chargeback fraud, refund fraud, insurance fraud,
		tax fraud, wire fraud, benefit fraud, identity theft, sextortion, extort+, extortion,
		blackmail+, tech support scam+`},
	{of(cScam, cFake, cCharity), `fake charity, fake charities, sham charity, sham charities,
		bogus charity, fake fundraiser+, fake gofundme+`},
	{of(cStolen, cCard), `fullz, cvvs, cvv shop+, cvv store+, cc shop+, cc dump+, card dump+,
		dumps with pin, dumps and pins, dump+ with pin, bank drop+, carding forum+, carding shop+,
		carding tutorial+, carding method+, carding service+, carding guide+, cashout service+,
		cash out service+, cash out stolen, card skimmer+, atm skimmer+, skimming device+,
		cloned card+, clone card+, fresh cvv+, sell cvv+, buy cvv+, cvv for sale, bank logs`},
	{of(cStolen, cCard), `clone+ credit card+, clone+ debit card+, clone+ card+, clone+ sim card+`},
	{of(cFraudStrong), `review farm+, click farm+, buy followers, fake followers,
		identity theft service+, bank logs, sim swap service+, fake id+, money mule recruit+`},
	{of(cLaunder), `money laundering, launder money, laundering money, launders money,
		laundered money, launder funds, laundering funds, launder cash, laundering cash,
		launder crypto, laundering crypto, launder bitcoin, laundering bitcoin, launder proceeds,
		laundering proceeds, launder your money, launder your crypto, launder dirty money,
		clean dirty money, wash dirty money, washing dirty money, dirty money, wash money,
		washing money, crypto mixer+, bitcoin mixer+, bitcoin tumbler+, crypto tumbler+,
		coin mixing, mixing service+ for bitcoin, structuring deposits, smurfing`},

	// ---- hacking ----------------------------------------------------------
	{of(cMalware), `ransomware, malware, botnet+, remote access trojan+, keylogger+, spyware,
		rootkit+, zero day+, 0day+, zero day exploit+, exploit kit+, crypter+,
		fud crypter+, infostealer+, info stealer+, stealer+, stealer log+, computer virus+,
		cryptojacker+, cryptojacking, backdoor+, rat builder+, banking trojan+, credential stuffing,
		account takeover+`},
	{of(cHack), `hack, hacking, hacked, hack into, hacks into, hacking into, break into,
		breaking into, broke into, crack into, crack password+, cracking password+,
		password cracking, crack account+, crack wifi, crack any, bypass 2fa, bypass two factor,
		bypass icloud, bypass activation lock+, bypass frp, bypass password+, bypass security,
		hijack+, brute force, brute forcing, steal, stealing, stole, access someone, unlock someone,
		take over account+, take over their`},
	{of(cHackTarget), `account+, email+, e mail+, password+, instagram, facebook, whatsapp,
		snapchat, tiktok, twitter, gmail, icloud, social media, phone+, spouse+, partner+,
		girlfriend+, boyfriend+, wife, husband+, ex, grades, school system+, university system+,
		wifi, wi fi, bank account+, website+, database+, server+, network, networks, any account,
		2fa, two factor, otp+, any phone, cctv, camera+, webcam+`},
	{of(cSpy), `spy on, spying on, spies on, secretly track+, secretly monitor+, secretly read+,
		secretly record+, track someone, monitor someone, read someone, read their messages,
		without them knowing, without their knowledge, without their consent, hidden tracking,
		hidden tracker+, stalkerware, spyware, spy app+, spy software, keylogger+, stalk someone,
		keystroke+, record+ keystroke+, log+ keystroke+, silently record+, silently track+,
		silently read+, silently monitor+, covertly record+, covertly track+, stalk your ex,
		stalk anyone, stalking your, cyberstalk+, intercept+`},
	{of(cSpyTarget), `spouse+, partner+, wife, wives, husband+, girlfriend+, boyfriend+, ex,
		someone, anyone, cheating, cheater+, employee+, their phone, messages, texts, location,
		whatsapp, anybody, other people`},
	{of(cDDoS), `ddos, ddos attack+, denial of service, booter+, stresser+, ip stresser+,
		ip booter+, ddos for hire`},
	{of(cPhish), `phishing, phishing kit+, phishing page+, phish+, scam page+, fake login page+,
		fake login+, spoofed page+, smishing, vishing, phishing email+, phishing campaign+`},
	{of(cHackStrong), `dodge+ antivirus, dodge+ every antivirus, dodge+ any antivirus,
		evade+ every antivirus, evade+ any antivirus, slip+ past antivirus, beat+ antivirus,
		fool+ antivirus, bypass+ edr, evade+ edr, undetectable malware, undetectable ransomware,
		hacker for hire, hackers for hire, hire a hacker, hire hackers, hacking service+,
		ransomware as a service, raas, malware as a service, maas, ddos for hire, booter service+,
		bulletproof hosting, fud crypter+, exploit kit+ for sale, phishing as a service,
		phaas, botnet for hire, botnet rental+, rent a botnet, account takeover service+,
		hacked account+, cracked account+, stolen account+, sim swapping service+, sim swap attack+,
		zero day+ for sale, antivirus cannot see, antivirus cant see, antivirus cannot detect,
		antivirus cant detect, evade antivirus, evades antivirus, evading antivirus,
		bypass antivirus, bypasses antivirus, undetectable by antivirus, av evasion,
		fully undetectable, grade changing, change your grades, change grades, hack grades,
		recover any account, hack any account, hack any phone, hack into`},

	// ---- weapons and violence ---------------------------------------------
	{of(cGun), `gun+, firearm+, handgun+, pistol+, rifle+, shotgun+, revolver+, ammo, ammunition,
		ar 15, ar 15s, ar15, ar15s, ak 47, ak 47s, ak47, ak47s, glock+, assault rifle+,
		assault weapon+, weapon+, lower receiver+, silencer+, suppressor+, gun part+, firearm part+,
		uzi+, mac 10, mac 10s, smg+, submachine gun+, machine gun+, sniper rifle+, bullet+,
		round+ of ammo, 80 lower+, 80 percent lower+`},
	{of(cGunFlag), `failed their background check+, failed a background check+,
		failed background check+, fail+ a background check+, fail+ their background check+,
		no background check+, without background check+, without a background check+,
		skip the background check+, skip background check+, avoid background check+,
		bypass background check+, no bg check+, no paperwork, no serial number+, no serial+,
		without serial number+, without serial+, serial number+ removed, serial+ removed,
		removed serial+, filed off, scratched off, unserialized, unserialised, untraceable,
		no license required, no licence required, no license needed, no licence needed,
		no permit required, no permit needed, no ffl, off the books, no questions asked,
		no id required, no id needed, no id check+, felon+, to felons, prohibited person+,
		straw purchase+, straw buyer+, black market, illegally, illegal, unregistered, dark web,
		darknet, convert to full auto, full auto conversion+, auto sear+, no records, no record+,
		no trace, anonymous purchase+, buy anonymously`},
	{of(cBomb), `bomb+, explosives, explosive device+, explosive material+, detonator+, semtex,
		improvised explosive+, ied+, grenade+, molotov+, molotov cocktail+, pipe bomb+, nail bomb+,
		car bomb+, dirty bomb+`},
	{of(cWeaponStrong), `ghost gun+, untraceable gun+, untraceable firearm+, gun running,
		gunrunning, gunrunner+, arms trafficking, weapon+ trafficking, arms smuggling,
		gun smuggling, weapon+ smuggling, illegal arms, illegal gun+, illegal weapon+,
		illegal firearm+, black market gun+, black market firearm+, black market weapon+,
		auto sear+, glock switch+, full auto conversion+, pipe bomb+, nail bomb+, car bomb+,
		dirty bomb+, suicide vest+, improvised explosive device+, unregistered gun+,
		unregistered firearm+, arms dealer+, arms dealing, guns to cartels, weapons to cartels,
		3d printed gun+, 3d printed firearm+, printable gun+, bomb making, bomb making instruction+,
		how to make a bomb, build a bomb, make a bomb, homemade bomb+, homemade explosive+,
		sell grenades, rocket launcher+`},
	{of(cViolenceHire), `hitman, hitmen, hit man, hit men, murder for hire, contract killing+,
		contract killer+, assassination service+, assassin+ for hire, killer+ for hire,
		untraceable poison+, beat someone up, beat up anyone, kneecapping, hired muscle,
		kidnap+ for ransom, kidnapping service+, acid attack+`},

	// ---- drugs ------------------------------------------------------------
	{of(cDrug), `cocaine, cocain, crack cocaine, crack rock+, heroin, meth, methamphetamine+,
		crystal meth, fentanyl, fent, carfentanil, nitazene+, mdma, ecstasy, lsd, acid tab+,
		acid blotter+, ketamine, angel dust, ghb, rohypnol, roofie+, date rape drug+, dmt,
		magic mushroom+, shroom+, psilocybin, mescaline, black tar heroin, amphetamine+, xanax bar+,
		percs, percocets, street drugs, illegal drugs, hard drugs, party drugs, recreational drugs,
		narcotics, controlled substance+, research chemical+, speedball+, molly pills,
		ecstasy pill+, krokodil, coca paste, pressed pill+, fake pill+, counterfeit pill+,
		cocaine powder, coke delivery, 8 ball+ of coke, eight ball+ of coke`},
	{of(cDrugsGeneric), `drugs`},
	// Slang that is innocent alone ("Coke and snacks") but not in a cluster
	// ("coke, molly and pills delivered").
	{of(cDrugSlang), `coke, molly, mandy, ket, xtc, percs, oxys, xans, zans, addys, shrooms,
		e pills, pingers`},
	{of(cDrugStrong), `drug dealer+, drug dealing, drug plug+, drug cartel+, drug trafficking,
		drug trafficker+, drug smuggling, drug smuggler+, drug mule+, meth lab+, cook meth,
		cooking meth, cooks meth, crack house+, darknet market+, dark web market+,
		narco trafficking, narcotrafficking, cocaine dealer+, heroin dealer+, fentanyl dealer+,
		drug running, drug runner+, drug lab+, drug den+, pill mill+, trap house+`},
	{of(cRxDrug), `oxycodone, oxycontin, oxy, oxys, hydrocodone, vicodin, percocet, xanax,
		alprazolam, valium, diazepam, adderall, ritalin, tramadol, codeine, morphine, dilaudid,
		opioid+, opiate+, painkiller+, pill+, benzo+, benzodiazepine+, steroid+, anabolic steroid+,
		sleeping pill+, ambien, klonopin, suboxone pill+, lean, promethazine, modafinil, viagra,
		cialis, ozempic, semaglutide, phentermine, clonazepam, lorazepam`},
	{of(cRxFlag), `no prescription, no prescriptions, without prescription, without a prescription,
		without prescriptions, no rx, without rx, without an rx, no script, no scripts,
		without a script, prescription not required, prescription not needed,
		no prescription needed, no prescription required, no doctor, without a doctor,
		no questions asked, discreet shipping, stealth shipping, discreet packaging,
		no doctor needed, no doctor visit, bypass prescription+, skip the doctor`},
	{of(cSmuggle), `smuggle+, smuggler+, trafficking, trafficked, trafficker+, traffic women,
		traffic girls, traffic children, coyote service+, sneak+ across,
		transport+ people across the border, transport+ migrants across the border`},

	// ---- sexual content and age-restricted products ------------------------
	{of(cSexual), `sext+, explicit, nude content, cam site+, webcam site+, adult cam+,
		cam performer+, cam girl+, explicit show+, explicit stream+, explicit livestream+,
		explicit chat+, porn, porno, pornography, pornographic, nudes, nude photo+, nude pic+,
		nude picture+, nude image+, nude video+, naked photo+, naked pic+, naked picture+,
		naked image+, naked video+, explicit content, explicit video+, explicit photo+,
		explicit image+, explicit picture+, explicit material+, sexually explicit, sex, sexual,
		sex tape+, sex video+, sex chat+, sex cam+, sexting, erotic, erotica, erotic content, nsfw,
		xxx, adult content, adult video+, adult film+, adult movie+, adult entertainment,
		adult site+, adult website+, adult chat+, adult toy+, sex toy+, onlyfans, only fans,
		camgirl+, camboy+, cam show+, cam model+, webcam model+, webcam show+, fetish, fetishes,
		strip club+, stripper+, striptease, hookup app+, hook up app+, hookup site+, casual hookup+,
		lewd, hentai, intimate photo+, intimate video+, intimate content, xxx video+, sex work,
		sex worker+, escort agency, escort agencies, escort girl+, escort service+, escorts`},
	// Sexualising the person photographed or dressed: with a minor, never an
	// audience question.
	{of(cSexual, cSexualSubject), `sugar daddy, sugar daddies, sugar baby, sugar babies, sexy,
		seductive, boudoir, nude portrait+, nude shoot+, nude photoshoot+, nude photography,
		naked portrait+, naked shoot+, naked photography, nude modeling, nude modelling,
		nude model+, lingerie model+, sexy photoshoot+, sexy costume+, sexy pose+, sexy dance+`},
	// The same photo work in the other five languages.
	{of(cSexual, cSexualSubject), `aktshooting, aktshootings, aktfotos, aktfotografie, aktaufnahmen,
		nacktfotos, nacktbilder, nacktaufnahmen, nacktshooting, nacktshootings, erotikshooting,
		erotikshootings, dessousshooting, dessousshootings, photos de nu, photos nues,
		seance photo nue, seances photo nues, shooting nu, shootings nus, shooting denude,
		fotos desnudas, fotos de desnudo, sesion de desnudo, sesiones de desnudo, desnudo artistico,
		fotos nuas, fotos de nu, ensaio nu, ensaios nus, ensaio sensual, ensaios sensuais,
		foto di nudo, foto nude, servizio di nudo, servizi di nudo, shooting di nudo, nudo artistico`},
	{of(cSMStrong), `meet young girls, meet underage girls, meet underage boys, meet minors,
		meet little girls, meet teen girls, meet young boys, csam, child porn, child pornography,
		kiddie porn, kiddy porn, child abuse material, child sexual abuse material,
		sexual abuse material, child sex abuse material, underage porn, underage nudes,
		underage sex, jailbait, lolicon, shotacon, pedo, pedos, pedophile+, paedophile+, pedophilia,
		paedophilia, pedo content, preteen model+, teen escort+, underage escort+, young escort+,
		child escort+, child model+ nude, child bride+, sex with minors, sex with kids,
		sex with children, minor attracted, cp trading, cp links, trade cp, sell cp, grooming kids,
		groom kids, groom children, grooming children, groom teens, grooming teens, child sex`},
	{of(cAdultProduct), `online slots, real money game+, real money prize+, real money bet+,
		real money gambling, alcohol, alcoholic, beer+, wine+, liquor, spirits, vodka, whiskey,
		whisky, rum, gin, tequila, booze, hard seltzer+, hard lemonade, alcopop+, shot+ of vodka,
		vape+, vaping, e cig+, e cigarette+, e liquid+, e juice+, ecig+, juul+, cigarette+, cigar+,
		cigarillo+, tobacco, nicotine, nicotine pouch+, snus, hookah+, chewing tobacco, cannabis,
		marijuana, weed, thc, thc edible+, thc gumm+, thc vape+, cannabis edible+, gambling,
		gamble+, casino+, betting, bet, bets, sports betting, online betting, bookie+, sportsbook+,
		slot machine+, slot game+, online casino+, kratom, nitrous balloons`},
	// Words that aim a product at someone: "designed to hook 10 year olds".
	{of(cTargeting), `sold to, sell to, sells to, selling to, offered to, handed out to, given to,
		designed to hook, designed for, aimed at, targeting, targeted at, target+, hook+,
		get them hooked, attract+, lure+, market+ to, marketed at, advertis+ to, appeal+ to,
		popular with, made for, built for, tailored to, tailored for, perfect for`},
	{of(cA2MFlag), `no id required, no id needed, no id check+, no age verification, no age check+,
		no age checks, without age verification, without id, without an id, no questions asked,
		skip age verification, bypass age verification, no age limit, no age restriction+`},

	// ---- extremism and hate -----------------------------------------------
	{of(cExtGroup), `isis, isil, islamic state, daesh, al qaeda, al qaida, alqaeda, al shabaab,
		al shabab, boko haram, taliban, hezbollah, hamas, atomwaffen, atomwaffen division,
		order of nine angles, o9a, combat 18, national action, feuerkrieg, terrorgram, jihadist+,
		jihadi+, terrorist+, terrorist group+, terror group+, terrorist cell+, terror cell+,
		terrorist organization+, terrorist organisation+, mujahideen, caliphate, armed militia+,
		paramilitary, death squad+, nordic resistance movement`},
	{of(cTerror), `christchurch video+, shooting video+, attack footage, massacre footage,
		attack video+, christchurch shooter, christchurch attack+, shooter manifesto+,
		killer manifesto+, terrorist manifesto+, breivik, dylann roof, utoya, buffalo shooter,
		el paso shooter, terrorist attack+, terror attack+, mass shooting+, school shooting+,
		shooting spree+, bombing+, suicide bombing+, suicide bomber+, martyrdom operation+,
		lone wolf attack+, race war, holy war, jihad, massacre+, assassination+, kill infidels,
		kill the infidels, vehicle ramming, car ramming, ramming attack+, beheading+,
		ethnic cleansing, genocide, terrorism, armed uprising, armed insurrection, insurrection,
		kill+ police, kill+ cops, kill+ politicians, mass casualty, mass murder+, martyrdom,
		mass shooter+, armed attack+, violent attack+, attack+ on government, attack+ on police,
		attack+ on civilians, attack+ on police station+, attack+ on government building+,
		attack+ on synagogue+, attack+ on mosque+, attack+ on church+, bomb+ government building+,
		start a race war, school shooter+, terror plot+, bomb plot+`},
	{of(cExtStrong), `accelerationism, accelerationist+, violent jihad, armed jihad, join the jihad,
		terrorist training, terror training, terrorist training camp+, terror camp+,
		martyrdom video+, jihadist propaganda, isis propaganda, isis recruit+, join isis,
		recruit for isis, lone wolf guide+, attack manual+, mass shooter fan+, saint tarrant,
		glorify shooter+, race war now`},
	{of(cHate), `kkk, ku klux klan, klan, klans, klansman, klansmen, neo nazi+, neonazi+, nazi+,
		white power, white pride, white supremacy, white supremacist+, white nationalist+,
		white nationalism, white separatist+, aryan nation+, aryan brotherhood, aryan race,
		aryan pride, master race, race traitor+, racial holy war, rahowa, sieg heil, heil hitler,
		1488, 14 88, 14 words, fourteen words, blood and soil, great replacement, white genocide,
		zog, stormfront, proud boys, patriot front, identity evropa, hitler, swastika+, racist,
		racists, racism, antisemitic, antisemitism, anti semitic, anti semitism, jew hating,
		islamophobic, islamophobia, homophobic, homophobia, transphobic, transphobia, xenophobic,
		xenophobia, bigot+, bigoted, bigotry, hate group+, hate speech, hate crime+, racial slur+,
		ethnic slur+, slurs, supremacist+, whites only, white only, gentiles only, no jews,
		no blacks, no muslims, no gays, no immigrants, no mexicans, no arabs, no asians, no whites,
		anti gay, anti immigrant, anti muslim, anti black, anti jewish, anti trans, ethnostate+,
		lynching, lynch mob+, gas the jews`},
	{of(cDehumanize), `infestation, infest+, be wiped out, must be wiped out, should be wiped out,
		be exterminated, be eliminated, be eradicated, be purged, vermin, subhuman+, sub human+,
		parasite+, cockroaches, inferior race+, inferior people, mongrel+, savage+, exterminate+,
		deport all, invader+, filth, are animals, are rats, are dogs, are pigs, should die,
		must die, dont deserve, expulsion, expel+, deport+ all, ban+ all, should lose their rights,
		lose their civil rights, less than human, not human, inferior`},
	// "keeps Muslims out": a verb and "out" around a group.
	{of(cExpel), `keep, keeps, keeping, kept, kick, kicks, kicking, kicked, drive, drives, driving,
		drove, driven, push, pushes, pushing, pushed, chase+, force+, throw, throws, throwing,
		threw, thrown, run, runs, running, ran`},
	{of(cOut), `out`},
	// "bans Black people": a verb of exclusion right before a group.
	{of(cBan), `ban, bans, banning, banned, exclude+, refuse+, reject+, blacklist+`},
	{of(cExclude), `not welcome, not allowed, not permitted, need not apply, not served, are banned,
		keep out, stay out, refuse service, refuse to serve, refuses to serve, wont serve,
		dont serve, do not serve, never serve, no service for, not hired, wont hire, dont hire,
		never hire, do not hire, banned from, need not enter, go back to their country,
		go back to your country`},

	// ---- self-harm --------------------------------------------------------
	{of(cSHTopic), `cut themselves, cutting themselves, hurt themselves, harm themselves,
		kill themselves, hurt yourself, harm yourself, self harm, selfharm, self harming,
		self injury, self injure, suicide, suicidal, eating disorder+, anorexia, anorexic, bulimia,
		bulimic, starvation, starving yourself, purging, purge after, purging after, skip+ meals,
		skipping meals, skipped meals, fasting until you faint, cutting yourself, overdose+,
		kill yourself, end your life, end their life, ending your life, take your own life,
		take their own life`},
	{of(cSHPromote), `promote+, encourage+, glorify+, glorification, celebrate+, tip+, trick+,
		method+, way+, how to, guide+, tutorial+, kit+, coach+, coaching, help you, assist+, sell+,
		sold, pact+, buddy, buddies, challenge+, lethal, painless, quick, fastest, motivation,
		goal weight+, competition+, community, communities, forum+, meetup+, reward+, inspiration,
		journal+, diet+, plan+`},
	{of(cSHStrong), `pro ana, pro mia, proana, promia, pro anorexia, pro bulimia, pro ed,
		thinspiration, thinspo, bonespo, meanspo, ana coach+, ana buddy, ana buddies, mia coach+,
		pro self harm, pro selfharm, pro suicide, suicide kit+, suicide method+, suicide pact+,
		suicide forum+, suicide guide+, how to kill yourself, kill yourself, kys, painless suicide,
		painless death, self harm tip+, selfharm tip+, how to self harm, how to cut yourself,
		cut yourself, cutting yourself, starve yourself, starving yourself, purge tip+,
		purging tip+, hide your cut+, hide self harm, lethal dose+ guide+, suicide assistance kit+,
		exit bag+, peaceful pill+, lethal dose+, how to starve, anorexia coach+, anorexia coaching,
		starvation diet+, anorexia tip+, starve themselves, starve herself, starve himself,
		starving themselves, starving herself, how to stop eating, hide it from your parents`},

	// ---- trafficking ------------------------------------------------------
	{of(cTrafficStrong), `passports held, passports are held, passports kept, passport+ held by,
		human trafficking, sex trafficking, child trafficking, labor trafficking,
		labour trafficking, people trafficking, people smuggling, human smuggling,
		migrant smuggling, organ trafficking, organ harvesting, forced prostitution, sex slave+,
		sex slavery, mail order bride+, bride trafficking, baby trafficking, baby selling,
		buy a bride, buy a wife, brides for sale, wives for sale, slaves for sale, kidneys for sale,
		organs for sale, human organs for sale, buy a kidney, sell your kidney, sell a kidney,
		passports confiscated, confiscate their passport+, confiscate passport+,
		hold their passport+, debt bondage, trafficked girls, trafficked women, trafficked children,
		force+ into prostitution, force+ them into prostitution, force+ her into prostitution,
		force+ into sex work, force+ them into sex work, take+ their passport+,
		taking their passport+, took their passport+, seize+ their passport+, keep+ their passport+,
		withhold+ their passport+, fake job offer+ abroad, lured with fake job+,
		sold into prostitution, sold into slavery, sell+ into prostitution`},
	// A crossing is innocent alone; with a red flag it is people smuggling.
	{of(cCrossing), `across the border, over the border, across borders, across the mediterranean,
		across the channel, across the sea, across the desert, across the river, into the us,
		into the uk, into europe, into the eu, to europe, to the uk, border crossing+,
		cross+ the border, passage for people, arrange+ passage, sea crossing+, boat crossing+,
		smuggling route+, border run+`},
	{of(cBorderFlag), `no documents required, no documents needed, without documents,
		no passport+ needed, no passport+ required, without a passport, without passports,
		unregistered boat+, undetected, illegally, no papers, no visa+, overcrowded boat+,
		avoid+ border patrol, no checkpoints, avoid+ checkpoints, under the radar, dinghy+,
		rubber boat+, in trucks, inside lorries, hidden in trucks, hidden in lorries`},
	{of(cBorderIllegal), `cross the border illegally, crossing the border illegally,
		crosses the border illegally, illegal border crossing+, sneak across the border,
		sneaking across the border, sneak you across, sneak you into, smuggle you into,
		smuggle you across, smuggling you across, get you across the border, undetected across,
		enter illegally, entering illegally, illegal entry, without papers, no papers needed,
		without visa+, without a visa, no visa needed, avoid border patrol, evade border patrol,
		past border patrol, avoid immigration, evade immigration, illegal immigration service+`},
	{of(cLabor), `forced labor, forced labour, child labor, child labour, bonded labor,
		bonded labour, slave labor, slave labour, unpaid workers, indentured servant+,
		child workers, underage workers, child soldier+`},

	// ---- exception contexts -----------------------------------------------
	{of(cExDef), `online safety, internet safety, digital safety, e safety, parenting, talk to your kids about,
		talk to kids about, talk to teens about, talk to your teens about, cover up, covers up,
		covering up, cover ups, coverup+, address+, tackle+, tackling, confront+, dismantle+, unlearn+, end racism, ending racism,
		overcome racism, takedown notice+, takedown request+, anti, campaign+ against, stand against,
		standing against, united against, prevent, prevents, preventing, prevented, prevention,
		detect, detects, detecting, detection, detector+, combat, combats, combating, combatting,
		fight, fights, fighting, fought, awareness, educate+, education, educational, research,
		researcher+, researching, report, reports, reporting, reported, watchdog+, investigate+,
		investigation+, investigator+, remove, removes, removing, removal, recover, recovers,
		recovering, recovery, survivor+, victim+, advocacy, advocate+, rescue+, mitigation,
		compliance, safeguarding, parental control+, content filter+, spot fake+, spot counterfeit+,
		identify, identifying, identification, verify, verifies, verifying, verification, screening,
		authenticate+, authentication, forensic+, regain+, restore+, restoration, cleanup+,
		clean up, remediation, decontamination, buyback+, buy back, gun buyback+, turn in,
		deradicalization, deradicalisation, de radicalization, de radicalisation, exit program+,
		exit programme+, diversity, inclusion, equity, zero tolerance, takedown+, disrupt+,
		law enforcement, police training, police department+, police k9, drug test+, drug testing,
		k9, sniffer dog+, detection dog+, moderation, moderator+, trust and safety, scam alert+,
		warn, warns, warning+, fraud alert+, counterterrorism, counter terrorism, counter extremism,
		counterextremism, counter trafficking, counter fraud, anti fraud, antifraud, aml,
		anti money laundering, kyc compliance, kyc check+, full kyc, kyc and aml, aml and kyc,
		fact check+, debunk+, expose+, whistleblower+, help victims, support victims, shelter+,
		hotline+, helpline+, tip line+, charity, charities, nonprofit+, non profit+, ngo+,
		intervention+, rehabilitation, reintegration, deter, deters, deterring, preparedness,
		active shooter training, active shooter response, emergency response, self defense,
		self defence, survive, surviving, survival, first aid, stop the bleed, school safety,
		lockdown drill+, threat assessment+, memorial+, vigil+, allyship, tolerance, anti racism,
		anti racist, antiracism, antiracist, anti hate, anti bullying, anti trafficking,
		antitrafficking, anti slavery, end slavery, abolition, abolitionist+, lost and found,
		reunite+, verifier+, authenticity, counterfeit detection, fake id detection,
		id verification, id scanner+, age verification service+, protect against, protects against,
		protecting against, protection against, protect you from, protect yourself from,
		protect children, protect kids, protect teens, protect minors, protect victims,
		protect users, protect customers, protect businesses, protect your business,
		protect your account+, protect your data, protect your identity, protection from,
		keep kids safe, keeping kids safe, keep children safe, keep teens safe, stay safe from,
		find stolen, track stolen, locate stolen, tracking stolen, recover stolen, report stolen,
		stolen property recovery, stolen vehicle recovery, help stop, stop fraud, stop scams,
		stop trafficking, stop the spread, chargeback protection, id theft protection,
		identity theft protection, identity protection, fraud prevention, fraud detection,
		fraud investigation+, scam prevention, scam detection, scam awareness, scam victims,
		fraud victims, loss prevention, insurance, insure+, theft insurance, block+, blocking`},
	{of(cExSec), `cybersecurity, cyber security, infosec, pentest+, pen test+, penetration test+,
		red team+, red teaming, blue team+, purple team+, ethical hacking, ethical hacker+,
		white hat+, whitehat+, bug bounty, bug bounties, incident response, soc, siem, antivirus,
		anti virus, antimalware, anti malware, firewall+, vulnerability assessment+,
		vulnerability management, vulnerability scanning, security audit+, security awareness,
		phishing simulation+, phishing test+, simulated phishing, tabletop exercise+,
		threat intelligence, threat hunting, malware analysis, reverse engineering, sandbox+,
		authorized testing, authorised testing, authorized security testing,
		authorised security testing, authorized penetration, authorised penetration, ctf,
		capture the flag, honeypot+, backup+, disaster recovery, endpoint, edr, mdr, xdr,
		security firm+, security company, security companies, security consultancy,
		security consulting, security service+, security research, security researcher+,
		security testing, security solution+, security software, security team+,
		security operation+, security training, awareness training, ransomware recovery,
		ransomware protection, ransomware defense, ransomware defence, ddos protection,
		ddos mitigation, anti ddos, anti phishing, antiphishing, anti spam, spam filter+,
		data recovery, password manager+, password recovery, account recovery,
		hacked website repair, malware removal, virus removal, spyware removal,
		stalkerware detection, digital forensics, security audit, compliance audit+, iso 27001,
		soc 2, cyber insurance, mssp`},
	{of(cExLegal), `lawyer+, attorney+, law firm+, law office+, legal defense, legal defence,
		criminal defense, criminal defence, defense attorney+, defence lawyer+, defense lawyer+,
		defence attorney+, barrister+, solicitor+, paralegal+, court, courts, courtroom+,
		charged with, facing charges, criminal charges, drug charges, gun charges, weapons charges,
		firearm charges, fraud charges, trafficking charges, accused of, arrested for, legal aid,
		legal representation, public defender+, bail bond+, expungement, at trial, criminal trial+,
		prosecutor+, prosecution, judge+, asylum, immigration law, immigration lawyer+,
		legal clinic+, legal advice, legal service+, represent clients, representing clients,
		represent you, representing you, representation, defendant+, parole, probation, reentry,
		re entry, justice reform, sentencing, criminal law, defense firm+, defence firm+,
		legal team+`},
	{of(cExHealth), `clinic+, hospital+, therapy, therapies, therapist+, therapeutic, treatment+,
		rehab, rehabs, rehabilitation, detox, addiction, addictions, sober, sobriety, counseling,
		counselling, counselor+, counsellor+, doctor+, physician+, nurse+, nursing, medical,
		medically, psychiatrist+, psychiatric, psychologist+, psychology, mental health, health,
		healthcare, hotline+, helpline+, crisis line+, crisis center+, crisis centre+,
		crisis text line, crisis, support group+, peer support, pharmacy, pharmacies, pharmacist+,
		pharmaceutical+, prescribed, licensed pharmacy, veterinary, vet, vets, veterinarian+,
		recovery, recover+, quit, quitting, cessation, postvention, 988, samaritans, dietitian+,
		dietician+, nutritionist+, suicide prevention, sexual health, sexual wellness,
		sexual wellbeing, sex education, sex ed, sexuality education, sex educator+, contraception,
		contraceptive+, sti, stis, std, stds, hiv, family planning, puberty, pediatric, paediatric,
		pediatrician+, paediatrician+, obgyn, gynecologist+, gynaecologist+, midwife, midwives,
		planned parenthood, consent education, body safety, infusion+, hospice, palliative,
		ketamine therapy, ketamine clinic+, ketamine infusion+, psilocybin therapy,
		psilocybin assisted, psychedelic therapy, psychedelic assisted, methadone, buprenorphine,
		suboxone, opioid treatment, medication assisted, clinical trial+, wellbeing, well being,
		wellness, heal+, coping, grief, bereavement, safe space+, support line+, listening service+,
		peer counselor+, sex therapist+, urologist+, fertility, telehealth, abuse prevention,
		child protection, sexual abuse, sex abuse, sexual assault, sex crime+, sex offense+,
		sex offence+, sex offender+, sexual harassment, anti harassment, survivor support,
		teen mental health, teen counseling, teen counselling, youth counseling, youth counselling,
		suicide loss, loss survivors, narcotics anonymous, alcoholics anonymous, drug education,
		drug free, vape free, smoke free, tobacco free, alcohol awareness, drug awareness,
		vaping prevention, underage drinking prevention, quit vaping, quit smoking,
		smoking cessation, vaping cessation, nicotine replacement`},
	{of(cExHarmRed), `harm reduction, needle exchange+, syringe exchange+, syringe service+,
		syringe program+, syringe programme+, clean needle+, sterile syringe+, sterile needle+,
		naloxone, narcan, test strip+, fentanyl test strip+, drug checking, drug checking service+,
		overdose prevention, supervised consumption, safe consumption, safer use, safe supply,
		safer supply, safer sex kit+, outreach worker+, street outreach, drop in center+,
		drop in centre+, overdose response, people who use drugs, drug user+ union+`},
	{of(cExContext), `tour+, walking tour+, historic+, magic trick+, magic show+, magician+, prop money, play money, toy money,
		film+, movie+, prop+, theatre+, theater+, museum+, history, historical, historian+,
		documentary, documentaries, journalism, journalist+, news, newsroom+, reporter+, novel+,
		fiction, author+, archive+, library, libraries, academic+, scholar+, true crime, novelist+,
		thriller+, crime fiction, screenwriter+, mystery novel+, hindu, hinduism, buddhist,
		buddhism, jain, jainism, diwali, memorial+, reenactment+, re enactment+, costume+, cosplay+,
		escape room+, video game+, board game+, tabletop game+, screenplay+, stage, a play, the play, stage play+, school play+, theatre play+, theater play+, musical,
		opera, comedy, holocaust education, holocaust museum, genocide prevention, lecture+,
		textbook+, podcast about, history of, exhibit+, exhibition+`},
	{of(cExAdult), `adults only, adult only, 21+, 18+, 21 and over, 18 and over, over 21, over 18,
		of legal drinking age, legal drinking age, legal age, age verification, age verified,
		age verify, id required, id check+, check id+, checks id+, we check id+, must be 21,
		must be 18, no minors, no one under 18, no one under 21, nobody under 18, nobody under 21,
		not for minors, not for kids, not for children, not for teens, not for sale to minors,
		not sold to minors, never sell to minors, never sold to minors, no sales to minors, 21 plus,
		18 plus, grown up+, grownups, no kids, no children, kids not allowed, children not allowed,
		minors not allowed, adult customers, drink responsibly, gamble responsibly,
		responsible gambling, responsible drinking, id scanning, carded at the door, strictly 18,
		strictly 21, ages 21, ages 18, age gated, age gate+, age restricted, age restriction+,
		under 18 not allowed, under 21 not allowed, minors are not allowed, no under 18s,
		no under 21s`},
	// Escorting oversize loads is regulated road transport ("pilot car escort
	// service" read as a sex service to the learned stage).
	{of(cExLicensed), `pilot car+, pilot vehicle+, escort vehicle+, escort car+, escort truck+,
		oversize load+, oversized load+, wide load+, heavy haul escort+, load escort+,
		vehicule d escorte, vehicules d escorte, voiture pilote, voitures pilotes,
		convoi exceptionnel, convois exceptionnels, vehiculo piloto, vehiculos piloto,
		coche piloto, coches piloto, escolta de cargas, carga sobredimensionada,
		cargas sobredimensionadas, begleitfahrzeug, begleitfahrzeuge, schwertransport,
		schwertransporte, schwertransportbegleitung, veicolo di scorta, veicoli di scorta,
		scorta tecnica, trasporto eccezionale, trasporti eccezionali, carro batedor,
		carros batedores, escolta de carga, carga indivisivel, cargas indivisiveis`},
	{of(cExLicensed), `shooting range+, gun range+, firing range+, rifle range+, pistol range+,
		indoor range+, outdoor range+, archery range+, firearm+ safety, firearm+ training,
		gun safety, rifle safety, pistol safety, hunter safety, hunter education, hunting, hunter+,
		hunting gear, safety course+, safety training, safety class+, safety instructor+,
		certified instructor+, nra certified, ffl, federal firearms license+, licensed dealer+,
		gunsmith+, gunsmithing, demolition, mining, quarry, quarries, blasting,
		controlled demolition, fireworks, pyrotechnic+, bomb disposal, bomb squad+, eod,
		bomb detection, explosive detection, explosives detection, clay shooting, trap shooting,
		skeet, sport shooting, shooting sports, olympic shooting, marksmanship, biathlon,
		concealed carry class+, ccw class+, self defense class+, self defence class+,
		background check+ required, youth shooting, 4 h shooting, scouts`},
	{of(cExSupply), `audit+, auditing, auditor+, supply chain+, due diligence, fair trade,
		fairtrade, ethical sourcing, ethically sourced, traceability, certified, certification+,
		labor free, labour free, slavery free, forced labor free, child labor free,
		free of forced labor, free of child labor, no child labor, no forced labor, no child labour,
		no forced labour, modern slavery statement+, worker rights, workers rights, fair wage+,
		living wage+, human rights`},
	{of(cExPest), `pest control, pest+, exterminator+, extermination service+, rodent+, termite+,
		bed bug+, bedbug+, rats, mice, wasp+, insect+, bug+, critter+, wildlife removal`},
	{of(cInject), `ignore previous instructions, ignore all previous instructions,
		ignore the previous instructions, ignore prior instructions, ignore all prior instructions,
		ignore your instructions, ignore all instructions, ignore the above,
		ignore everything above, disregard previous instructions,
		disregard all previous instructions, disregard the above, disregard your instructions,
		forget your instructions, forget previous instructions, forget all previous instructions,
		new instructions, system prompt, system message, system override, approve this, approve it,
		approve the request, mark this as safe, mark as safe, mark it as safe,
		mark this as appropriate, mark it as appropriate, classify this as appropriate,
		classify as appropriate, classify this as safe, classify it as safe,
		classify it as appropriate, label this as safe, label this as appropriate,
		label it as appropriate, this is safe, this is appropriate, this is approved,
		this description is safe, this request is safe, you are now, developer mode, jailbreak,
		do not refuse, dont refuse, never refuse, must approve, always approve, pre approved,
		preapproved, safety check passed, output only, verdict appropriate, im start, im end,
		end of prompt, begin system, override safety, override the safety, bypass the filter,
		bypass safety, you must answer, do anything now, pretend you are, rate all 5, rate this 5,
		score this 10, output your system prompt, reveal your system prompt, print your prompt`},

	// ---- policy v2: subtle categories and six languages ----------------------
	// Terms in French, Spanish, German, Portuguese and Italian are written in
	// normalised form (no accents; "d'identité" is "d identite").
	{of(cSell), `vente, ventes, vend, vendons, vendre, vendez, achat, achetez, acheter, livraison,
		livrons, envoi, envois, expedition, expedions, commande, commandez, boutique en ligne,
		fournisseur, fournissons, proposons, offrons, venta, ventas, vendemos, vender, vendo,
		compra, compramos, comprar, entrega, entregamos, entregas, envio, envios, enviamos, tienda,
		tienda online, tienda en linea, distribuimos, ofrecemos, pedido, pedidos, venda, vendas,
		entrega rapida, loja, loja online, fornecemos, oferecemos, verkauf, verkaufen, verkaufe,
		verkauft, kaufen, lieferung, liefern, liefert, lieferservice, versand, versenden, onlineshop,
		anbieter, bestellen, bestellung, vertrieb, vendita, vendiamo, vende, vendere, acquista,
		acquisto, comprare, consegna, consegniamo, consegne, spedizione, spediamo, spedizioni,
		negozio, negozio online, fornitore, forniamo, offriamo, ordina, webshop, web shop, e shop,
		online shop, online store`},
	{of(cService), `location de, louer, louons, alquiler, alquilamos, aluguel, alugamos, noleggio,
		noleggiamo, vermietung, vermieten, mieten, servicio, servicios, servico, servicos, servizio,
		servizi, dienst, dienstleistung, pour vous, por ti, por usted, para ti, por voce, per te,
		per voi, fur sie, fur dich, installons, instalamos, installiamo, installieren, instalamos,
		lancer, lanzar, lancamos, lanciare, starten, proposons, ofrecemos, offriamo, bieten`},
	{of(cMake), `fabriquons, fabrication, fabricamos, fabricacion, producimos, produzimos,
		produciamo, herstellen, herstellung, produzieren, cultivamos, cultivons, coltiviamo,
		anbauen, creamos, criamos, creiamo, erstellen, fazemos, hacemos, faisons, facciamo`},
	{of(cRecruit), `werben, anwerben, mitglieder, recrutons, recrute, recrutement, recrutamos,
		recrutamento, reclutamos, reclutamiento, recluta, reclutiamo, reclutamento, arruoliamo,
		rekrutieren, rekrutierung, enrolamos, volunteers`},
	{of(cMinor), `nino, ninos, nina, ninas, menores, menor de edad, menores de edad, adolescentes,
		adolescente, enfants, enfant, ados, ado, adolescents, adolescent, mineurs, mineur,
		bambini, bambino, bambina, bambine, ragazzini, minorenni, minori, adolescenti, kinder,
		kindern, jugendliche, jugendlichen, minderjahrige, minderjahrigen, schuler, schulern,
		schulerinnen, criancas, crianca, menores de idade, eleves, collegiens, collegienne, collegiennes,
		lyceens, lyceennes, ecoliers, ecolieres, escolares, scolari, alunni, schulkinder, colegiais, pupils, pupil, youth, youths,
		under 18s, under eighteens, high schoolers, teens night, teen night+, student night+ for teens`},
	{of(cYouthPlace), `high school, high schools, secondary school+, middle school+, elementary school+,
		primary school+, grade school+, schoolyard+, summer camp+, day camp+, scout+, youth club+,
		after school, after school club+, kids club, colonie, colonies, colonie de vacances,
		centre aere, lycee, lycees, ecole primaire, college et lycee, campamento, campamentos,
		campamento de verano, colegio, colegios, escuela primaria, escuela secundaria, instituto de secundaria,
		colonia de ferias, acampamento, acampamentos, escola primaria, escola secundaria,
		scuola media, scuola elementare, scuola superiore, liceo, licei, campo estivo, centro estivo,
		schule, schulen, gesamtschule, grundschule, realschule, hauptschule, oberschule,
		ferienlager, jugendclub, jugendzentrum, kindergeburtstag, kids birthday party,
		kids birthday parties, children party, children parties, birthday party for kids,
		birthday parties for kids, festa infantil, festas infantis, cumpleanos infantil,
		cumpleanos infantiles, anniversaire enfant, anniversaires enfants, festa per bambini,
		feste per bambini, near the school, next to the school, from the school,
		across from the school, outside the school`},
	{of(cAdultProduct), `schnapsverkostung, bierverkostung, weinverkostung, verkostung, pokerabend, pokerabende, pokerrunde, pokerrunden, pokerturnier, casinoabend,
		casinoabende, wettburo, soirees poker, soiree poker, noches de poker, serate di poker,
		noites de poker, poker, poker night+, poker club+, poker tournament+, casino night+,
		wager+, wagering, apuestas, apuesta, apostar, apostamos,
		paris sportifs, jeux d argent, jeu d argent, scommesse, scommessa, azzardo,
		gioco d azzardo, giochi d azzardo, wetten, sportwetten, glucksspiel, glucksspiele, apostas,
		aposta, apostar, jogos de azar, juegos de azar, casinos, giochi da casino, jeux de casino,
		juegos de casino, jogos de cassino, cassino, cassinos, spielbank, alcool, alcohol, alcol,
		alkohol, alcoolisees, boissons alcoolisees, bebidas alcoholicas, bebidas alcoolicas,
		alcolici, bier, biere, bieres, cerveza, cervezas, cerveja, cervejas, birra, birre, vin, vins,
		vino, vinos, vinho, vinhos, wein, weine, cocktail+, chupitos, degustation de vin,
		degustation de biere, cata de vinos, cata de cerveza, beer tasting+, wine tasting+,
		degustazione di vini, degustazione di birra, weinprobe, bierprobe, rhum, tabac, tabaco,
		tabacco, tabak, cigarrillos, cigarrillo, sigarette, sigaretta, zigaretten, zigarette,
		cigarros, cigarro, vapeo, vaper+, sigaretta elettronica, sigarette elettroniche,
		e zigarette, e zigaretten, cigarrillo electronico, cigarrillos electronicos,
		cigarette electronique, cigarettes electroniques, cigarro eletronico, cigarros eletronicos,
		chicha, narguile, narguiles, narghile, shisha, shishas, cachimba, wasserpfeife, nicotina,
		nikotin, marihuana, maconha, canapa, hachis, haschisch, hasch, porros, drinking game+,
		beer pong, keg party, keg parties, open bar, free flowing cocktails, skins betting,
		bet real money, betting skins, bet their pocket money, vape shop+`},
	{of(cA2MFlag), `ohne altersprufung, ohne alterskontrolle, ohne ausweis, sans verification d age,
		sans controle d age, sin verificacion de edad, sin control de edad, sin pedir identificacion,
		sem verificacao de idade, sem pedir documento, senza verifica dell eta, senza controllo dell eta,
		senza documento, no id, no age verification, sin dni, sans piece d identite`},
	{of(cDanger), `fireworks, firework+, sparkler+, sparkler fight+, firecracker+, petard+, petardos,
		petardi, feux d artifice, feu d artifice, fuegos artificiales, fuochi d artificio,
		feuerwerk, feuerwerkskorper, bengalas, fogos de artificio, rojoes, chemicals, chemical+,
		acid+, strong acid+, solvent+, blowtorch+, chainsaw+, power tool+, knives, machete+,
		bonfire+, open fire+, gasoline, petrol, lighter fluid, quimicos, productos quimicos, acidos,
		produits chimiques, acides, prodotti chimici, acidi, chemikalien, sauren, produtos quimicos,
		cuchillos, couteaux, coltelli, messer, facas, motosierra+, tronconneuse+, motosega,
		kettensage+, motosserra+, explosives, real guns, live ammunition, live ammo`},
	{of(cNoSupervision), `no adults needed, no adult needed, no adults required, no adult required,
		no adult supervision, without adult supervision, without supervision, no supervision,
		unsupervised, no parents needed, no parents required, parents not needed,
		parents not required, without adults, without parents,
		no safety gear, without safety gear, no protective gear, no helmets, no grown ups,
		sin supervision, sin adultos, sin supervision adulta, sin padres, sans surveillance,
		sans adulte, sans adultes, sans parents, sans encadrement, ohne aufsicht, ohne erwachsene,
		ohne eltern, unbeaufsichtigt, sem supervisao, sem adultos, sem os pais, senza supervisione,
		senza adulti, senza genitori, senza sorveglianza, alone, no leaders, no leader, no instructors,
		no instructor, without instructors, without an instructor`},
	{of(cSafeguard), `supervised, supervised by, supervise+, certified instructor+,
		qualified instructor+, instructors, instructor, coaches, certified coaches, lifeguard+,
		monitores, monitores titulados, animateurs, animateurs diplomes, encadre, encadrees,
		encadres, encadrement, supervisados, supervisadas, supervisado, supervisionados,
		supervisionadas, betreut, betreute, beaufsichtigt, unter aufsicht, sotto supervisione,
		supervisionati, istruttori, istruttori qualificati, instructores, instrutores,
		instrutores certificados, monitori, safety gear, protective gear, full face protection,
		helmets, safety officer+, range safety officer+, marshal+, teachers, teacher,
		led by teachers, security staff, parent volunteers`},
	{of(cFamilyVenue), `play corner+, kids play corner+, play area+, kids area, kids corner,
		playground+, spielplatz, aire de jeux, espace enfants, zona infantil, area giochi, area bimbi,
		parquinho, espaco kids, children welcome, kids welcome, family friendly, familienbrauerei,
		zona de juegos, zona de juego, area de juegos, zona de jogos, area de jogos, espace de jeux,
		aire de jeu, coin enfants, spielecke, spielbereich, kinderecke, area gioco, zona giochi,
		brasserie familiale, family brewery, family taproom`},
	{of(cNeutral), `sans alcool, sin alcohol, senza alcol, ohne alkohol, sem alcool, alkoholfrei,
		analcolico, analcolici, analcolica, analcoliche, cocktail analcolici, cocktails sans alcool,
		cocteles sin alcohol, cocktail dress+, shrimp cocktail+, coca cola, po box+, mock casino,
		wine gums`},
	// A treasure hunt is a children's game, not hunting (an exception
	// context for outfitters that excused a kids' party with blackjack).
	{of(cNeutral), `treasure hunt+, chasse au tresor, chasses au tresor, schatzsuche, schnitzeljagd,
		busqueda del tesoro, caza del tesoro, caca ao tesouro, caccia al tesoro`},

	{of(cGun), `pistola, pistolas, pistole, pistolet, pistolets, armas, armi, armes, waffe, waffen,
		fusil, fusils, fusiles, fucile, fucili, gewehr, gewehre, escopeta, escopetas, carabina,
		municion, municiones, munition, munitions, munizioni, municao, kalashnikov, armes a feu,
		armas de fuego, armi da fuoco, schusswaffe, schusswaffen, armas de fogo, arma de fogo,
		arma de fuego`},
	{of(cGunFlag), `sin numero de serie, sin numeros de serie, sans numero de serie, senza matricola,
		senza numero di serie, ohne seriennummer, sem numero de serie, sin licencia, sin permiso,
		sin preguntas, sin hacer preguntas, sans questions, senza domande, ohne fragen,
		sem perguntas, sin antecedentes, ohne waffenschein, senza porto d armi, mercado negro,
		marche noir, mercato nero, schwarzmarkt, ilegal, ilegales, ilegais, illegale, illegali,
		illegales, irrastreable, irrastreables, intracable, intracables, rastreable, no licence,
		no license, without a licence, without a license, unlicensed, sans licence, sin licencia,
		senza licenza, ohne lizenz, sem licenca, cash sales, other side of the border`},
	{of(cGunFlagStrong), `serial number removal, serial numbers removal, remove serial number+,
		removing serial number+, removal of serial number+, file off serial number+,
		filing off serial number+, eliminacion del numero de serie, borrar numeros de serie,
		seriennummern entfernen, rimozione della matricola, remocao do numero de serie`},
	{of(cBomb), `explosivos, explosifs, esplosivi, sprengstoff, bomba, bombas, bombe, bomben,
		granada, granadas, granate, engins explosifs, artefactos explosivos`},
	{of(cExLicensed), `armeria, armerie, armurerie, armureries, armeria autorizzata, poligono,
		poligono di tiro, campo de tiro, stand de tir, schiessstand, schutzenverein, club de tir,
		tiro sportivo, tiro deportivo, cazadores, caza, chasse, chasseurs, caccia, cacciatori,
		jagd, jager, licencias de armas, licencia de armas, porto d armi, permis de chasse,
		waffenschein, jagdschein, licenca de armas, antique arms, antique arms dealer+,
		antique weapons, antique firearm+, flintlock+, collectors`},

	{of(cDrug), `cocaina, kokain, metanfetamina, metanfetaminas, metanfetamine, metamfetamina,
		heroina, eroina, d heroine, extasis, extase, anfetaminas, anfetamine, anfetamina,
		amphetamines, ketamina, chetamina, fentanilo, fentanil, 3 mmc, 4 mmc, 2c b, 2cb,
		mephedrone, mefedrona, a pvp, flakka, nbome, 5 meo, legal highs, designer drugs,
		drogas duras, drogues dures, harte drogen, droghe pesanti, drogas sinteticas,
		stupefiants, stupefacenti, estupefacientes, entorpecentes, crystal, tusi, cocaine rose`},
	{of(cDrugsGeneric), `drogas, drogues, droghe, drogen, drogue, droga`},
	{of(cDrugSlang), `snow, farlopa, perico, coca, tusi, pirulas, pastillas, pilules, pillen,
		pastiglie, comprimidos, bala, balas, po, schnee, neve, nieve, blanca, white, cristal, keta,
		speed, teile, pillole`},
	{of(cRxFlag), `sin receta, sin receta medica, sem receita, sem receita medica, sans ordonnance,
		senza ricetta, ohne rezept, sin prescripcion, senza prescrizione, sem prescricao,
		not for human consumption, strictly not for human consumption, no apto para consumo humano,
		non destine a la consommation humaine, nicht zum verzehr, dosage guide+, dosing guide+`},
	{of(cRxDrug), `oxicodona, ossicodone, oxycodon, rivotril, morfina, morphin, codeina, codein,
		benzodiazepinas, benzodiazepine, opioides, opioidi, opioide, anabolizantes, anabolisants,
		anabolika, anabolizzanti, esteroides, steroidi, steroide, research chemical+`},

	{of(cFake), `faux, fausse, fausses, falso, falsos, falsa, falsas, falsi, false, falsificado,
		falsificados, falsificadas, falsificada, falsifie, falsifies, falsifiees, falsificati,
		falsificate, gefalscht, gefalschte, gefalschten, contrefait, contrefaits, contrefaites,
		contrefacon, contrefacons, contraffatto, contraffatti, contraffatte, contraffazione,
		contraffazioni, imitacion, imitaciones, replicas, falsche, falschgeld, falsificacao,
		novelty document+, realistic, identiche alle originali, identicas a las originales,
		identiques aux originaux, identicas as originais, wie echt`},
	// The verb "to forge" in the first person plural and its nouns: "Falsifichiamo carte
	// d'identità" is a forger's offer that "falsificati" alone did not cover.
	{of(cFake), `falsifichiamo, falsificano, falsifico, falsificare, falsificazione, falsificazioni,
		falsificamos, falsifican, falsificar, falsificacion, falsificaciones, falsificam,
		falsifions, falsifier, falsification, falsifications`},
	{of(cDoc), `permis, permis de conduire, carte d identite, cartes d identite, piece d identite,
		pieces d identite, passeport, passeports, diplome, diplomes, carnet de conducir,
		carnets de conducir, licencia de conducir, dni, pasaporte, pasaportes, documento,
		documentos, documenti, documento d identita, carta d identita, carte d identita,
		patente di guida, patenti, passaporto, passaporti, diplomi, laurea, lauree, titulo universitario,
		titulos universitarios, ausweis, ausweise, personalausweis, fuhrerschein, fuhrerscheine,
		reisepass, reisepasse, zeugnis, zeugnisse, urkunde, urkunden, carteira de motorista,
		carteira de identidade, cnh, passaporte, passaportes, certificado, certificados,
		certificat, certificats, certificato, certificati, zertifikat, zertifikate, atestado,
		atestados, billets, billetes, banconote, geldscheine, university diploma+, driving licences,
		driving licenses`},
	{of(cGoods), `borse, borsa, cinture, cintura, scarpe, orologi, orologio, bolsos, bolso, relojes,
		reloj, zapatillas, bolsas, relogios, tenis, sacs, sac, montres, montre, chaussures, taschen,
		tasche, uhren, uhr, schuhe, marchi di lusso, marcas de lujo, marques de luxe, luxusmarken,
		grandes marques, marcas, marques, marchi, marken, lusso, lujo, luxe, luxo, vetements, ropa,
		roupas, vestiti, kleidung, parfums, perfumes, profumi, medicamentos, medicaments,
		medicinali, medikamente, farmaci, belts, designer belts`},
	{of(cStolen), `robado, robados, robadas, robada, vole, voles, volees, volee, rubato, rubati,
		rubate, rubata, gestohlen, gestohlene, gestohlenen, roubado, roubados, roubadas, clonado,
		clonadas, clonados, clonees, clonate, geklont, geklonte, hackeadas, hackeados, hackeada,
		hackeado, pirateados, gehackte, gehackten, hackerati, geklaut, geklaute, geklauten,
		geklauter, geklautes`},
	// Leaked data in Portuguese as phrases: "vazado" alone is also a hollow or
	// openwork shoe or bag ("bolsa vazada") and a leaking pipe.
	{of(cStolen, cPII), `base vazada, bases vazadas, dados vazados, banco de dados vazado,
		bancos de dados vazados, senhas vazadas, logins vazados, contas vazadas, cpfs vazados`},
	{of(cCard), `tarjeta, tarjetas, tarjetas de credito, cartes bancaires, carte bancaire,
		cartes de credit, carte de credit, carte di credito, carta di credito, kreditkarten,
		kreditkarte, cartoes, cartao, cartao de credito, cartoes de credito`},
	{of(cPII), `cuentas, comptes, conti, konten, contas, datos personales, donnees personnelles,
		dati personali, personliche daten, dados pessoais, contrasenas, mots de passe, passworter,
		senhas`},
	{of(cScam), `estafa, estafas, arnaque, arnaques, escroquerie, escroqueries, truffa, truffe,
		betrug, golpe, golpes, fraude, fraudes, frode, frodi`},
	{of(cLaunder), `blanqueo de capitales, blanqueo de dinero, lavado de dinero, blanchiment d argent,
		blanchir de l argent, riciclaggio di denaro, riciclaggio di soldi, geldwasche, lavagem de dinheiro,
		lavar dinheiro, lavar dinero`},
	{of(cCure), `cure, cures, cured, curing, guerit, guerir, guerissons, cura, curamos, curar,
		heilt, heilen, guarisce, guariscono, guarire, eliminates cancer, reverses cancer`},
	{of(cDisease), `cancer, cancers, stage 4 cancer, stage four cancer, tumour+, tumor+, hiv, aids,
		diabetes, autism, alzheimer, alzheimers, multiple sclerosis, cancro, krebs, leukemia,
		leukaemia, without chemo, instead of chemo, without chemotherapy, sin quimioterapia,
		sans chimiotherapie, senza chemioterapia, ohne chemotherapie, sem quimioterapia`},

	{of(cHack), `hackear, hackeamos, hackeo, pirater, piratons, piratage, hackerare, hackeriamo,
		violare, violiamo, bucare, bucchiamo, hacken, knacken, einbrechen, invadir, invadimos,
		craquer, craquons, crackear`},
	{of(cHackTarget), `cuenta, cuentas, compte, comptes, conto, profili, profilo, konto, konten,
		conta, contas, correo, correos, courriel, courriels, telefono, telephone, handy, celular,
		celulares, movil, moviles, wlan, e mail konten, e mail konto, whatsapp`},
	{of(cMalware), `logiciel malveillant, logiciels malveillants, virus informatique, rancongiciel,
		rancongiciels, programa malicioso, software malicioso, schadsoftware, trojaner, troyano,
		troyanos, cavallo di troia, logiciel espion, logiciels espions, programa espia,
		programas espia, app espia, aplicativo espiao, spionage app, spionagesoftware, app spia,
		software spia, botnets`},
	{of(cPhish), `hameconnage, kits de phishing, pagine di phishing, paginas de phishing`},
	{of(cExSec), `pentesting, tests d intrusion, test de intrusion, pruebas de penetracion,
		penetrationstest+, test di penetrazione, teste de intrusao, ciberseguridad,
		cybersecurite, sicurezza informatica, ciberseguranca, it sicherheit`},

	{of(cCovert), `hidden camera+, hidden cam+, hidden gps tracker+, covert camera+, covert tracker+,
		spy camera+, spy cam+, versteckte gps tracker, versteckten gps tracker, versteckter gps tracker,
		versteckte kamera+, versteckte kameras, microcamere nascoste, microcamera nascosta,
		telecamere nascoste, telecamera nascosta, camaras ocultas, camara oculta, cameras cachees,
		camera cachee, cameras escondidas, camera escondida, cameras ocultas, balise gps cachee,
		balises gps cachees, rastreador oculto, rastreadores ocultos, localizzatore nascosto,
		gps nascosto, peilsender, secretly read+, secretly track+, secretly monitor+,
		secretly record+, read her messages, read his messages, hide+ a gps tracker+, hid a gps tracker+,
		hide+ a tracker+, hid a tracker+, plant+ a tracker+, plant+ a gps tracker+, hide+ gps tracker+,
		install+ a hidden, tracker hidden, trackers hidden, camera hidden, cameras hidden, hidden in your,
		hidden in her, hidden in his, shell never know, hell never know,
		she will never know, he will never know, never know its installed`},
	{of(cStalkTarget), `partner+, wife, husband+, girlfriend+, boyfriend+, ex, ex partner+, ex wife,
		ex girlfriend+, ex boyfriend+, spouse+, ex freundin, ex frau, ex mann, freundin, ehefrau,
		ehemann, partnerin, ex copine, copine, ex femme, conjoint, conjointe, ex novia, novia,
		esposa, esposo, marido, pareja, ex pareja, ex namorada, namorada, ex moglie, moglie,
		marito, fidanzata, ex fidanzata, compagna, appartamenti in affitto, appartamenti,
		spogliatoi, spogliatoio, rentals, rental+, airbnb+, changing room+, fitting room+,
		bathroom+, toilets, vestiaires, vestuarios, umkleide, umkleiden, umkleidekabine+,
		ferienwohnung+, hotel room+, guest room+, neighbour+, neighbor+, someone, anyone,
		home address+, home addresses, banheiros, banheiro, aluguel por temporada, de aluguel, banos, bagni, salles de bain,
		toilettes, badezimmer, gimnasios, palestre, gyms, locker room+, vestiarios,
		her phone, his phone, car of your ex, ihrer ex freundin, seiner ex freundin`},
	{of(cStalkStrong), `doxxing, doxing, doxx, find out where anyone lives, where anyone lives,
		where your ex lives, home addresses of people, dig up the home address+,
		dig up home address+, post them online, publish their address+, post their address+,
		harassment campaign+, review bombing, intimidation campaign+, track your ex,
		follow your ex, stalk+ your ex, stalking service+, harassment for hire, harassment service+,
		revenge service+, troll farm+, flood your enemy`},
	{of(cExDef), `verified owner+, proof of ownership, right to repair, unaccompanied minor+,
		chaperone+, chaperoned, bug sweeping, bug sweep+, counter surveillance, finds hidden, find hidden,
		detect hidden, anti stalking, domestic abuse, domestic violence, abuse survivors`},

	{of(cPFStrong), `crypto doubling, bitcoin doubling, doubling service+, double your bitcoin,
		double your crypto, ponzi, ponzi scheme+, pyramid scheme+, downline+, build your downline,
		double your money, doublez votre argent, duplica tu dinero, dobre seu dinheiro,
		raddoppia i tuoi soldi, verdoppeln sie ihr geld, get rich quick, hyip, schneeballsystem,
		esquema piramidal, esquema ponzi, systeme pyramidal, sistema piramidale,
		esquema de piramide, piramide financeira`},
	{of(cGuarantee), `guaranteed, guarantee, guarantees, guaranteeing, garanti, garantie, garantis,
		garanties, garantizado, garantizada, garantizados, garantizamos, garantido, garantida,
		garantidos, garantimos, garantito, garantita, garantiti, garantiamo, garantiert,
		garantierte, garantierten, garantieren`},
	{of(cReturn), `returns, return, profit, profits, income, gains, yield, yields, roi,
		rendement, rendements, benefice, benefices, gains, rentabilidad, ganancias, ganancia,
		beneficios, rendimiento, rendimientos, lucro, lucros, retorno, retornos, rendimento,
		rendimenti, profitti, guadagni, rendita, rendite, gewinn, gewinne, ertrag, rendite,
		a month, per month, monthly, a week, per week, weekly, par mois, al mes, por mes, ao mes,
		por mes, al mese, pro monat, im monat, monatlich, mensuel, mensual, mensal, mensile,
		percent a month, percent monthly`},
	{of(cRiskFree), `risk free, risk free returns, no risk, zero risk, without risk, completely risk free,
		sans risque, sans aucun risque, sin riesgo, sin ningun riesgo, sem risco, sem nenhum risco,
		senza rischi, senza rischio, ohne risiko, risikofrei, risikolos, cannot lose,
		cant lose, never lose`},
	{of(cInvest), `invest+, investment+, investor+, trading, trader+, trading bot+, deposit+,
		minimum deposit, signals, forex, crypto, bitcoin, options, investissement, investir,
		inversion, inversiones, invertir, investimento, investimentos, investire, investimenti,
		anlage, anlagen, investieren, investition, club d investissement, trading club+,
		wealth club+, sinais, senales, segnali, signaux, invista, invierta, investissez, investite,
		investa, investieren sie`},
	{of(cBeginner), `beginners, beginner, newcomers, novices, novice, first time investors,
		retirees, pensioners, students, iniciantes, aposentados, debutants, etudiants, principiantes,
		jubilados, estudiantes, anfanger, rentner, studenten, principianti, pensionati, studenti,
		novatos, housewives, stay at home moms, stay at home mums, mamas`},
	{of(cHighRisk), `leveraged forex, leveraged, forex trading signals, binary options, binary option signals, 100x leverage, 50x leverage,
		high leverage, leveraged trading, forex signals, crypto signals, options signals,
		opcoes binarias, options binaires, opciones binarias, opzioni binarie, binare optionen,
		margin trading, get rich fast, use your credit card,
		usar o cartao de credito, pode usar o cartao de credito, con tu tarjeta de credito`},
	{of(cRecruitIncome), `downline+, income comes from the people you bring in,
		people you bring in, people you recruit, people you sign up, everyone they sign up,
		everyone they recruit, for every person you sign up, for every person you recruit,
		por cada persona que inscribas, cada persona que inscribas, por las que inscriban ellos,
		pour chaque personne que vous recrutez, chaque personne recrutee,
		per ogni persona che iscrivi, ogni persona che recluti, por cada pessoa que voce indicar,
		cada pessoa que voce recrutar, fur jede person die du wirbst, jede geworbene person,
		comision por cada persona, commission for every person, commission on every person,
		commission per recruit, commissione per ogni persona, comissao por cada pessoa,
		provision fur jede person, commission sur chaque personne`},
	{of(cLoan), `loan+, lending, lender+, prestiti, prestito, prestamos, prestamo, emprestimos,
		emprestimo, prets, pret, kredite, kredit, darlehen, quick cash, cash advance+`},
	{of(cLoanFlag), `no licence, no license, unlicensed, without a licence, without a license,
		senza licenza, sin licencia, sans licence, ohne lizenz, sem licenca,
		know where you live, knows where you live, visita dei nostri esattori,
		riceve la visita, ricevono la visita, pay you a visit, pays you a visit`},
	{of(cThreat), `les rompen algo, les rompemos algo, les hacen una visita, les hacemos una visita,
		rompen las piernas, romper las piernas, rompere le gambe, spezziamo le gambe,
		casser les jambes, cassons les jambes, beine brechen, quebrar as pernas, quebramos as pernas,
		break their legs, break your legs, break something, rough them up, know where you live,
		knows where you live, visita dei nostri esattori, a visit from our boys,
		nuestros chicos les hacen`},
	{of(cDebtCollect), `debt collection, debt collector+, cobro de deudas, cobramos deudas,
		recouvrement, recouvrement de dettes, recupero crediti, inkasso, cobranca, cobranca de dividas,
		collect+ debts, collecting debts`},

	{of(cPiracyStrong), `keygen+, cracked software, cracked copies, cracked copy, cracked version+,
		cracked app+, cracked game+, cracked apk+, cracked program+, warez, pirated, pirated software,
		pirated game+, pirated movie+, pirated film+, pirate stream+, pirate iptv, illegal stream+,
		illegal iptv, downloaded copies, piracy, pirate copies, license key generator+,
		licence key generator+, serial key generator+, activation crack+, drm removal,
		drm stripping, remove drm, removing drm, strip drm, stripping drm, removes drm,
		paywall bypass, bypass paywall+, bypassing paywall+, bypasses paywall+,
		logiciels crackes, logiciel crack, logiciels craques, jeux crackes, version crackee,
		versions crackees, software crackeado, programas crackeados, juegos piratas,
		software pirata, copias piratas, copie pirata, software craccato, giochi craccati,
		programmi craccati, raubkopien, raubkopie, gecrackte software, gecrackte spiele,
		iptv pirata, streaming pirata, jogos piratas, programas piratas, filmes piratas,
		peliculas piratas, films pirates, film pirata, all premium channels for, unlocked premium,
		modded apk+, every new game for free, every game for free, all games for free`},
	{of(cCircumvent), `bypass+, unlock+, remove+, strip+, crack+, get around, circumvent+, desbloquear,
		desbloqueamos, contourner, contournons, umgehen, umgehung, aggirare, aggiriamo, burlar,
		saltar, eliminar, quitar, supprimer, entfernen, rimuovere, remover`},
	{of(cProtection), `drm, paywall+, license check+, licence check+, licensing, licence+ checks,
		activation, copy protection, region lock+, protection anticopie, kopierschutz,
		protezione anticopia, protecao contra copia, proteccion anticopia, lizenzprufung,
		licencias de software, licenze software, software licence+, software license+`},
	{of(cGraded), `custom essay+, custom written essay+, essay+, assignment+, coursework, homework, thesis, theses, dissertation+,
		term paper+, exam+, quiz+, quizzes, graded quizzes, online exam+, proctored exam+,
		online class+, tesi, tesi di laurea, tesis, tesina, tfg, tfm, tcc, prova, provas,
		prova online, monografia, dissertacao, examen, examens, memoire, memoires, devoirs,
		hausarbeit, hausarbeiten, bachelorarbeit, masterarbeit, prufung, prufungen, klausur,
		klausuren, compiti, esame, esami, trabajos universitarios, trabajo de fin de grado,
		tareas, certification exam+`},
	{of(cAsOwn), `as your own, as their own, submit as your own, ready to submit, under your login,
		with your login, on your school portal, in your name, under your name, com o seu login,
		com seu login, entramos com o seu login, por voce, por usted, a tu nombre, en tu nombre,
		a ton nom, a votre nom, comme le votre, comme la votre, come proprie, come proprio,
		come propria, come propri, da consegnare, unter ihrem namen, in deinem namen,
		nota garantida, grade guaranteed, guaranteed grade+, guaranteed pass, pass guaranteed,
		aprobado garantizado, reussite garantie, bestehen garantiert, promozione garantita,
		undetectable by turnitin`},
	{of(cDoForYou), `we take your, we sit your, we complete your, we do your, we write your,
		tutors complete your, writers write your, experts complete your, complete your graded,
		fazemos sua, fazemos seu, fazemos a sua, fazemos o seu, hacemos tu, hacemos tus,
		hacemos su, faisons vos, faisons ton, faisons votre, machen deine, machen ihre,
		schreiben deine, schreiben ihre, facciamo la tua, facciamo il tuo, scriviamo la tua,
		scritte su commissione, scritti su commissione, su commissione, por encargo,
		sur commande, auf bestellung, ghostwriting, ghostwriter+, custom essay+,
		custom written, written for you, done for you`},
	{of(cAcademicStrong), `exam for you, exams for you, test for you, tests for you, class for you,
		classes for you, coursework for you, essay for you, essays for you, thesis for you,
		homework for you, assignments for you, sit your exam+, sit your online exam+, essay mill+, exam impersonation, proxy test taker+, take my exam,
		take my online class, pay someone to take, contract cheating, leaked exam+,
		exam answers for sale, hire someone to take, take your exam for you, sit your exam for you,
		take your proctored exam, usurpation d identite aux examens, suplantacion en examenes`},
	{of(cNeutral), `write your own, your own essay, on your own, on their own terms`},

	{of(cSexService), `escort agency, escort agencies, escort girl+, outcall,
		incall, happy ending+, brothel+, bordello, burdel, burdeles, prostibulo,
		bordell+, sex for money, paid sex, sexual services, servicios sexuales, services sexuels,
		servizi sessuali, sexuelle dienstleistungen, servicos sexuais, acompanhantes de luxo,
		chicas de compania, massage erotique, masaje erotico, massaggio erotico, massaggi erotici,
		erotikmassage, massagem erotica, erotic massage+, nuru massage+, ends with sex,
		session ends with sex, every session ends with sex`},
	{of(cSexual, cSexService), `porn site+, porn website+, porn studio+, porn app+, porn channel+,
		xxx site+, porno site+, sitio porno, site porno, sito porno, pornoseite+`},
	{of(cExplicit), `porn, porno, pornography, pornographic, pornografia, pornographie, pornografie,
		xxx, explicit video+, explicit content, explicit material+, sex video+, adult video+,
		adult film+, adult movie+, cam show+, cam site+, webcam sex, sexcam+, live sex, nude content,
		hentai, videos porno, contenido para adultos, conteudo adulto, contenuti per adulti,
		erwachsenenvideos, pornhub, sex tape+, explicit stream+, explicit livestream+`},
	{of(cNCII), `deepfake nude+, deep fake nude+, deepfake porn, nudify, nudifier+, undress app+,
		undressing app+, undress ai, revenge porn, porno vengativo, vengeance pornographique,
		revenge porno, racheporno, fake nudes, nude deepfake+, remove clothes, removes clothes,
		remove clothing, removes clothing, remove their clothes`},

	{of(cSHStrong), `exit kit+, peaceful exit kit+, emagrecer sem comer, jejum extremo,
		esconder isso da familia, adelgazar sin comer, maigrir sans manger, dimagrire senza mangiare,
		abnehmen ohne essen, hide it from your family, hide not eating, pro ana, pro mia,
		kit de suicidio, kit suicide, suizid kit, kit per il suicidio, kit de suicidio`},
	{of(cSHTopic), `end their lives, end your lives, decided to end, quitarse la vida, se suicider,
		suicidio, suicidarse, suizid, selbstmord, automutilation, autolesion, automutilacao,
		autolesionismo, selbstverletzung, anorexie, boulimie, magersucht`},

	{of(cExtGroup), `militia, militias, citizens militia, milice, milices, milicia, milicias, milizia,
		milizie, miliz, burgerwehr, burgerwehren, bewaffnete burgerwehr, groupe arme, groupes armes,
		grupo armado, grupos armados, gruppo armato, bewaffnete gruppe, paramilitares,
		paramilitaires, armed volunteers, armed patrol+, armed patrols`},
	{of(cTerror), `attacks on crowded places, attack+ crowded places,
		attentats, attentat, atentado, atentados, attentato, attentati, anschlag, anschlage,
		ataques terroristas, attaques terroristes, attacchi terroristici, terroranschlag,
		terroranschlage, guerra racial, guerre raciale, guerra razziale, rassenkrieg,
		limpieza etnica, nettoyage ethnique, pulizia etnica, ethnische sauberung,
		deal with the migrant camps, fluchtlingsheime saubern`},
	{of(cViolenceHire), `sicario, sicarios, sicari, tueur a gages, tueurs a gages, auftragsmorder,
		auftragsmord, matador de aluguel, pistoleiro, pistoleiros, les rompen algo,
		rompemos piernas, romper las piernas, rompere le gambe, spezziamo le gambe,
		casser les jambes, cassons les jambes, beine brechen, quebrar as pernas, break their legs,
		break legs`},
	{of(cHate), `third reich, drittes reich, dritte reich, troisieme reich, tercer reich,
		terceiro reich, terzo reich, solo para blancos, seulement pour les blancs, nur fur deutsche,
		solo italiani, so para brancos, interdit aux arabes, interdit aux noirs,
		prohibido a gitanos, vietato agli stranieri, keine auslander, auslander raus,
		88 designs, celebrate the reich`},
	{of(cProt), `musulmans, juifs, noirs, arabes, immigres, refugies, musulmanes, judios, negros,
		inmigrantes, gitanos, muslime, juden, auslander, fluchtlinge, schwarze, muculmanos, judeus,
		imigrantes, musulmani, ebrei, immigrati, stranieri, zingari, gitans, homosexuels,
		homosexuales, homosexuelle, omosessuali, homossexuais`},

	{of(cTrafficStrong), `work off the rest, work off your debt, work off the debt,
		el resto lo trabajas, lo trabajas para nosotros, pagas trabajando, trata de personas,
		trata de blancas, traite des etres humains, tratta di esseri umani, menschenhandel,
		trafico de personas, trafico de pessoas, travail force, trabajo forzoso, lavoro forzato,
		zwangsarbeit, trabalho escravo, trabalho forcado, esclavos, esclaves, schiavi, sklaven,
		work it off at our partner farm+, work off the rest at our`},
	{of(cCrossing), `te pasamos, pasamos gente, cruzar la frontera, al otro lado, passer la frontiere,
		uber die grenze, attraverso il confine, oltre il confine, atravessar a fronteira,
		a estados unidos, a los estados unidos, hacia estados unidos, aux etats unis, nach europa,
		a europa, en europe, in europa, para os estados unidos, na europa, get you across,
		into the us, across the border`},
	{of(cBorderFlag), `sin papeles, sans papiers, sem papeis, senza documenti, ohne papiere,
		sin documentos, sans documents, sem documentos, ohne dokumente, sin visa, sans visa,
		sem visto, senza visto, ohne visum, clandestinamente, clandestinement, illegalmente,
		illegalement, no papers needed, no papers`},
	{of(cInject), `ignorez les instructions precedentes, ignore les instructions precedentes,
		ignora tutte le istruzioni precedenti, ignora le istruzioni precedenti,
		ignora las instrucciones anteriores, ignore as instrucoes anteriores,
		ignoriere alle vorherigen anweisungen, ignoriere die vorherigen anweisungen,
		anfrage genehmigt, gia stato approvato, e gia stato approvato, ya aprobado,
		ja aprovado, deja approuve, bitte trotzdem namen liefern, proposez des noms`},
	{of(cExHealth), `clinique, clinica, klinik, hopital, hospital, ospedale, krankenhaus, therapie,
		terapia, terapie, reduction des risques, reduccion de danos, reducao de danos,
		riduzione del danno, schadensminderung, prevention, prevencion, prevencao, prevenzione,
		pravention, sensibilisation, sensibilizacion, sensibilizzazione, aufklarung,
		conscientizacao, desintoxication, desintoxicacion, rehabilitacion, riabilitazione,
		entzug, suchtberatung, addiction treatment, cessation, echange de seringues, naloxone`},
	{of(cExLegal), `avocat, avocats, abogado, abogados, advogado, advogados, avvocato, avvocati,
		anwalt, anwalte, rechtsanwalt, strafverteidiger, defense penale, defensa penal,
		defesa penal, difesa penale, advocacia criminal, escritorio de advocacia, cabinet d avocats,
		bufete, studio legale, kanzlei`},
	{of(cExPest), `deratisation, desinsectisation, disinfestazione, derattizzazione, dedetizacao,
		fumigacion, control de plagas, kammerjager, schadlingsbekampfung, controle de pragas,
		rats, ratten, ratti, ratas, topi, blatte, cafards, cucarachas, baratas, zanzare,
		punaises de lit, bettwanzen, frelons, wespen`},
	{of(cExContext), `verlag, krimi, thriller+, roman, romans, novela, romanzo, romanzi, museo, musee,
		museu, documental, documentaire, documentario, dokumentation, escape game+, murder mystery,
		murder mysteries`},
	{of(cExAdult), `pour adultes, para adultos, per adulti, fur erwachsene, para os adultos,
		reserve aux adultes, solo adultos, solo per adulti, nur fur erwachsene, apenas adultos,
		adultes uniquement, mayores de 18, mayores de edad, plus de 18 ans, maggiorenni,
		ab 18, maiores de 18, 18 ans et plus, adults 21+, reunion+, alumni, over 18s, over 21s, no real money, without real money,
		play chips, fake chips, fiches finte, senza soldi veri, sin dinero real, sans argent reel,
		sem dinheiro real, ohne echtes geld, parents evening, for parents, pour les parents,
		para los padres, per i genitori, fur eltern, para os pais, for adults, pour les adultes,
		parent volunteers`},
	{of(cExStudy), `proofread+, proofreading, editing, editor+, feedback, plagiarism check+,
		plagiarism detection, plagiarism checker+, exam prep, test prep, practice exam+,
		practice test+, revision course+, study skills, learn to write, teach+, workshop+,
		tutoring, preparation, preparacion, vorbereitung, preparazione, preparacao`},

	// ---- policy v3: broader concepts, six languages ---------------------------
	// Written as concepts, not as the wording of any one description: each
	// list names the objects and intents a reader recognises in any phrasing.
	{of(cHoldWorker), `gardons les passeports, gardons leurs passeports, gardons le passeport,
		gardons son passeport, conservons les passeports, conservons leurs passeports,
		retenons les passeports, retenons leurs passeports, gardent les passeports,
		keep their papers, hold their papers, keep+ their documents, keep+ their passport+, keep+ her passport+, keep+ his passport+, keep+ the passport+,
		keep+ the workers passport+, keep+ workers passport+, keeps passports, hold+ their passport+,
		hold+ her passport+, take+ their passport+, confiscate+ passport+, passport+ confiscated,
		passports stay with us, passport stays with us, passports are kept, passport is kept,
		cannot leave until, cant leave until, not allowed to leave, no days off, no day off,
		garde+ les passeports, garde+ leurs passeports, passeports restent chez nous,
		passeport reste chez nous, confisquons les passeports, ne peuvent pas partir, sans jour de repos,
		nos quedamos con el pasaporte, nos quedamos con los pasaportes, retenemos los pasaportes,
		retenemos el pasaporte, el pasaporte se queda con nosotros, no pueden salir, sin dias libres,
		sin dia libre, die passe bleiben bei uns, der pass bleibt bei uns, behalten die passe,
		behalten den pass, pass wird einbehalten, passe werden einbehalten, durfen nicht gehen,
		keine freien tage, kein freier tag, o passaporte fica com a gente, o passaporte fica conosco,
		os passaportes ficam conosco, os passaportes ficam com a gente, ficamos com o passaporte,
		retemos o passaporte, nao podem sair, sem folga, sem folgas, teniamo i passaporti,
		teniamo il passaporto, il passaporto resta a noi, i passaporti restano a noi,
		tratteniamo i passaporti, non possono andarsene, senza giorni liberi, senza riposo`},
	{of(cWorkDebt), `debt, debts, recruitment debt, recruitment fee+, placement fee+, travel debt,
		travel cost+, repaid, paid off, paid back, repay+, work off, dette, dettes, frais de voyage,
		frais de recrutement, rembourse, remboursee, deuda, deudas, deuda del viaje,
		deuda del pasaje, pagan, paguen, schulden, schuld, gebuhr, vermittlungsgebuhr,
		abgearbeitet, abarbeiten, abbezahlt, divida, dividas, divida da viagem, pagarem, paguem,
		debito, debiti, debito del viaggio, ripagato, ripagano`},
	{of(cImpersonate), `pretending to be, pretend to be, posing as, pose as, poses as,
		impersonating, impersonate+, claiming to be, fingendosi, fingendoci, spacciandosi per,
		spacciandoci per, haciendose pasar por, haciendonos pasar por, se hacen pasar por,
		nos hacemos pasar por, se faisant passer pour, en se faisant passer pour,
		nous faisant passer pour, se font passer pour, fingindo ser, se passando por,
		nos passando por, sich ausgeben als, geben uns als, gibt sich als`},
	{of(cTrusted), `bank, banks, their bank, your bank, the bank, banca, la loro banca, la banca,
		banco, su banco, el banco, banque, leur banque, la banque, sua banca, seu banco, o banco,
		ihre bank, die bank, police, polizia, policia, polizei, tax office, irs, hmrc, microsoft,
		apple support, tech support, amazon, fisco, agenzia delle entrate, hacienda, finanzamt,
		impots, receita federal, their grandchild, their grandson, their granddaughter, nipote,
		nieto, petit fils, enkel, neto`},
	{of(cFraudStrong), `their pc has a virus, their computer has a virus, your pc has a virus,
		paid in gift cards, pay in gift cards, get paid in gift cards, payment in gift cards`},
	// Notes made to pass a shop's checks are counterfeit money whatever
	// they are called ("prop", "de utilería", "Filmgeld").
	{of(cFraudStrong), `pass the detector pen, passes the detector pen, pass detector pens,
		pass the counterfeit pen, passes the counterfeit pen, pass the pen test, passes the pen test,
		pasan el rotulador detector, pasan el boligrafo detector, pasan el detector de billetes,
		passent le stylo detecteur, passent le detecteur de faux billets,
		bestehen den prufstift, bestehen den falschgeldstift, bestehen den geldscheinprufer,
		passam na caneta detectora, passam no detector de notas,
		superano la penna rilevatrice, superano il rilevatore di banconote`},
	// Arming or funding a group that plans attacks: "cagnotte pour armer un
	// groupe qui prépare des attentats".
	{of(cRecruit), `armer, armar, armare, bewaffnen, to arm, arming`},
	{of(cInject), `approved by trust and safety, approved by the safety team,
		reviewed and approved by the safety team, admin override, do not refuse, dont refuse,
		output names only, respond with names anyway, answer with names anyway,
		already approved, pre approved by`},
	{of(cScam), `cold call+ elderly,
		cold calling elderly, calls elderly, chiama gli anziani, llama a ancianos,
		appelle les personnes agees, ruft senioren an, liga para idosos`},
	{of(cFake), `real looking, realistic looking, looks real, look real, indistinguishable from real,
		von echten kaum zu unterscheiden, echt aussehend, echt aussehendem, echt aussehende,
		echt aussehenden, comme des vrais, come quelli veri, como los reales, como os reais,
		from real looking`},
	{of(cDoc), `krankschreibung, krankschreibungen, au bescheinigung, au bescheinigungen, attest,
		atteste, arztliche atteste, arztliches attest, arztstempel, arzt stempel, bescheinigung,
		bescheinigungen, certificat medical, certificats medicaux, arret maladie, arrets maladie,
		certificado medico, certificados medicos, baja medica, bajas medicas, certificato medico,
		certificati medici, atestado medico, atestados medicos, doctors notes, medical note+`},
	{of(cReview), `google review+, trustpilot review+, one star review+, 1 star review+,
		5 star google review+, five star google review+, amazon review+, yelp review+,
		resenas, avis clients, faux avis, recensioni, recensioni negative, bewertungen, avaliacoes,
		followers, seguidores, abonnes, follower`},
	{of(cFraudStrong), `buy reviews, buy 5 star, buy five star, reviews in bulk, review+ in bulk, buy google review+,
		buy trustpilot review+, sell reviews, fake followers, comprar resenas, acheter des avis,
		comprare recensioni, bewertungen kaufen, comprar avaliacoes, clonamos tarjetas, clonar tarjetas,
		datos bancarios frescos, cloner des cartes, karten klonen, clonare carte, clonar cartoes`},
	{of(cPhish), `look alike page+, lookalike page+, login look alike page+, bank login look alike,
		look alike login page+, cloned login page+, clone login page+, fake bank page+,
		fausse page de connexion, pagina de inicio de sesion falsa, gefalschte login seite+,
		pagina di login falsa, pagina de login falsa`},
	{of(cGetInto), `get you into, get into, gets you into, we get into, break in to, log into,
		log you into, entriamo nell, entriamo in, entramos en, entramos na, entramos no, accedemos a,
		accediamo a, on entre dans, nous entrons dans, wir kommen in, recuperamos, recuperiamo,
		recuperons, recover+, recovery, access, hack+, hackeamos, recuperar, recuperare`},
	{of(cOthers), `anyone, anybody, someone else, someone elses, di chiunque, chiunque, de cualquiera,
		aunque no sea tuya, aunque no sea tuyo, even if it is not yours, even if its not yours,
		even if it isnt yours, not your own, n importe qui, de qualquer pessoa, qualquer pessoa,
		mesmo que nao seja sua, mesmo que nao seja seu, von jedem, von jeder person,
		no proof of ownership, without proof of ownership, no proof of ownership required,
		sin demostrar que es tuya, sans preuve de propriete, senza prova di proprieta,
		ohne eigentumsnachweis, sem prova de propriedade, just send us the username,
		solo pasanos el usuario, just the username, moglie ex concorrenti`},
	{of(cExDef), `surprise party, surprise parties, surprise proposal+, fiesta sorpresa,
		fiestas sorpresa, fete surprise, fetes surprises, festa a sorpresa, feste a sorpresa,
		festa surpresa, festas surpresa, uberraschungsparty, uberraschungspartys`},
	{of(cSexualSubject), `lingerie shoot+, lingerie portfolio+, lingerie photo+, lingerie set+,
		lingerie modeling, lingerie modelling, bikini shoot+, swimsuit shoot+, bikini photo+,
		boudoir shoot+, sensual shoot+, sensual photo+, seductive photo+, shooting lingerie,
		photos en lingerie, fotos en lenceria, sesion en lenceria, servizio in lingerie,
		foto in lingerie, dessous shooting+, dessous fotos, ensaio sensual, ensaios sensuais,
		fotos sensuais, fotos sensuales, photos sensuelles, foto sensuali, sinnliche fotos`},
	// Holding a worker's passport is trafficking on its own.
	{of(cTrafficStrong), `keep+ their passport+, keep+ her passport+, keep+ his passport+,
		keep+ the workers passport+, keep+ workers passport+, keeps passports, hold+ their passport+,
		hold+ her passport+, take+ their passport+, confiscate+ passport+, passport+ confiscated,
		passports stay with us, passport stays with us, gardons les passeports,
		gardons leurs passeports, confisquons les passeports, passeports restent chez nous,
		nos quedamos con el pasaporte, nos quedamos con los pasaportes, retenemos los pasaportes,
		el pasaporte lo guardamos nosotros, los pasaportes los guardamos nosotros,
		die passe bleiben bei uns, der pass bleibt bei uns, den pass behalten wir,
		die passe behalten wir, o passaporte fica com a gente, os passaportes ficam com a gente,
		o passaporte fica conosco, ficamos com o passaporte, il passaporto lo teniamo noi,
		i passaporti li teniamo noi, teniamo i passaporti, teniamo il passaporto,
		lo devuelven trabajando, la devuelven trabajando, lo pagan trabajando,
		remboursent en travaillant, rembourser en travaillant, ripagano lavorando,
		pagam trabalhando, pagar trabalhando, arbeiten es ab, repay it by working,
		pay it back by working, pay it off by working`},
	{of(cReturn), `gana, ganas, gane, ganar, gagnez, gagne, gagner, guadagna, guadagnare, guadagni,
		ganhe, ganha, receba, recebe, verdiene, verdienen, verdienst, earn, earns, a day, per day,
		daily, ao dia, por dia, al dia, par jour, al giorno, pro tag, taglich, diario, diaria,
		a settimana, alla settimana, por semana, par semaine, pro woche, mensual, mensuel,
		back in 30 days, back in 60 days, back in 90 days`},
	{of(cInvest), `invierte, invertimos, invierta, investi, investe, investiamo, investis,
		investissons, investiere, investiert, investimos, invista, investir, aplica, aplique`},
	{of(cReferral), `bring two friends, bring 2 friends, bring three friends, invite two friends,
		recruit two friends, recruit 2 friends, porta due amici, porta 2 amici, invita due amici,
		trae dos amigos, trae a dos amigos, invita a dos amigos, indique dois amigos,
		indique 2 amigos, traga dois amigos, amene deux amis, parrainez deux amis,
		invitez deux amis, bring zwei freunde mit, lade zwei freunde ein, wirb zwei freunde,
		friends who bring friends, every friend you bring, bonus for every friend,
		bonuses for every friend, bonus per ogni amico, bono por cada amigo, bonus par ami,
		bonus por indicacao, bonus pro freund`},
	{of(cAsOwn), `solo lo entregas, solo la entregas, tu solo lo entregas, tu solo la entregas,
		voce so entrega, so entrega, gibst sie ab, gibst sie nur ab, gibst ihn ab, gibst es ab,
		la consegni tu, tu la consegni, lo consegni tu, tu lo consegni, vous n avez qu a rendre,
		tu n as qu a rendre, vous n avez plus qu a rendre, du musst nur abgeben, you only submit,
		you only hand in`},
	{of(cDoForYou), `escribimos tu, escribimos tus, redactamos tu, redactamos tus,
		escrevemos seu, escrevemos sua, fazemos sua, scriviamo la tua,
		scriviamo il tuo, redigeons votre, redigeons ton, wir schreiben deine, wir schreiben ihre,
		schreiben deine, schreiben ihre, facciamo gli, passons vos`},
	{of(cSpy), `spiare, spiate, spiamo, spia il, spia la, espiar, espia, espiamos, espionner,
		espionnez, espionne, ausspionieren, ausspioniert, spionieren, espionar, espiona,
		spionage app, spionage apps, app spia, app espia, aplicativo espiao, logiciel espion,
		heimlich uberwachen, heimlich orten, heimlich mitlesen, heimlich verfolgen,
		heimlich uberwacht, rastrear sin que, localiser a son insu, suivre a son insu,
		rastrear o celular, rastrear el movil, tracciare il telefono`},
	{of(cSpyTarget), `freundin, deiner freundin, deines freundes, deiner frau, deines mannes,
		handy, tua moglie, tuo marito, moglie, marito, telefono, movil, celular, portable,
		mensajes, messaggi, nachrichten, mensagens, sms, pareja, tu pareja, sua namorada,
		seu marido, sua mulher, votre femme, votre mari, ta copine, conjoint, conjointe`},
	{of(cA2MFlag), `pas de verification d age, pas de controle d age, sin verificar la edad,
		no age check+, without age check+, ohne altersverifikation, nessun controllo dell eta,
		sem checar idade, sem verificar idade, no id needed, no id required`},
	{of(cAdultProduct), `bierabend, bierabende, weinabend, weinabende, schnapsabend, trinkspiel+,
		soiree biere, soirees bieres, soiree alcool, soirees alcoolisees, serata birra,
		serate birra, serata alcolica, noche de cerveza, noches de cerveza, fiesta de cerveza,
		noite da cerveja, noites de cerveja, festa de cerveja, casino en ligne, casino online,
		casino en linea, casino on line, online casino+, online glucksspiel, apuestas online,
		paris en ligne, scommesse online, apostas online`},
	{of(cNewRelease), `canales de pago, todos los canales de pago, chaines payantes, canali a pagamento,
		bezahlsender, alle bezahlsender, canais pagos, pay tv channels, all pay channels,
		every pay channel, todos los canales premium, tous les canaux premium`},
	{of(cSHTopic), `scarifier, se scarifier, scarification+, cortarse, autolesionarse, ritzen, tagliarsi,
		se cortar, cut yourself, cutting yourself`},
	{of(cSHPromote), `sans que personne ne le voie, sin que nadie lo vea, without anyone noticing,
		without anyone seeing, ohne dass es jemand merkt, senza che nessuno se ne accorga,
		sem ninguem perceber, apprendre a, aprender a, imparare a, lernen, aprenda a`},
	{of(cSexService), `camgirl+, cam girl+, shows explicites, show explicite, spettacoli espliciti,
		spettacolo esplicito, espectaculos explicitos, shows explicitos, explizite shows,
		sexshow+, live sexshow+, live sex show+, videochat erotico, videochat erotica,
		chat erotica, webcam erotique, erotik webcam, erotik chat, masajes con final feliz,
		masaje con final feliz, massagem com final feliz, massaggio con finale felice,
		massaggi con finale felice, massage mit happy end, massages avec happy ending`},
	{of(cLaunder), `wash your cash, wash your money, clean your cash, clean your money, clean dirty money,
		blanchir votre argent, blanchissons, lavamos tu dinero, lavamos su dinero,
		laviamo i tuoi soldi, laviamo il denaro, waschen ihr geld, waschen dein geld,
		lavamos seu dinheiro, lavamos o seu dinheiro`},
	{of(cFraudStrong), `spam de avaliacoes, avaliacoes 1 estrela, avaliacoes negativas falsas,
		review spam, negative reviews for your competitor, one star reviews on your competitor,
		fake negative reviews, avis negatifs en masse, faux avis negatifs, resenas negativas falsas,
		falsche negative bewertungen, recensioni negative false, derrubar seu concorrente,
		derrubar o concorrente, hundir a tu competencia, couler votre concurrent,
		affossare la concorrenza, sink your competitor`},
	// "Recruit three people to get your stake back", in six languages: the
	// number and the people are what make recruiting the source of income.
	{of(cReferral), `2 freunde anwerben, 2 freunde mitbringen, 2 freunde werben, 2 leute anwerben, 2 leute mitbringen,
		2 leute werben, 2 neue mitglieder anwerben, 2 neue mitglieder mitbringen,
		2 neue mitglieder werben, 2 personen anwerben, 2 personen mitbringen, 2 personen werben,
		3 freunde anwerben, 3 freunde mitbringen, 3 freunde werben, 3 leute anwerben, 3 leute mitbringen,
		3 leute werben, 3 neue mitglieder anwerben, 3 neue mitglieder mitbringen,
		3 neue mitglieder werben, 3 personen anwerben, 3 personen mitbringen, 3 personen werben,
		amener 2 amis, amener 2 filleuls, amener 2 nouveaux membres, amener 2 personnes, amener 3 amis,
		amener 3 filleuls, amener 3 nouveaux membres, amener 3 personnes, amener deux amis,
		amener deux filleuls, amener deux nouveaux membres, amener deux personnes, amener trois amis,
		amener trois filleuls, amener trois nouveaux membres, amener trois personnes, anwerben 2 freunde,
		anwerben 2 leute, anwerben 2 neue mitglieder, anwerben 2 personen, anwerben 3 freunde,
		anwerben 3 leute, anwerben 3 neue mitglieder, anwerben 3 personen, anwerben drei freunde,
		anwerben drei leute, anwerben drei neue mitglieder, anwerben drei personen,
		anwerben zwei freunde, anwerben zwei leute, anwerben zwei neue mitglieder,
		anwerben zwei personen, bring in 2 friends, bring in 2 new investors, bring in 2 new members,
		bring in 2 people, bring in 2 recruits, bring in 3 friends, bring in 3 new investors,
		bring in 3 new members, bring in 3 people, bring in 3 recruits, bring in three friends,
		bring in three new investors, bring in three new members, bring in three people,
		bring in three recruits, bring in two friends, bring in two new investors,
		bring in two new members, bring in two people, bring in two recruits, drei freunde anwerben,
		drei freunde mitbringen, drei freunde werben, drei leute anwerben, drei leute mitbringen,
		drei leute werben, drei neue mitglieder anwerben, drei neue mitglieder mitbringen,
		drei neue mitglieder werben, drei personen anwerben, drei personen mitbringen,
		drei personen werben, indicar 2 amigos, indicar 2 novos investidores, indicar 2 novos membros,
		indicar 2 pessoas, indicar 3 amigos, indicar 3 novos investidores, indicar 3 novos membros,
		indicar 3 pessoas, indicar dois amigos, indicar dois novos investidores,
		indicar dois novos membros, indicar dois pessoas, indicar duas amigos,
		indicar duas novos investidores, indicar duas novos membros, indicar duas pessoas,
		indicar tres amigos, indicar tres novos investidores, indicar tres novos membros,
		indicar tres pessoas, inscribir a 2 amigos, inscribir a 2 nuevos miembros,
		inscribir a 2 nuevos socios, inscribir a 2 personas, inscribir a 3 amigos,
		inscribir a 3 nuevos miembros, inscribir a 3 nuevos socios, inscribir a 3 personas,
		inscribir a dos amigos, inscribir a dos nuevos miembros, inscribir a dos nuevos socios,
		inscribir a dos personas, inscribir a tres amigos, inscribir a tres nuevos miembros,
		inscribir a tres nuevos socios, inscribir a tres personas, iscrivere 2 amici,
		iscrivere 2 nuovi iscritti, iscrivere 2 nuovi membri, iscrivere 2 persone, iscrivere 3 amici,
		iscrivere 3 nuovi iscritti, iscrivere 3 nuovi membri, iscrivere 3 persone, iscrivere due amici,
		iscrivere due nuovi iscritti, iscrivere due nuovi membri, iscrivere due persone,
		iscrivere tre amici, iscrivere tre nuovi iscritti, iscrivere tre nuovi membri,
		iscrivere tre persone, parrainer 2 amis, parrainer 2 filleuls, parrainer 2 nouveaux membres,
		parrainer 2 personnes, parrainer 3 amis, parrainer 3 filleuls, parrainer 3 nouveaux membres,
		parrainer 3 personnes, parrainer deux amis, parrainer deux filleuls,
		parrainer deux nouveaux membres, parrainer deux personnes, parrainer trois amis,
		parrainer trois filleuls, parrainer trois nouveaux membres, parrainer trois personnes,
		portando 2 amici, portando 2 nuovi iscritti, portando 2 nuovi membri, portando 2 persone,
		portando 3 amici, portando 3 nuovi iscritti, portando 3 nuovi membri, portando 3 persone,
		portando due amici, portando due nuovi iscritti, portando due nuovi membri, portando due persone,
		portando tre amici, portando tre nuovi iscritti, portando tre nuovi membri, portando tre persone,
		portare 2 amici, portare 2 nuovi iscritti, portare 2 nuovi membri, portare 2 persone,
		portare 3 amici, portare 3 nuovi iscritti, portare 3 nuovi membri, portare 3 persone,
		portare due amici, portare due nuovi iscritti, portare due nuovi membri, portare due persone,
		portare tre amici, portare tre nuovi iscritti, portare tre nuovi membri, portare tre persone,
		reclutar 2 amigos, reclutar 2 nuevos miembros, reclutar 2 nuevos socios, reclutar 2 personas,
		reclutar 3 amigos, reclutar 3 nuevos miembros, reclutar 3 nuevos socios, reclutar 3 personas,
		reclutar dos amigos, reclutar dos nuevos miembros, reclutar dos nuevos socios,
		reclutar dos personas, reclutar tres amigos, reclutar tres nuevos miembros,
		reclutar tres nuevos socios, reclutar tres personas, reclutare 2 amici,
		reclutare 2 nuovi iscritti, reclutare 2 nuovi membri, reclutare 2 persone, reclutare 3 amici,
		reclutare 3 nuovi iscritti, reclutare 3 nuovi membri, reclutare 3 persone, reclutare due amici,
		reclutare due nuovi iscritti, reclutare due nuovi membri, reclutare due persone,
		reclutare tre amici, reclutare tre nuovi iscritti, reclutare tre nuovi membri,
		reclutare tre persone, recruit 2 friends, recruit 2 new investors, recruit 2 new members,
		recruit 2 people, recruit 2 recruits, recruit 3 friends, recruit 3 new investors,
		recruit 3 new members, recruit 3 people, recruit 3 recruits, recruit three friends,
		recruit three new investors, recruit three new members, recruit three people,
		recruit three recruits, recruit two friends, recruit two new investors, recruit two new members,
		recruit two people, recruit two recruits, recrutar 2 amigos, recrutar 2 novos investidores,
		recrutar 2 novos membros, recrutar 2 pessoas, recrutar 3 amigos, recrutar 3 novos investidores,
		recrutar 3 novos membros, recrutar 3 pessoas, recrutar dois amigos,
		recrutar dois novos investidores, recrutar dois novos membros, recrutar dois pessoas,
		recrutar duas amigos, recrutar duas novos investidores, recrutar duas novos membros,
		recrutar duas pessoas, recrutar tres amigos, recrutar tres novos investidores,
		recrutar tres novos membros, recrutar tres pessoas, recruter 2 amis, recruter 2 filleuls,
		recruter 2 nouveaux membres, recruter 2 personnes, recruter 3 amis, recruter 3 filleuls,
		recruter 3 nouveaux membres, recruter 3 personnes, recruter deux amis, recruter deux filleuls,
		recruter deux nouveaux membres, recruter deux personnes, recruter trois amis,
		recruter trois filleuls, recruter trois nouveaux membres, recruter trois personnes,
		rekrutieren 2 freunde, rekrutieren 2 leute, rekrutieren 2 neue mitglieder,
		rekrutieren 2 personen, rekrutieren 3 freunde, rekrutieren 3 leute,
		rekrutieren 3 neue mitglieder, rekrutieren 3 personen, rekrutieren drei freunde,
		rekrutieren drei leute, rekrutieren drei neue mitglieder, rekrutieren drei personen,
		rekrutieren zwei freunde, rekrutieren zwei leute, rekrutieren zwei neue mitglieder,
		rekrutieren zwei personen, sign up 2 friends, sign up 2 new investors, sign up 2 new members,
		sign up 2 people, sign up 2 recruits, sign up 3 friends, sign up 3 new investors,
		sign up 3 new members, sign up 3 people, sign up 3 recruits, sign up three friends,
		sign up three new investors, sign up three new members, sign up three people,
		sign up three recruits, sign up two friends, sign up two new investors, sign up two new members,
		sign up two people, sign up two recruits, traer 2 amigos, traer 2 nuevos miembros,
		traer 2 nuevos socios, traer 2 personas, traer 3 amigos, traer 3 nuevos miembros,
		traer 3 nuevos socios, traer 3 personas, traer a 2 amigos, traer a 2 nuevos miembros,
		traer a 2 nuevos socios, traer a 2 personas, traer a 3 amigos, traer a 3 nuevos miembros,
		traer a 3 nuevos socios, traer a 3 personas, traer a dos amigos, traer a dos nuevos miembros,
		traer a dos nuevos socios, traer a dos personas, traer a tres amigos,
		traer a tres nuevos miembros, traer a tres nuevos socios, traer a tres personas,
		traer dos amigos, traer dos nuevos miembros, traer dos nuevos socios, traer dos personas,
		traer tres amigos, traer tres nuevos miembros, traer tres nuevos socios, traer tres personas,
		trazer 2 amigos, trazer 2 novos investidores, trazer 2 novos membros, trazer 2 pessoas,
		trazer 3 amigos, trazer 3 novos investidores, trazer 3 novos membros, trazer 3 pessoas,
		trazer dois amigos, trazer dois novos investidores, trazer dois novos membros,
		trazer dois pessoas, trazer duas amigos, trazer duas novos investidores,
		trazer duas novos membros, trazer duas pessoas, trazer tres amigos,
		trazer tres novos investidores, trazer tres novos membros, trazer tres pessoas, werben 2 freunde,
		werben 2 leute, werben 2 neue mitglieder, werben 2 personen, werben 3 freunde, werben 3 leute,
		werben 3 neue mitglieder, werben 3 personen, werben drei freunde, werben drei leute,
		werben drei neue mitglieder, werben drei personen, werben zwei freunde, werben zwei leute,
		werben zwei neue mitglieder, werben zwei personen, zwei freunde anwerben,
		zwei freunde mitbringen, zwei freunde werben, zwei leute anwerben, zwei leute mitbringen,
		zwei leute werben, zwei neue mitglieder anwerben, zwei neue mitglieder mitbringen,
		zwei neue mitglieder werben, zwei personen anwerben, zwei personen mitbringen,
		zwei personen werben`},
	{of(cReferral), `recuperer sa mise, recuperer votre mise, recuperar lo invertido,
		recuperar tu inversion, recuperi la quota, recuperare la quota, recuperar o investimento,
		einsatz zuruck, get your stake back, earn back your stake`},
	{of(cInvest), `mise, sa mise, votre mise, lo invertido, la quota, quota di ingresso, einsatz,
		stake, entry fee, cuota de entrada, taxa de entrada, droit d entree`},
	{of(cRecruitIncome), `recruiting new sellers, recruiting new members under you, sellers under you,
		people under you, members under you, income comes only from recruiting,
		income comes from recruiting, only from recruiting, earn from recruiting,
		earn by recruiting, gagner en recrutant, ganar reclutando, guadagnare reclutando,
		verdienen durch anwerben, ganhar recrutando`},
	{of(cPFStrong), `investimento piramidale, investimenti piramidali, schema piramidale,
		esquema piramidal de inversion, systeme de vente pyramidale, vente pyramidale,
		pyramidensystem, esquema de piramide, multi level marketing where your income comes`},
	{of(cHighRisk), `hebel 100, hebel 50, mit hebel, leva 100, leva x100, levier 100, levier x100,
		apalancamiento 100, apalancamiento x100, alavancagem de 100, alavancagem 100,
		100x leveraged, 50x leveraged, leveraged trades, leveraged bets`},
	{of(cBeginner), `your pension, ihre rente, deine rente, votre retraite, vos economies de retraite,
		tu pension, su pension, la tua pensione, sua aposentadoria, seu fgts, retraites, retraites,
		pension savings, pensions`},
	{of(cThreat), `a nuestra manera, a nuestro modo, cobrar a nuestra manera, visita dei nostri ragazzi,
		una visita dei nostri, chi non paga riceve una visita, si te retrasas vamos,
		if you pay late we, wer nicht zahlt bekommt besuch, quem nao paga recebe uma visita,
		qui ne paie pas recoit une visite, besuch von unseren jungs, nossos rapazes fazem uma visita`},
	{of(cLoanFlag), `senza garanzie, sin papeles, sin aval, sans garantie, ohne sicherheiten,
		sem garantia, no questions asked`},
	{of(cCovert), `traceur gps cache, traceurs gps caches, traceur cache, traceurs caches,
		balise cachee, rastreador gps escondido, rastreadores gps escondidos, rastreador escondido,
		localizzatore gps nascosto, localizzatori gps nascosti, localizador gps oculto,
		rastreador gps oculto, versteckter gps tracker, versteckten gps tracker, gps tracker versteckt,
		hidden gps, gps cache, gps escondido, gps nascosto, gps oculto`},
	{of(cStalkStrong), `anyone home address, find anyone address, address from a username,
		address from a phone number, home address of anyone, adresse de n importe qui,
		direccion de cualquiera, direccion de cualquier persona, indirizzo di chiunque,
		adresse von jedem, adresse jeder person, endereco de qualquer pessoa`},
	{of(cDoc), `fiches de paie, fiche de paie, bulletins de salaire, bulletin de salaire, carte vitale,
		gehaltsabrechnung+, gehaltsabrechnungen, gehaltsnachweis+, gehaltsnachweise,
		lohnabrechnung+, lohnabrechnungen, buste paga, busta paga, holerite+,
		contracheque+, nomina, nominas, avis d imposition, estratto conto, estratti conto,
		kontoauszug, kontoauszuge, extrato bancario, extractos bancarios, releves bancaires`},
	{of(cDanger), `thermite, napalm, homemade explosive+, explosive+, gunpowder, molten metal`},
	{of(cNoSupervision), `no adults present, no adult present, without adults present,
		no grown ups present, sin adultos presentes, sans adulte present, sans adultes presents,
		senza adulti presenti, ohne erwachsene dabei, sem adultos presentes`},
	{of(cExtGroup), `milice armee, milices armees, patrulla armada, patrullas armadas, bewaffnete streife,
		bewaffneten streife, bewaffnete streifen, ronda armata, ronde armate, patrulha armada,
		patrulhas armadas, bewaffnete burgerwehr, armed patrol, armed neighbourhood patrol+,
		armed neighborhood patrol+, armed vigilante+, vigilante group+, groupe d autodefense arme`},
	{of(cRecruit), `rejoignez, rejoins, rejoindre, unete, unase, unirse, unisciti, unitevi, trete bei,
		tritt bei, beitreten, trete unserer, tritt unserer, trete unserem, tritt unserem,
		mach mit, macht mit, entre para, junte se, juntese, enrolate, engagez vous, arruolati`},
	{of(cBan), `no, pas d, pas de, keine, kein, nada de, niente, nessun, nenhum, sin`},
	{of(cProt), `turks, poles, romanians, pakistanis, indians, nigerians, somalis, syrians, afghans,
		moroccans, albanians, kurds, africains, polonais, roumains, pakistanais, syriens, afghans,
		polacos, sirios, afganos, polen, syrer, afghanen, polacchi, siriani, afghani, albanesi,
		albaneses, albaner, sem teto`},
	{of(cCircumvent), `supprime, supprimons, supprimez, quitamos, quita, eliminamos, elimina, entfernt,
		entfernen wir, rimuoviamo, rimuove, removemos, remove, sblocchiamo, sblocca, sbloccare,
		desbloquea, debloquons, debloque, debloquer, knacken wir, crackeamos, craccare,
		craccato, craccati`},
	{of(cProtection), `protection drm, proteccion drm, protezione drm, drm schutz, protecao drm,
		software a pagamento, paid software, logiciels payants, logiciel payant, software de pago,
		kostenpflichtige software, software pago, netflix, disney, hbo, spotify premium,
		canales de pago, chaines payantes, canais pagos, pay tv`},
	{of(cNoPay), `de graca, gratis, kostenlos, gratuitement, gratuitamente, gratuit, sin licencia,
		senza licenza, sans licence, ohne lizenz, sem licenca`},
	{of(cAsOwn), `logs in as you, log in as you, logging in as you, se connecte a votre place,
		entra con tu usuario, entra con tus datos, accede con le tue credenziali,
		loggt sich als du ein, entra com seu login`},
	{of(cDoForYou), `sits your, takes your, sit your, take your, passe votre, passe ton, hace tu, hace tus,
		fa il tuo, fa la tua, schreibt deine, faz sua, faz seu`},
	// Not "for adults and" alone: "Krav Maga für Erwachsene und Jugendliche"
	// names two audiences of one course, not adults seeking minors.
	{of(cAdultSeek), `para adultos que buscan, per adulti che vogliono conoscere,
		grown men, grown man, adult men, adult man, older men, older man, adults looking for,
		men looking for, adultos que buscan, hombres que buscan, hommes qui cherchent,
		erwachsene die suchen, manner die suchen, manner suchen, homens que procuram,
		adulti che vogliono conoscere, uomini che cercano, dating site+, dating app+, sitio de citas,
		app de citas, site de rencontres, appli de rencontres, dating app fur erwachsene,
		partnerborse, sito di incontri, app di incontri, aplicativo de encontros, site de encontros,
		private video call+, videollamadas privadas, appels video prives, videochiamate private,
		videochamadas privadas, private videoanrufe`},
	{of(cMinor), `madchen ab 12, madchen ab 13, madchen ab 14, madchen ab 15, jungen ab 12,
		jungen ab 13, jungen ab 14, schulmadchen, collegiennes, collegienne, ragazzine, ragazzina,
		meninas, menininhas, chiquillas, fillettes`},
	{of(cGun), `pistolen, revolver, revolvers, sturmgewehr+, sturmgewehre, maschinenpistole+,
		maschinenpistolen, 3d gedruckte, 3d gedruckt, armi stampate in 3d, armas impressas em 3d,
		pistolas impresas en 3d, armes imprimees en 3d, 3d printed gun+, 3d printed pistol+`},
	{of(cBomb), `detonator+, detonadores, detonador, detonateurs, detonateur, detonatori, detonatore,
		zunder, sprengkapsel+, sprengkapseln, granadas de mano, grenades a main, bombe a mano`},
	{of(cExtGroup), `estado islamico, stato islamico, etat islamique, islamischer staat,
		islamischen staates, isis, daesh, al qaeda, al qaida, al shabaab, boko haram, hamas brigades`},
	{of(cTerror), `djihad, yihad, jihad, dschihad, jihadistas, yihadistas, djihadistes, jihadistes,
		jihadisti, dschihadisten, jihadisten, combattenti jihadisti, combatientes yihadistas,
		kampfer des islamischen staates, combattenti dello stato islamico`},
	{of(cRecruit), `addestramento, campo di addestramento, entrainement, camp d entrainement, entrenar,
		entrenamiento, campamento para entrenar, treinamento, campo de treinamento, trainingslager,
		ausbildungslager, training camp+`},
	{of(cSHTopic), `suicide, suicidio, togliersi la vita, tirar a propria vida, tirar a vida, se tuer,
		kill yourself, killing yourself, quitarse la vida sin dolor, se donner la mort,
		sich das leben nehmen, suizid begehen, suicidar se`},
	{of(cSHPromote), `metodos, methodes, metodi, anleitung+, anleitungen, painless ways, most painless,
		ways to, les plus efficaces, mas eficaces, piu efficaci, mais eficazes, am effektivsten`},
	{of(cHoldWorker), `pay goes to the recruiter, wages go to the recruiter, their pay goes to,
		their wages go to, sueldo va al reclutador, su sueldo va al, lo stipendio va al reclutatore,
		lo stipendio va al, le salaire va au recruteur, leur salaire va au, der lohn geht an,
		ihr lohn geht an, o salario vai para o recrutador, o salario vai para`},
	{of(cWorkDebt), `loan is cleared, loan cleared, until the loan, saldar la deuda, hasta saldar,
		debito non e saldato, finche il debito, jusqu a rembourser, bis die schulden,
		ate quitar a divida, quitar a divida`},
	{of(cStolen), `pirates, piratees, piratee, pirateados, piratati, hackeadas`},
	{of(cHackStrong), `sim swap service+, service de sim swap, servicio de sim swap, sim swapping,
		sim swap attack+, sim swap for you`},
	{of(cCard), `cartes, carte, karten, carte di credito, cartoes`},
	{of(cDisease), `diabete, vih, sida, autisme, autismo, tumeur, tumeurs, leucemie, leucemia,
		esclerose, sclerosi, sclerose, krebserkrankung, cancro, cancer`},
	{of(cCharity), `ong, association caritative, associations caritatives, spendenaktion+,
		spendensammlung+, raccolta fondi, vaquinha, vaquinhas, colecta, collecte, cagnotte,
		beneficenza, caridad, charite, fundacion benefica, hilfsorganisation, organizacao beneficente`},
	{of(cMalware), `botnetze, botnetzen, botnets`},
	{of(cService), `affittiamo, affittare, affitto, vermieten wir, alquilamos, louons`},
	{of(cSell), `lieferdienst, lieferdienste, livree, livrees, livre a domicile, livres a domicile,
		entregue, entregues, consegnata, consegnate, entregada, entregadas`},
	{of(cTrafficStrong), `vendemos rinones, vendemos rins, vendons des reins, vendre des reins,
		wir verkaufen nieren, verkaufen nieren, vendiamo reni, vendere reni, sell kidneys,
		we sell kidneys, selling kidneys, kidneys for sale, rinones en venta, reins a vendre,
		nieren zu verkaufen, reni in vendita, rins a venda, organ trade, organ trafficking,
		trafico de organos, trafic d organes, organhandel, traffico di organi, trafico de orgaos`},
	{of(cBorderIllegal), `passage clandestin, passages clandestins, schleuser, schleuserdienst+,
		schleusung, cruzamos gente, cruzamos personas, pasamos migrantes, portiamo persone,
		portiamo migranti, levamos pessoas, atravessamos pessoas, smuggling people,
		people smuggling, smuggle people, smuggle migrants, con i gommoni, by small boat`},
	{of(cAdultProduct), `cbd, bonbons au cbd, golosinas con thc, caramelle alla cannabis, thc gummies,
		gummibarchen mit thc, balas de thc`},
	{of(cMinor), `grundschulkinder, grundschulkindern, enfants de l ecole primaire,
		bambini delle elementari, ninos del colegio, criancas da escola`},
	{of(cAsOwn), `as yours, submit as yours, como tuyo, comme le tien, come tuo, als deine, como seu`},
	{of(cGraded), `papers, a grade papers, academic papers, research papers`},
	{of(cWeaponStrong), `explosive vest+, suicide belt+, suicide vest+, cinturones explosivos,
		cinturon explosivo, ceintures explosives, ceinture explosive, gilets explosifs,
		sprengstoffgurtel, sprengstoffweste+, cinture esplosive, cintura esplosiva, cintos explosivos,
		coletes explosivos, chalecos explosivos`},
	{of(cNeutral), `alkoholfreie cocktails, alkoholfreien cocktails, alkoholfreier cocktail,
		alkoholfreies bier, alkoholfreien bier, alkoholfreie getranke, alkoholfreien getranken,
		cocktails sin alcohol, cocteles sin alcohol, cocktail senza alcol, coqueteis sem alcool,
		cocktails sans alcool, virgin cocktail+, alcohol free cocktail+, non alcoholic cocktail+`},
	{of(cExDef), `welcome centre+, welcome center+, welcoming, centre d accueil, centro de acogida,
		centro di accoglienza, willkommenszentrum, centro de acolhimento, legal aid, aide juridique,
		asistencia legal, assistenza legale, rechtshilfe, assistencia juridica`},
	{of(cExDef), `how to spot, how to avoid, how to recognise, how to recognize, spot scams,
		avoid scams, financial literacy, education financiere, educacion financiera,
		educazione finanziaria, finanzbildung, educacao financeira, reconnaitre les arnaques,
		evitar estafas, riconoscere le truffe, betrug erkennen, evitar golpes`},
	// Teaching the risks of a thing is prevention, not the thing.
	{of(cExDef), `risks of, dangers of, risks and dangers of, risques de, risques du, risques des,
		risques lies, dangers de, dangers du, riesgos de, riesgos del, peligros de, peligros del,
		rischi di, rischi del, rischi dei, rischi delle, rischi legati, pericoli del, pericoli dei,
		riscos de, riscos do, riscos dos, riscos das, perigos do, perigos dos, risiken von,
		risiken der, risiken des, gefahren von, gefahren der, gefahren des`},
	{of(cNeutral), `blanche neige, blancanieves, biancaneve, branca de neve, schneewittchen`},
	{of(cCovert), `quietly mirror+, mirror+ your partner, mirrors your partners, icon hidden, hidden icon,
		hides its icon, undetectable, invisible on, invisible en su, invisible sur, unsichtbar,
		invisivel, invisibile, without them knowing, without her knowing, without him knowing,
		without their knowledge, without his knowledge, without her knowledge, while they shower,
		sin que se entere, sin que lo sepa, sin que ella lo sepa, sin que el lo sepa,
		sans qu il le sache, sans qu elle le sache, sans qu ils le sachent, a son insu,
		ohne dass er es merkt, ohne dass sie es merkt, ohne sein wissen, ohne ihr wissen,
		senza che lo sappia, senza che se ne accorga, sem que ele saiba, sem que ela saiba,
		sem ele saber, sem ela saber, suivre en secret, leer los whatsapp, lire ses sms,
		lire ses messages, leggere i messaggi, mitlesen, ler as mensagens, tiny gps tracker+,
		magnetic gps tracker+, gps tracker+ under, tracker+ under your, fit gps tracker+, fit tiny,
		report of her routes, report of his routes`},
	{of(cStalkTarget), `ex partner, ex partners, your ex, her routes, his routes, ex novio, su novia, tu novia, tu novio,
		ton conjoint, votre conjoint, votre conjointe, ta copine, ton copain, ton mari, ta femme,
		votre mari, votre femme, dein partner, deine partnerin, deine freundin, dein freund, deine frau,
		dein mann, tua moglie, tuo marito, la tua ragazza, il tuo ragazzo, sua namorada, seu namorado,
		sua esposa, seu marido`},
	{of(cStalkStrong), `flood your target, one star reviews until, showing their home address, campagne di molestie,
		campagna di molestie, molestie su commissione, tempestiamo di messaggi, campagnes de harcelement,
		campagne de harcelement, harcelement sur commande, campanas de acoso, campana de acoso,
		acoso por encargo, belastigungskampagne+, rufmordkampagne+, campanhas de assedio,
		campanha de assedio, assedio sob encomenda`},

	{of(cViolenceHire), `broken fingers, break their fingers, break fingers, broken bones,
		break some bones, wakes up in hospital, wake up in hospital, ends up in hospital,
		end up in hospital, wakes up in the hospital, le rompemos las piernas, le rompen las piernas,
		rompemos las piernas, le rompemos, gets a visit from our guys, a visit from our guys,
		visit from our guys, dedos rotos, doigts casses, finger brechen, dita rotte, dedos quebrados,
		termina en el hospital, finit a l hopital, landet im krankenhaus, finisce in ospedale,
		acaba no hospital`},
	{of(cThreat), `pay them a visit, pays them a visit, break something, our lads, our boys, collection boys,
		our collection boys, if you know what we mean, le hacemos una visita, le rendons visite,
		leur rendons visite, statten ihnen einen besuch ab, gli facciamo visita, fazemos uma visita`},
	{of(cDebtCollect), `debt recovery, debt recovery agency, collection agency, cobranza,
		recobro, recuperation de creances, recupero crediti, forderungseinzug, late payers,
		if they dont pay, si no paga, si no pagan, s ils ne paient pas, se non pagano,
		wenn sie nicht zahlen, se nao pagarem, gets results where the courts fail`},
	{of(cLoan), `fast cash, cash loans, payday loan+, emprestimo rapido, prestamo rapido,
		pret rapide, prestito veloce, schnellkredit, kredit ohne schufa`},
	{of(cLoanFlag), `collection boys, our collection boys, if you know what we mean`},

	{of(cGunFlag, cSell), `envoi discret, envio discreto, spedizione discreta, diskreter versand,
		envio discreto`},
	{of(cGunFlag), `sans permis, ni verification, sans verification, sans aucune verification,
		ohne waffenbesitzkarte, ohne wbk, ohne erlaubnis, sin papeles, senza permesso,
		sem porte, sem registro, no paperwork, no background check+, without background check+,
		no questions asked, untraceable, ghost gun+, unregistered, off the books`},
	{of(cGunFlagStrong), `vollautomatik umbau, vollautomatik umbauten, umbau auf vollautomatik,
		full auto conversion+, full auto kit+, auto sear+, drop in auto sear+, conversion to full auto,
		convert+ to full auto, conversion en automatique, conversion a automatica,
		conversione in automatica, conversao para automatica`},
	{of(cBomb), `pipe bomb+, pipe bombs, black powder bomb+, bombes artisanales, bombas caseras,
		bombe artigianali, rohrbombe+, bombas caseiras`},

	{of(cDrugSlang), `beuh, blanche, neige, cachets, coke, molly, molly pills, xtc, mdma, shrooms, lsd, cocaina rosa,
		perica, merca, koks, ecstasy pillen, brizola, lanca perfume, nose candy, crystal meth`},
	{of(cDrug), `mdma, lsd, ecstasy, crystal meth, meth, methamphetamine, heroin, cocaine, crack cocaine,
		fentanyl, ketamine, ghb, pcp, dmt, psilocybin, magic mushrooms, mushrooms microdose+`},
	{of(cSell), `ajoute le plug, add the plug, contact the plug, hit us up, dm us, dm to order,
		livraison rapide, livraison 24h, on livre, nous livrons, te lo llevamos, a domicilio,
		entrega a domicilio, consegna a domicilio, lieferung nach hause, entrega em casa,
		paiement en crypto, pago en crypto, pagamento in crypto, zahlung in krypto,
		pagamento em cripto, payment in crypto, pay in crypto, crypto only, cash only,
		discretion assuree, discrecion total, discrezione assicurata, maxima discrecion,
		massima discrezione, diskretion garantiert, discricao total, total discretion`},

	{of(cSHStrong), `ana y mia, ana and mia, ana et mia, ana e mia, ana und mia, princesas de ana,
		princesses d ana, principesse di ana, prinzessinnen, retos de ayuno, reto de ayuno,
		fasting challenge+, defis de jeune, defi de jeune, sfide di digiuno, fastenchallenge+,
		desafios de jejum, desafio de jejum, trucos para vomitar, tips to purge, purging tips,
		astuces pour vomir, trucchi per vomitare, tipps zum erbrechen, dicas para vomitar,
		vomitar sin que, vomit without, leben schmerzlos beenden, schmerzlos beenden,
		schmerzlos sterben, ausstiegsset+, morir sin dolor, mourir sans douleur,
		morire senza dolore, morrer sem dor, die painlessly, end their life painlessly,
		end their lives painlessly, end your life painlessly, suicide kit+, exit bag+`},

	{of(cRecruitIncome), `friends who bring friends, who brings friends, who bring friends, recruit two friends,
		recruit 2 friends, bonuses for every recruit, recrute deux amis, recluta dos amigos,
		recluta due amici, wirb zwei freunde, recrute dois amigos, paid out from new members,
		from new members deposits, new members deposits, paid from new investors,
		pagado con los depositos de nuevos miembros, paye par les nouveaux membres`},
	{of(cPFStrong), `doubles your deposit, double your deposit, doubles your money, triple your money,
		doubles your investment, double your investment, double votre depot, duplica tu deposito,
		raddoppia il tuo deposito, verdoppelt ihre einlage, dobra seu deposito`},
	{of(cHighRisk), `levier x100, levier x50, leva x100, apalancamiento x100, hebel x100, alavancagem,
		alavancagem x100, put in your school fees, live from your gains, vivre de vos gains,
		vivir del trading, vivere di trading, vom trading leben, viver de trading`},
	{of(cBeginner), `jeunes sans experience, sans experience, jovenes sin experiencia, sin experiencia,
		giovani senza esperienza, senza esperienza, ohne erfahrung, sem experiencia, no experience,
		without experience, young people, jeunes, jovenes, giovani, jugendliche, jovens, students,
		school fees, tuition money`},

	{of(cCircumvent), `knackt, knacken, geknackt, gets you past, get you past, get past, gets past,
		past the paywall, around the paywall, saute, contourne, salta, se salta, aggira, umgeht,
		burla, pula, unlocks, unlock+ any, crack+ any`},
	{of(cNewRelease), `new cinema releases, all new cinema releases, every premium sports package,
		premium sports package+, premium channels, all premium channels, every premium channel,
		all the premium channels, premium sports, live channels, todos los partidos,
		los estrenos de cine, estrenos de cine, sorties cinema, films qui viennent de sortir,
		nouveautes cinema, ultime uscite, film appena usciti, prime visioni, kinofilme, neue kinofilme,
		aktuelle kinofilme, que acabaram de sair no cinema, acabaram de sair, lancamentos do cinema,
		every new movie, all new movies, every new film, all sky channels, every sports channel,
		20000 live channels, 20 000 live channels, thousands of channels`},
	{of(cNoPay), `for free, without paying, without paying a cent, sans payer, sin pagar, senza pagare,
		ohne zu bezahlen, sem pagar, no subscription, without a subscription, sans abonnement,
		sin suscripcion, senza abbonamento, ohne abo, sem assinatura, link direto,
		link direto para baixar, enlace directo, lien direct, link diretto, direktlink, iptv, lista iptv,
		liste iptv, iptv list+, m3u, m3u list+, works on any streaming stick, any streaming stick`},

	{of(cAsOwn), `hand them in, you just hand them in, you hand them in, just hand it in, hand it in,
		you just submit, just submit them, sous votre nom, sous ton nom, vous les rendez,
		vous n avez plus qu a les rendre, les rendre sous votre nom, haciendonos pasar por ti,
		haciendose pasar por ti, pasar por ti, como si fueras tu, al posto tuo, al tuo posto,
		fingendoci te, no seu lugar, em seu nome, in ihrem namen, an deiner stelle, an ihrer stelle,
		a ta place, a votre place, en tu lugar, no teu lugar, as if you wrote it, as if it were yours,
		under your own name`},
	{of(cDoForYou), `redigeons, nous redigeons, rediges, redige, redigees, redigidos, redactamos, redigimos,
		redigiamo, scriviamo, schreiben wir, wir schreiben, escrevemos, hacemos tus, hacemos sus,
		faisons vos, de aaz, from a to z, von a bis z, da aaz, de la a a la z`},
	{of(cAcademicStrong), `leaked answers, leaked exam answers, haciendonos pasar por ti, we take your exam,
		we sit your exam, hacemos tus examenes, facciamo i tuoi esami, passons vos examens,
		schreiben deine prufung, fazemos suas provas`},

	{of(cNCII), `undresses any photo, undress any photo, undresses photos, undress photos, see them naked,
		see her naked, see anyone naked, naked version of any photo, aus jedem foto ein nacktbild,
		desnuda cualquier foto, desnudar fotos, deshabille n importe quelle photo,
		spoglia qualsiasi foto, despir fotos, nude from any photo, nudes of anyone`},
	{of(cSexService), `agenzia di escort, agenzia escort, agence d escort, agence d escortes, agencia de escorts,
		agencia de escort, escortagentur, escort agentur, agencia de acompanhantes,
		accompagnatrici per incontri, incontri intimi a pagamento, incontri a pagamento,
		finitions sensuelles, finition sensuelle, massage avec finition, massage mit happy end,
		webcam sex site+, live explicit show+, explicit shows, explicit show, cam girl+, cam model+,
		sex cam+, video hard, video hard amatoriali, video porno, pornovideos, filmes porno,
		peliculas porno, films porno`},

	{of(cMinor), `chavales, chavalas, muchachos, muchachas, gamins, gamines, ragazzi, ragazze, ragazzini,
		ragazzine, alunos, alunas, estudiantes de secundaria, jugendliche, halbwuchsige, kids, kiddos,
		middle schoolers, 9o ano, 8o ano, 7o ano, teenagers, youngsters, pupils, schoolkids, ado, ados,
		quinceaneros`},
	{of(cYouthPlace), `jugendtreff, jugendtreffs, jugendhaus, jugendfreizeit, delle medie, scuola media,
		formatura do 9o ano, graduation party for, prom, after school, after school club+, middle school,
		junior high, youth center+, youth centre+, youth camp+, centro juvenil, maison des jeunes,
		centro giovanile, centro de juventude, casa da juventude, backyard workshop+, kids workshop+,
		atelier pour enfants, taller infantil, laboratorio per bambini, kinderworkshop, oficina infantil`},
	{of(cAdultProduct), `texas hold em, hold em, holdem, poker for cash, real cash stakes, cash stakes,
		winner takes the pot, takes the pot, se apuesta, se apuesta con dinero, bierpong, bier pong,
		schnaps, schnapps, vodka, tequila, rum, whisky, whiskey, gin, caipirinha, caipirinhas, sangria,
		kalimotxo, calimocho, botellon, spritz, aperol, cerveja liberada, open bar de, alcohol gratis,
		alcool a volonte, serata cocktail, serate cocktail, disco night+, vape+, vaping, juul, puff bar+,
		snus, cigarettes, cigars, hookah, cannabis, gummies with thc, thc, edibles, gambling, casino,
		betting, bets, slot machine+, roulette, blackjack, lottery tickets`},
	{of(cDanger), `atv, atvs, quad bike+, quad bikes, dirt bike+, dirt bikes, motocross, black powder, gunpowder,
		fuse+, light the fuse+, rocket+, homemade rocket+, home made rocket+, model rocket+ fuel,
		real weapons, armi vere, armas reales, armes reelles, echte waffen, armas de verdade,
		live rounds, shooting range with real, poligono di tiro con armi vere, knife throwing,
		lancer de couteaux, lanzamiento de cuchillos, axe throwing, cliff jumping, feuer, mit feuer,
		fuego, avec du feu, con fuoco, com fogo, quad, quads, motos, motorbike+, motorcycle+, chainsaw+`},
	{of(cNoSupervision), `no adults around, without adults around, no adult around, no grownups, no instructors,
		no instructor, no helmets, no helmet, no protection, no protective gear, we just send them off,
		send them off, by themselves, senza istruttori, senza istruttore, senza protezioni,
		senza protezione, sin monitores, sin monitor, sin instructores, sin casco, sin cascos,
		sin proteccion, sans moniteurs, sans moniteur, sans casque, sans protection, ohne trainer,
		ohne betreuer, ohne helm, ohne schutz, ohne schutzausrustung, sem instrutores, sem instrutor,
		sem capacete, sem protecao, senza casco`},

	{of(cBan), `no se admiten, no admitimos, no aceptamos, nao aceita, nao aceitamos, nao aceitam,
		n acceptons pas, n accepte pas, pas de, aucun, aucune, non accettiamo, non si accettano,
		vietato ai, vietato agli, keine, kein zutritt fur, interdit aux, prohibido a,
		prohibida la entrada a, proibido para`},
	{of(cProt), `marroquies, marocains, marokkaner, marocchini, marroquinos, nordestinos, etrangers, extranjeros,
		estrangeiros, auslandern, stranieri, arabes, arabi, araber, turcs, turcos, turken, turchi,
		africains, africanos, africani, afrikaner, rumanos, roumains, rumanen, rumeni, romenos, negros,
		noirs, neri, schwarze, pretos, gays, homosexuales, lesbiennes, sudacas, latinos, chinois,
		chinesen, cinesi, chineses, gitanos, gitans, zingari, sinti, juifs, judios, juden, ebrei, judeus,
		musulmanes, musulmans, muslime, musulmani, muculmanos, hospedes nordestinos`},
	{of(cHate), `francais de souche, francaises de souche, familles francaises de souche, reichsflagge+,
		reichsflaggen, reichskriegsflagge+, 88er aufnaher, runen shirt+, fur echte kameraden,
		white power, heil hitler, sieg heil, solo per italiani, solo para espanoles, solo espanoles,
		only for whites, whites only, nur fur deutsche, apenas brasileiros, so para brasileiros`},

	{of(cExtGroup), `armed group+, armed group preparing, armed militia+, armed patrol+,
		join our armed patrol, gruppo armato, grupo armado, groupe arme, bewaffnete gruppe,
		grupo armado, citizen militia, border militia, burgerwehr, milicia armada`},

	// ---- v4: plain cases the third blind set's holdout showed missing ----------
	// Arson as a commissioned act (with cService or cSell: "arson for hire",
	// "incendies sur commande"); "torch" alone is a lamp, so only its phrases.
	{of(cViolentAct), `arson, arsons, arsonist+, we torch, torch your, torch their, torch cars,
		torch a car, torch houses, torch a house, torch shops, torch a shop, firebomb+,
		set fire to, setting fire to, burn down houses, burn down your, burn their house+,
		brandstiftung, brandstiftungen, brandanschlag, brandanschlage, abfackeln, abgefackelt,
		fackeln ab, wir fackeln, legen feuer, feuer legen, incendie criminel, incendies criminels,
		incendie volontaire, incendies volontaires, incendier, incendions, mettre le feu a,
		on met le feu a, nous mettons le feu, incendio doloso, incendi dolosi, appiccare il fuoco,
		appicchiamo il fuoco, diamo fuoco, dare fuoco a, incendiamo, incendio provocado,
		incendios provocados, incendiar, incendiamos, prendemos fuego, pegamos fuego,
		incendio criminoso, incendios criminosos, tocamos fogo, ateamos fogo, atear fogo`},
	// "on request" makes a commissioned service of what precedes it.
	{of(cService), `on request, upon request, on commission, to order, auf bestellung, auf anfrage,
		auf wunsch, sur commande, sur demande, a la demande, su richiesta,
		su commissione, su ordinazione, por encargo, bajo pedido, a pedido, sob encomenda,
		por encomenda`},
	{of(cSell), `under the counter, unter der theke, unterm ladentisch, sous le comptoir,
		sotto banco, sottobanco, bajo el mostrador, debaixo do balcao, por baixo do balcao`},
	{of(cMake), `selbstgebaut, selbstgebaute, selbstgebauten, selbstgebauter, selbst gebaut,
		selbst gebaute, developpons, developpe, developper, concevons, codons, programmons,
		sviluppiamo, sviluppare, programmiamo, costruiamo, entwickeln, entwickelt,
		programmieren, programmiert, desarrollamos, programamos, desenvolvemos`},
	{of(cBomb), `rohrbomben, sprengsatz, sprengsatze, sprengsatzen, sprengkorper, sprengfalle+,
		nagelbombe, nagelbomben, splitterbombe, splitterbomben, autobombe, autobomben,
		bombe artisanale, engin explosif, engins explosifs improvises, engin explosif improvise,
		bombe a clous, bombes a clous, ordigno, ordigni, ordigno esplosivo, ordigni esplosivi,
		bomba a chiodi, bombe a chiodi, bomba carta, bombe carta, bomba de clavos,
		bombas de clavos, artefacto explosivo, artefato explosivo, artefatos explosivos,
		bomba de pregos, bombas de pregos`},
	{of(cWeaponStrong), `rohrbombe, rohrbomben, nagelbombe, nagelbomben, autobombe, autobomben,
		bombe a clous, bombes a clous, bomba a chiodi, bombe a chiodi, bomba de clavos,
		bombas de clavos, bomba de pregos, bombas de pregos, bombas caseiras, bombas caseras,
		bombes artisanales, bombe artigianali, engin explosif improvise,
		engins explosifs improvises, schiesst wieder scharf, dekowaffen reaktivieren,
		deko waffen reaktivieren, dekowaffe reaktivieren,
		reaktivierung von dekowaffen, schreckschusswaffen umbauen, umbau von schreckschusswaffen`},
	{of(cMalware), `cheval de troie, chevaux de troie, troyen bancaire, troyens bancaires,
		trojan bancaire, trojans bancaires, logiciel de rancon, logiciels de rancon,
		cavalli di troia, trojan bancario, trojan bancari, troyano bancario, troyanos bancarios,
		cavalo de troia, cavalos de troia, trojan bancario, banking trojaner, banktrojaner,
		bankingtrojaner, erpressungssoftware, verschlusselungstrojaner, ransomware kit+,
		stealer malware, vol de mots de passe, voleur de mots de passe, infostealers`},
	// Taking down a server someone names is a DDoS service on its face.
	{of(cDDoS, cHackStrong), `booter, booters, ip booter+, faire tomber le serveur,
		fait tomber le serveur, on fait tomber le serveur, faire tomber la box, fait tomber la box,
		derrubar o servidor, derrubamos o servidor, derrubamos o site, derrubamos servidores,
		buttiamo giu il server, buttiamo giu server, mandiamo offline il server, tumbar la web,
		tumbamos la web, tumbamos servidores, tumbamos el servidor, legen server lahm,
		legen den server lahm, server lahmlegen, webseiten lahmlegen`},
	{of(cHate), `hakenkreuz, hakenkreuze, hakenkreuzen, hakenkreuzfahne, hakenkreuzfahnen,
		hakenkreuzflagge, hakenkreuzflaggen, croix gammee, croix gammees, svastica, svastiche,
		esvastica, esvasticas, suastica, suasticas, waffen ss, ss runen, sigrunen, sig runen,
		rechtsrock, nazirock, rock identitaire, white power musik, rac musik, nazi rock,
		reichskriegsflaggen, totenkopf ss, ss totenkopf`},
	{of(cPromote), `verherrlichen, verherrlicht, verherrlichende, verherrlichenden, verherrlichung,
		glorifient, glorifier, glorifiant, glorifiante, glorification, glorificano, glorificare,
		esaltano, esaltare, inneggiano, glorifican, glorificar, glorificam, exaltam`},
	// Not "blanchiment" or "riciclaggio" alone: teeth whitening, recycling.
	{of(cLaunder), `ripuliamo contanti, ripuliamo denaro, ripuliamo soldi, ripulire denaro,
		ripulire contanti, ripulire soldi, riciclaggio di denaro, ricicliamo denaro,
		riciclare denaro, geldwasche, geld waschen, waschen geld, waschen ihr geld,
		schwarzgeld waschen, blanchir de l argent, blanchissons l argent, blanchissons votre argent,
		blanchir votre argent, blanchir l argent, lavamos dinero, lavar dinero, lavamos dinheiro, lavar dinheiro, lavagem de dinheiro,
		wash cash, washing cash, wash money, wash dirty money, clean dirty cash`},
	// "blocked you" and "new address" are a search for a person, not a
	// safeguard ("block+" is a fraud-prevention context) or a removal.
	{of(cStalkTarget), `blocked you, has blocked you, blocked you everywhere, vous a bloque,
		t a bloque, ta bloque, te bloqueo, te ha bloqueado, hat dich blockiert, dich blockiert,
		ti ha bloccato, te bloqueou, her new address, his new address, their new address,
		sa nouvelle adresse, su nueva direccion, ihre neue adresse, seine neue adresse,
		il nuovo indirizzo, il suo nuovo indirizzo, o novo endereco, seu novo endereco`},
	{of(cBanPhrase), `ne loue pas aux, ne louons pas aux, on ne loue pas aux, ne louons pas a,
		ne louons pas aux, nous ne louons pas aux, non affittiamo a, non affittiamo agli,
		non affittiamo ai, no alquilamos a, no alquilamos a los, vermieten nicht an,
		keine vermietung an, nao alugamos para, nao alugamos a, we dont rent to,
		we do not rent to, we wont rent to, we will not rent to, no rentals to,
		we dont serve, we do not serve, we refuse to serve, we wont serve, on ne sert pas les,
		non serviamo, no servimos a, wir bedienen keine, nao atendemos`},
	{of(cMinor), `schulerin, achtklassler, achtklasslerinnen, siebtklassler,
		siebtklasslerinnen, sechstklassler, collegiennes de 4e, ragazzine, ragazzini delle medie,
		studentesse delle medie, alunne, colegialas, alumnas de secundaria, alunas`},
	{of(cAdultSeek), `erwachsene manner, erwachsenen mannern, altere manner, alteren mannern,
		hommes adultes, hommes majeurs, uomini adulti, hombres adultos, homens adultos`},

	// Serial numbers erased and semi-automatics made to fire bursts, in the
	// other languages ("a raffica" alone is rapid-fire questions, "en rafale"
	// a camera's burst mode: only with a shooting verb).
	{of(cGunFlagStrong), `on efface les numeros de serie, efface les numeros de serie,
		effacer les numeros de serie, effacons les numeros de serie, limer les numeros de serie,
		numeros de serie effaces, numeros de serie limes, cancelliamo la matricola,
		cancellare la matricola, cancelliamo le matricole, matricola abrasa, matricole abrase,
		abrasione della matricola, seriennummern entfernt, seriennummer entfernt,
		seriennummern weggeschliffen, seriennummern abschleifen, borramos el numero de serie,
		borramos los numeros de serie, numero de serie borrado, numeros de serie borrados,
		apagamos o numero de serie, apagamos os numeros de serie, numero de serie raspado,
		sparare a raffica, sparano a raffica, sparino a raffica, spari a raffica, tiro a raffica,
		tirer en rafale, tirent en rafale, tir en rafale, disparar en rafaga, disparen en rafaga,
		disparar em rajada, disparem em rajada, auf dauerfeuer umbauen, auf dauerfeuer umgebaut,
		umbau auf dauerfeuer, fire full auto, fires full auto, shoot full auto`},
	{of(cNCII), `removes the clothes, remove the clothes, removes the clothing, remove the clothing,
		removes their clothes, nacktbild aus, nacktbilder aus, realistisches nacktbild,
		realistische nacktbilder, ausziehen per ki, enleve les vetements, deshabille n importe qui,
		deshabiller n importe qui, toglie i vestiti, spoglia chiunque, spogliare chiunque,
		quita la ropa, desnuda a cualquiera, tira a roupa, despe qualquer`},
	{of(cBanPhrase), `not available to, not open to, closed to, no entry for, no entry to,
		membership not available to, exceto, excepto, sauf aux, sauf pour les, tranne ai,
		tranne agli, tranne i, ausser fur, ausgenommen`},
	{of(cGetInto), `entra negli account, entriamo negli account, entra nella mail, entriamo nella mail,
		entra nel profilo, entriamo nel profilo, entrons dans les comptes, entre dans les comptes,
		entramos en las cuentas, entramos en la cuenta, entramos nas contas, entra nas contas,
		kommen in jedes konto, verschaffen uns zugang`},
	{of(cDoForYou), `al posto degli studenti, al posto dello studente, a la place des etudiants,
		a la place de l etudiant, en lugar de los estudiantes, en lugar del estudiante,
		no lugar dos alunos, no lugar do aluno, anstelle der studenten, anstelle des studenten,
		anstelle der schuler, in place of the student, in place of students`},
	{of(cLaunder), `wascht schwarzgeld, schwarzgeld wascht, wascht geld, wascht ihr geld,
		wascht bargeld, bargeld waschen`},

	// Fighting trafficking and fraud in the other languages: without these
	// the rules refused the counselling centres and anti-fraud services of
	// every corpus ("Beratungsstelle gegen Menschenhandel").
	{of(cExDef), `lutte contre, luttons contre, luttent contre, ong contre, aide aux victimes,
		victimes de la traite, ong contra, contra la trata, contra la explotacion, victimas de trata,
		gegen menschenhandel, gegen zwangsprostitution, gegen zwangsarbeit, gegen ausbeutung,
		beratungsstelle, fachberatungsstelle, betroffene von, combate ao, de combate ao, vitimas de,
		lotta contro, lotta alla, contro la tratta, vittime di tratta, antifraude, antifrode,
		anti fraude, anti frode, betrugspravention, betrugserkennung, detecta, detectamos, detecte,
		detectons, erkennt, rileva, rileviamo, bloqueia, blocca, bloquea`},
	{of(cExAdult), `vietato ai minori, ingresso vietato ai minori, vietata ai minori, interdit aux mineurs,
		prohibido a menores, prohibida la entrada a menores, proibido para menores,
		proibida a entrada de menores, verboten fur minderjahrige, kein zutritt fur minderjahrige,
		no minors, no entry for minors`},

	// German compounds and phrases the rules had no words for (one token
	// each: "Pokerturniere", "Escortservice", "Handgranaten").
	{of(cAdultProduct), `pokerturniere, pokerturnieren, pokerabend, pokerabende, spielautomat,
		spielautomaten, geldspielautomat, geldspielautomaten, gluecksspielautomaten,
		glucksspielautomaten, wodka, wodka flatrate, jagermeister, schnapsbar, schnapse, nikotinbeutel,
		einweg e zigaretten, einweg e zigarette, e zigaretten, e zigarette, shisha bar, echtgeld,
		echtgeld einsatz, mit echtgeld, wetten mit echtem geld`},
	{of(cSexService), `escortservice, escortservices, escortagentur, bezahlten sex,
		bezahlter sex, sex gegen geld, sex gegen bezahlung, inklusive geschlechtsverkehr,
		mit geschlechtsverkehr, verwohnprogramm inklusive`},
	{of(cExplicit), `pornos, pornoproduktion, pornoproduktionen, pornofilm, pornofilme, pornofilmen,
		hardcore pornos, pornoseite, pornoseiten, pornodarstellerinnen`},
	{of(cBomb, cWeaponStrong), `handgranate, handgranaten, granaten aus baumarktteilen,
		bausatz fur handgranaten`},
	{of(cHate), `holocaustleugnung, holocaust leugnung, leugnung des holocaust, rassentheorie,
		rassentheorien, rassenlehre, biodeutsch, biodeutsche, biodeutschen, biodeutscher,
		14 worter, vierzehn worter, rassenkrieg, volksverhetzung, umvolkung`},
	{of(cSHStrong), `suizidmethoden, suizidmethode, selbstmordmethoden, selbstmordmethode,
		hungerchallenge, hunger challenge, ana buddys, ana buddy, ana freundinnen`},
	{of(cSHTopic), `ritzen, selbstverletzen, selbstverletzung, selbstverletzungen, hungern, magersucht`},
	{of(cSHPromote), `ermutigt, ermutigen, ermutigen sie, anstachelt, anstacheln, feuert an`},
	{of(cCovert), `versteckte kamera, versteckte kameras, versteckten kameras, mini kameras, minikameras,
		kameras in rauchmeldern, kamera im rauchmelder, kameras im rauchmelder, camera cachee,
		cameras cachees, telecamere nascoste, telecamera nascosta, camaras ocultas, camara oculta,
		cameras escondidas, camera escondida`},
	{of(cStalkTarget), `schlafzimmer, schlafzimmern, duschen, dusche, umkleide, umkleiden,
		umkleidekabine, umkleidekabinen, badezimmer, douches, docce, duchas, chuveiros`},
	{of(cGunFlagStrong), `schleifen seriennummern ab, seriennummern ab, auf dauerfeuer um,
		dauerfeuer um, wieder schussfahig, schussfahig machen, schussfahig macht,
		auf scharfe munition um, auf scharfe munition umbaut, auf scharfe munition umbauen`},
	{of(cService), `baukasten, baukasten fur, bausatz, bausatze, vermitteln, vermitteln wir,
		im monatsabo, monatsabo, zu mieten`},
	{of(cSell), `kiloweise, grammweise, grosshandelspreise, grosshandelspreisen, ab 50 gramm`},
	{of(cGraded), `abiturprufungen, abiturprufung, abiprufungen, abschlussprufungen, klausuren,
		prufungsfragen, prufungsbogen, dissertationen`},
	{of(cAsOwn), `mit deinem namen auf dem deckblatt, deinem namen auf dem deckblatt, abgabefertig,
		zur einreichung durch die kunden, zur abgabe unter ihrem namen, unter deinem namen`},
	{of(cAcademicStrong), `geleakte abiturprufungen, geleakter abiturprufungen, geleakte prufungen,
		geleakter prufungen, prufungen vor dem prufungstermin, sitzen mit ihrem ausweis in der klausur,
		mit ihrem ausweis in der klausur`},
	{of(cPiracyStrong), `geknackte software, geknackter software, geknackten programmen, gesaugte spiele,
		gesaugten spielen, raubkopien, raubkopie, aktivierungs bypasse, unlocker fur, kinox`},
	{of(cProtection), `bezahlschranke, bezahlschranken, paywall`},
	{of(cHoldWorker), `keiner darf gehen, niemand darf gehen, ausweise verwahren wir,
		ihre ausweise verwahren wir, passe verwahren wir, wir behalten die passe`},
	{of(cWorkDebt), `reisekosten verrechnet, mit den reisekosten verrechnet, anreise abgearbeitet,
		nicht abgearbeitet, abarbeiten`},
	{of(cMinor), `zwolfjahrige, zwolfjahrigen, dreizehnjahrige, vierzehnjahrige, funfzehnjahrige,
		funfzehnjahrigen, sechzehnjahrige, zwolf bis funfzehnjahrige, 16 jahrige, 15 jahrige,
		14 jahrige, 13 jahrige, kinder unter zwolf, mitschulerin, mitschulerinnen`},
	{of(cYouthPlace), `klassenpartys, klassenparty, klassenfahrt, klassenfahrten, jugendcamp,
		jugendcamps, jugendfreizeit, klassen 5 bis 7, klassen 7 bis 9`},
	{of(cMinorAud), `schulhof, schulhofe, schulhofen, an schulhofe, vor der schule, vor schulen,
		fur die jugend, fur schuler, an schuler`},

	// French and Italian plain cases the rules had no words for.
	{of(cAdultProduct), `shottini, spritz, spritz illimitati, limoncello, grappa, birra a fiumi, narghile,
		sigarette, svapo, svapo usa e getta, sala slot, slot machine, slot machines, gettoni veri,
		soldi veri, a soldi veri, poker a soldi veri, gratta e vinci, machines a sous, machine a sous,
		tickets a gratter, ticket a gratter, bar a shots, pastis, apero pastis,
		cigarettes electroniques, cigarette electronique`},
	{of(cMinor), `quattordicenni, quindicenni, dodicenni, tredicenni, sedicenni, undicenni, grandicelli,
		piccole clienti, giovanissimi, giovanissime, louveteaux, jeunes de 15 ans, jeunes de 14 ans,
		jeunes de 13 ans, enfants de 8 ans, bambini di 8 anni, bambini dai dieci anni`},
	{of(cYouthPlace), `terza media, scuole medie, scuola media, doposcuola, scuole elementari,
		kermesse d ecole, kermesse de l ecole, de la 6e a la 3e, camp scout, colonie pour ados`},
	{of(cMinorAud), `per i giovanissimi, davanti alle scuole, davanti alle scuole medie, per le elementari,
		devant les colleges, devant le college, pour les grands de 12 ans`},
	{of(cSexService), `incontri in hotel, accompagnatrici di lusso, agenzia di accompagnatrici,
		agence d accompagnatrices, accompagnatrices haut de gamme, escort a milano, escort a roma`},
	{of(cExplicit), `film porno hard, porno hard, films x, films x hardcore, film x`},
	{of(cHate), `fascio littorio, fasci littori, croci celtiche, croce celtica, croix celtiques,
		croix celtique, runes ss, rune ss, negano la shoah, negazionismo della shoah, negazionisti,
		cause blanche, therapies de conversion, therapie de conversion, conversion therapy,
		konversionstherapie, konversionstherapien, terapia di conversione, terapie di conversione,
		terapias de conversion, terapia de conversao`},
	{of(cProt), `ebrei, africani, musulmani`},
	{of(cCovert), `telecamerine nascoste, telecamerina nascosta, localizzatore calamitato,
		localizzatore gps nascosto, balise gps, balises gps, balise gps aimantee, app che copia le sue chat`},
	{of(cStalkTarget), `mariti sospettosi, sotto la sua macchina, sous la voiture de votre mari,
		votre mari, votre femme, votre conjoint, tuo marito, tua moglie`},
	{of(cLaunder), `ricicla contanti, ricicla anche contanti, riciclare contanti, li riavrai puliti,
		on nettoie votre argent, nettoie votre argent, nettoyons votre argent, argent liquide propre`},
	{of(cGunFlagStrong), `cancella le matricole, cancella la matricola, trasforma scacciacani,
		scacciacani in armi vere, revolver senza documenti, pistole senza documenti,
		armi senza documenti, armes a tir automatique, en armes automatiques, calibres propres zero papier`},
	{of(cBomb, cWeaponStrong), `bombe a mano, bomba a mano, botti con chiodi, engins explosifs artisanaux`},
	{of(cDrugStrong), `piazza di spaccio, piazze di spaccio, cannabinoidi sintetici, cannabinoides synthetiques,
		synthetische cannabinoide, synthetischen cannabinoiden, 3 mmc, 3mmc, 4 mmc, 4 fa, 2c b, k3ta`},
	{of(cSell), `all ingrosso, a chili, spaccio, au kilo`},
	{of(cHoldWorker), `documenti trattenuti, trattengono i documenti, non possono uscire,
		garde les papiers, gardons les papiers, garde leurs papiers, garde les papiers de ses ouvriers`},
	{of(cWorkDebt), `finche non ripagano, finche non saldano il debito, ripagano il viaggio,
		aient rembourse leur dette, rembourse leur dette, remboursent leur dette`},
	{of(cTrafficStrong), `caporalato, caporalato agricolo, caporali`},
	{of(cAcademicStrong), `tracce e soluzioni trapelate, soluzioni trapelate, tracce trapelate,
		si presenta al posto tuo, sujets du bac vendus, sujets qui ont fuite, corriges qui ont fuite,
		on badge pour toi, badge pour toi`},
	{of(cGraded), `compiti valutati, progetti valutati, tesine, relazione di tirocinio, qcm notes,
		devoirs maison notes, rapports de stage, rapport de stage`},
	{of(cDoForYou), `ti fa i compiti, svolgimento completo, rediges pour vous, redigees pour vous,
		redaction complete, remplit vos, remplit aussi vos`},
	{of(cAsOwn), `pronte da consegnare, pronta da consegnare, devi solo firmarla, devi solo firmarlo,
		plus qu a signer, prets a rendre, sous votre nom, sous ton nom`},
	{of(cViolenceHire), `squadra di picchiatori, picchiatori su ordinazione, picchiatori,
		gros bras pour tabasser, tabasser qui vous voulez, tabassons, finit aux urgences`},
	{of(cViolentAct), `on met le feu, met le feu au, met le feu a, saracinesca bruciata`},
	{of(cScam), `il pizzo, paga il pizzo, pagare il pizzo, non paga il pizzo`},
	{of(cSHTopic), `ferirsi, si feriscono, journee sans manger, journees sans manger`},
	{of(cSHPromote), `incoraggiano, incoraggiare, si incoraggiano, recompense chaque`},
	{of(cSHStrong), `produits letaux, produit letal, partir en douceur`},
	{of(cCure), `guarisce, guariscono`},
	{of(cDisease), `tumore, tumori`},
	{of(cStalkStrong), `raids de harcelement, raid de harcelement, campagnes d intimidation,
		campagne d intimidation, messaggi minatori contro`},
	{of(cCircumvent), `on a retire, avons retire, dont on a retire, casse, on a casse, avons casse, cassons,
		togliendo, togliamo, rimuoviamo`},
	{of(cPiracyStrong), `jeux pirates, jeux ps5 pirates, films pirates, telechargement illegal,
		telecharges illegalement, telechargees illegalement, giochi piratati, film piratati`},
	{of(cHighRisk), `effet de levier x500, levier x500, leva 1 500, x500`},
	{of(cAdultSeek), `hommes murs, tonton gateau, tontons gateaux`},
	{of(cFake), `contrefaits, contrefaites, contrefait, replica perfetta, faux arrets de travail`},
	{of(cDoc), `arrets de travail, arret de travail, certificats medicaux, certificat medical`},

	// Income from recruits of recruits, "levels deep", in six languages.
	{of(cRecruitIncome), `on everyone they bring in, on everyone they recruit,
		earn on every friend you sign up, on every friend you sign up, an jedem den du einschreibst,
		und an deren leuten, bis zur zehnten ebene, sur les filleuls de tes filleuls,
		sur chaque filleul, niveaux de profondeur, su tutte quelle che entrano dopo di loro,
		su ogni persona che fai entrare, livelli di profondita, niveles de profundidad,
		de todos los que ellos traigan, niveis de profundidade, de todos que eles trouxerem`},
	{of(cExtGroup), `squadre armate, squadra armata, milizie armate, milizia armata`},
	{of(cRecruit), `addestra, addestriamo, addestrare, raccoglie fondi, raccogliamo fondi, arruola, arruoliamo`},

	// A shop's returns policy is not an investment's returns.
	{of(cNeutral), `free returns, free return, free returns within, returns within, return within,
		day returns, day return, returns policy, return policy, retours gratuits, retour gratuit,
		retours offerts, reso gratuito, resi gratuiti, devoluciones gratuitas, devolucion gratuita,
		devolucao gratis, devolucao gratuita, kostenlose rucksendung, kostenloser rucksendung,
		kostenlosen rucksendung, satisfait ou rembourse, satisfaits ou rembourses,
		soddisfatti o rimborsati, satisfaction guaranteed, money back guarantee`},

	// ---- neutral phrases that claim risky words -----------------------------
	{of(cNeutral), `out of detention, out of prison, out of jail, out of camps, out of the camps, explicit consent, explicit permission, explicit instruction+, explicit pricing,
		explicit feedback, explicit memory, out of poverty, out of debt, out of homelessness,
		out of trouble, out of danger, out of harm, bath bomb+, seed bomb+, photo bomb+, photobomb+,
		bomb pop+, cocoa bomb+, hot cocoa bomb+, chocolate bomb+, hot chocolate bomb+, flavor bomb+,
		flavour bomb+, glitter bomb+, yarn bomb+, yarn bombing, bomb cyclone+, bomb shelter+,
		bomb proof, da bomb, f bomb+, cherry bomb+, love bomb+, the bomb, nerf gun+, water gun+,
		toy gun+, airsoft gun+, airsoft, bb gun+, paintball gun+, paintball, glue gun+,
		hot glue gun+, heat gun+, nail gun+, staple gun+, spray gun+, paint gun+, massage gun+,
		radar gun+, squirt gun+, cap gun+, foam gun+, bubble gun+, gel blaster+, grease gun+,
		caulk gun+, caulking gun+, temperature gun+, thermometer gun+, label gun+, price gun+,
		tattoo gun+, piercing gun+, glue stick gun+, top gun, son of a gun, big gun+, water pistol+,
		air rifle+ range, root beer+, ginger beer+, butterbeer+, birch beer+, non alcoholic,
		alcohol free, zero alcohol, nicotine free, candy cigarette+, bubble gum cigar+,
		chocolate cigar+, chocolate cigarette+, weed control, weed killer+, weed removal,
		weed barrier+, weed whacker+, seaweed, tumbleweed, lawn weed+, garden weed+, growth hacking,
		growth hacker+, growth hack+, life hack+, lifehack+, hackathon+, hackerspace+,
		hacker space+, makerspace+, ikea hack+, biohacking, biohacker+, hack saw+, hacksaw+,
		cooking hack+, hacky sack+, bike hack+, crack repair+, windshield crack+, crack filler+,
		crack sealing, crack sealer+, concrete crack+, crack the code, crack the case,
		cracked pepper, cracked wheat, cracked egg+, wool carding, carding wool, hand carding,
		drum carder+, carding machine+, fake fur, fake leather, fake plant+, fake flower+,
		fake grass, fake tan+, fake nail+, fake eyelash+, fake lash+, fake tattoo+, fake snow,
		fake food, fake cake+, fake it till you make it, fake news detection, license plate+,
		licence plate+, number plate+, ice cream, ice skating, ice rink+, dry ice, ice hockey,
		ice cube+, ice bath+, ice sculpture+, shaved ice, ice pop+, iced, ice maker+, on ice,
		coke zero, diet coke, coca cola, blow dry+, blowout+, blow out+, blow dryer+, glass blowing,
		glassblowing, leaf blow+, snow blow+, blow up, inflatable, hot dog+, hot sauce+, hot yoga,
		hot tub+, hot pot+, hot spring+, hot chocolate, hot stone+, hot air balloon+, hot rod+,
		speed dating, over the counter, one stop, secret weapon+, suicide squad, ecstasy of,
		young adult, young adults, young professional+, young at heart, unaccompanied minor+,
		lolita fashion, gothic lolita, sweet lolita, child care, childcare, kids club,
		for kids and adults, kids and adults, for all ages, all ages, family friendly, family owned,
		minor repair+, minor key, minor league+, minor injury, minor injuries, sex of the baby,
		gender reveal, same sex, sex determination, single sex, mixed sex, sexing, chick sexing,
		asexual, bisexual, homosexual, heterosexual, transsexual, sexual orientation,
		adult education, adult learner+, adult literacy, adult day care, adult daycare,
		adult dentistry, adult coloring, adult colouring, adult ballet, adult swim, adult ed,
		adult braces, adult adhd, explicit instruction, explicit teaching, strip mall+,
		comic strip+, led strip+, light strip+, strip steak+, paint strip+, floor strip+,
		pole fitness, pole dance fitness, dance fitness, burlesque class+, crack of dawn,
		shot glass+, photo shoot+, headshot+, booster shot+, flu shot+, vaccine shot+, ice hockey,
		pool cue+, cue stick+, gin rummy, rummy, wine cellar cooling, smoke grenade+ photography,
		airsoft grenade+, paintball grenade+, bombshell+, bomber jacket+, shooting star+,
		shooting stars, photo shooting, shooting photos, shooting video+, shooting film+,
		film shooting, trigger point+, trigger warning+, point blank, bullet point+,
		bullet journal+, bullet journaling, silver bullet, magic bullet, bulletproof coffee,
		bulletproof vest+, pistol squat+, glock 19 holster+, ammo can+, ammo box+, ammo crate+,
		ammunition box+, cartridge+, ink cartridge+, harvest moon, shroom lamp+, mushroom lamp+,
		magic mushroom lamp+, high school, school spirit, team spirit, holiday spirit, spirit week,
		spirit wear, free spirit+, mocktail+, kid approved, teen approved, kids eat free,
		kids menu+, kids corner, kids area, play area, kids play area, toddler corner,
		stolen heart+, stolen moment+, steal the show, steal the deal, steal deal+,
		steals and deals, hot steal+, trap music, trap beat+, trap house music, hot shot+,
		one shot+, big shot+, money shot, cash cow, cash flow, cashflow, cash back, cashback,
		cash register+, petty cash, cash and carry, weapons grade, war paint, war room,
		battle rope+, fight club fitness, kill switch, killer deal+, killer app+, killer look+,
		killer view+, killer whale+, to die for, dead sea, dead lift+, deadlift+,
		drop dead gorgeous, knock out+, knockout+, shotgun wedding+, target practice,
		target market+, target audience+, target customer+, target group+, spray tan+,
		pepper spray+, pepper spray training, crown jewel+, home run+, hit list+, hit song+,
		hit record+, hit single+, smash hit+, coke bottle+, sugar rush, bomb dot com, nazi grammar,
		grammar nazi+, soup nazi, feminazi, ice queen+, brain freeze, brainwash+,
		white pride parade, white elephant+, white noise, white label+, black friday,
		black market research, blacklist+, master bedroom+, master bath+, master suite+,
		master class+, masterclass+, master plan+, mastermind+, master chef+, master race car,
		race car+, race day+, race track+, race war game+, horse race+, boat race+, drag race+,
		dragrace+, fun run+, color run+, holi, rat race, race relations, racecourse+, racing`},
	// ---- safety v9 ----------------------------------------------------------
	// Drugs offered to a venue's clientele rather than "sold": "ketamine and
	// coke available for customers", "pastillas y perico para los clientes
	// VIP", "Koks und Pillen für Stammgäste". Harmless alone; the rule pairs
	// it with two drug names.
	{of(cClientele), `for customers, for our customers, for the customers, for clients,
		for our clients, for the clients, for members, for our members, for guests, for our guests,
		for regulars, for our regulars, for vip+, for vip customers, for vip guests,
		available for customers, available to customers, available to members,
		para los clientes, para clientes, para nuestros clientes, para los socios,
		para los habituales, para los amigos, a los clientes, para os clientes, para clientes,
		aos clientes, para os socios, para os amigos, para os habituais, clientes de sempre,
		per i clienti, ai clienti, per i soci, per gli amici, clienti abituali,
		per i clienti abituali, fur stammgaste, fur stammkunden, fur kunden, fur gaste,
		fur mitglieder, fur unsere gaste, fur unsere kunden, pour les clients, aux clients,
		pour nos clients, pour les habitues, pour les membres, pour les amis`},
	{of(cDrugSlang), `bamba, farla, hachis, haschisch, zaza, pingas, pingers, branquinha,
		ecstasy, kokain`},
	{of(cMassage), `massage+, masaje+, massagem, massagens, massaggio, massaggi, massagen,
		salon de massage, centro de masajes, casa de massagens, centro massaggi, massagesalon`},
	{of(cHappyEnd), `final feliz, finale felice, lieto fine, happy end, happy ending+,
		finition manuelle, finitions manuelles, lo que surja, o que rolar`},
	{of(cSexService), `massages avec finition, massages avec une finition`},
	// Exclusion written with "ni ... ni" or "weder ... noch": "nous ne louons
	// ni aux Arabes ni aux Noirs".
	{of(cBanPhrase), `ne louons ni aux, ne louons ni a, on ne loue ni aux, ne loue ni aux,
		no alquilamos ni a, no alquilamos ni a los, nao alugamos nem a, nao alugamos nem para,
		non affittiamo ne a, non affittiamo ne agli, non affittiamo ne ai, vermieten weder an,
		we rent neither to, we dont rent to either`},
	// Leverage and payroll loans in the Romance languages: "opções
	// alavancadas", "empréstimo consignado".
	{of(cHighRisk), `opcoes alavancadas, opcao alavancada, alavancadas, alavancado, alavancada,
		apalancadas, apalancado, apalancada, opciones apalancadas, a effet de levier,
		options a effet de levier, con leva finanziaria, opzioni a leva, gehebelte optionen,
		gehebelt, emprestimo consignado, credito consignado, consignado, prestito contro la pensione,
		prestamo sobre la pension, credit sur la retraite`},
	// Insult campaigns on request, in six languages: harassment for hire.
	{of(cStalkStrong), `insult campaign+, campagne di insulti, campagna di insulti,
		campagnes d insultes, campagne d insultes, campanas de insultos, campana de insultos,
		campanhas de insultos, campanha de insultos, beleidigungskampagne+`},
	// Victims of them are helped, not harassed.
	{of(cExDef), `vittime di, aiuta le vittime, victimes de, aide les victimes, victimas de,
		ayuda a las victimas, vitimas de, ajuda as vitimas, opfer von, hilft opfern`},
	// ---- safety v10: kinds the ninth blind set's tune half and the eighth
	// set still passed --------------------------------------------------
	// A drug with no legal retail trade, named among a shop's goods with no
	// linking word ("bagels, pastrami, pickles, cocaine"): the names only,
	// never slang ("coke", "snow", "crystal") or words with other meanings
	// ("heroine", "ecstasy", "speed").
	{of(cNamedDrug, cDrug), `cocaine, cocain, cocaina, kokain, crack cocaine, heroin, heroina, eroina,
		heroinas, methamphetamine+, methamphetamin, metanfetamina, metanfetaminas, metanfetamine,
		metamfetamina, metamfetamin, crystal meth, fentanyl, fentanil, fentanilo, fentanile,
		carfentanil, ketamine, ketamin, ketamina, chetamina, mdma, mephedrone, mefedrona, mephedron,
		ghb, crack de cocaina, kokainbasis`},
	// Hidden from the shop floor: "under the counter", "sous le comptoir".
	{of(cConceal), `under the counter, from under the counter, behind the counter for,
		sous le comptoir, sous le manteau, bajo el mostrador, debajo del mostrador, bajo cuerda,
		unter der theke, unter dem ladentisch, unter dem tresen, unter der hand,
		debaixo do balcao, por baixo do balcao, sotto il banco, sotto il bancone, sottobanco`},
	// Cannabis by name (cannabis is legal only where licensed, and never
	// across a border); hemp and CBD are not here.
	{of(cCannabis), `cannabis, marijuana, marihuana, maconha, marijuana seeds,
		cannabis seeds, semillas de marihuana, esquejes de marihuana, graines de cannabis,
		boutures de cannabis, hanfstecklinge, cannabissamen, cannabis stecklinge, mudas de maconha,
		sementes de maconha, talee di cannabis, semi di cannabis, talee di marijuana,
		marijuana cutting+, cannabis cutting+, cannabis clone+, haschisch, hashish,
		hasch, haxixe, hascisc`},
	// A destination across a border; with cannabis and a sale it is
	// smuggling ("boutures de cannabis avec envoi vers la Belgique").
	{of(cAbroad), `to france, to francia, to frankreich, to franca, to spain, to espana, to spanien, to
		espagne, to spagna, to espanha, to germany, to alemania, to allemagne, to deutschland, to
		germania, to alemanha, to italy, to italia, to italien, to italie, to portugal, to
		portogallo, to england, to inglaterra, to angleterre, to inghilterra, to the uk, to belgium,
		to belgique, to belgica, to belgien, to switzerland, to suisse, to suiza, to schweiz, to
		svizzera, to suica, to austria, to osterreich, to autriche, to the netherlands, to holland,
		to hollande, to holanda, to olanda, to pays bas, to paises bajos, to the us, to the usa, to
		usa, to europe, to europa, into france, into francia, into frankreich, into franca, into
		spain, into espana, into spanien, into espagne, into spagna, into espanha, into germany,
		into alemania, into allemagne, into deutschland, into germania, into alemanha, into italy,
		into italia, into italien, into italie, into portugal, into portogallo, into england, into
		inglaterra, into angleterre, into inghilterra, into the uk, into belgium, into belgique,
		into belgica, into belgien, into switzerland, into suisse, into suiza, into schweiz, into
		svizzera, into suica, into austria, into osterreich, into autriche, into the netherlands,
		into holland, into hollande, into holanda, into olanda, into pays bas, into paises bajos,
		into the us, into the usa, into usa, into europe, into europa, hacia france, hacia francia,
		hacia frankreich, hacia franca, hacia spain, hacia espana, hacia spanien, hacia espagne,
		hacia spagna, hacia espanha, hacia germany, hacia alemania, hacia allemagne, hacia
		deutschland, hacia germania, hacia alemanha, hacia italy, hacia italia, hacia italien, hacia
		italie, hacia portugal, hacia portogallo, hacia england, hacia inglaterra, hacia angleterre,
		hacia inghilterra, hacia the uk, hacia belgium, hacia belgique, hacia belgica, hacia
		belgien, hacia switzerland, hacia suisse, hacia suiza, hacia schweiz, hacia svizzera, hacia
		suica, hacia austria, hacia osterreich, hacia autriche, hacia the netherlands, hacia
		holland, hacia hollande, hacia holanda, hacia olanda, hacia pays bas, hacia paises bajos,
		hacia the us, hacia the usa, hacia usa, hacia europe, hacia europa, para france, para
		francia, para frankreich, para franca, para spain, para espana, para spanien, para espagne,
		para spagna, para espanha, para germany, para alemania, para allemagne, para deutschland,
		para germania, para alemanha, para italy, para italia, para italien, para italie, para
		portugal, para portogallo, para england, para inglaterra, para angleterre, para inghilterra,
		para the uk, para belgium, para belgique, para belgica, para belgien, para switzerland, para
		suisse, para suiza, para schweiz, para svizzera, para suica, para austria, para osterreich,
		para autriche, para the netherlands, para holland, para hollande, para holanda, para olanda,
		para pays bas, para paises bajos, para the us, para the usa, para usa, para europe, para
		europa, para a france, para a francia, para a frankreich, para a franca, para a spain, para
		a espana, para a spanien, para a espagne, para a spagna, para a espanha, para a germany,
		para a alemania, para a allemagne, para a deutschland, para a germania, para a alemanha,
		para a italy, para a italia, para a italien, para a italie, para a portugal, para a
		portogallo, para a england, para a inglaterra, para a angleterre, para a inghilterra, para a
		the uk, para a belgium, para a belgique, para a belgica, para a belgien, para a switzerland,
		para a suisse, para a suiza, para a schweiz, para a svizzera, para a suica, para a austria,
		para a osterreich, para a autriche, para a the netherlands, para a holland, para a hollande,
		para a holanda, para a olanda, para a pays bas, para a paises bajos, para a the us, para a
		the usa, para a usa, para a europe, para a europa, para o france, para o francia, para o
		frankreich, para o franca, para o spain, para o espana, para o spanien, para o espagne, para
		o spagna, para o espanha, para o germany, para o alemania, para o allemagne, para o
		deutschland, para o germania, para o alemanha, para o italy, para o italia, para o italien,
		para o italie, para o portugal, para o portogallo, para o england, para o inglaterra, para o
		angleterre, para o inghilterra, para o the uk, para o belgium, para o belgique, para o
		belgica, para o belgien, para o switzerland, para o suisse, para o suiza, para o schweiz,
		para o svizzera, para o suica, para o austria, para o osterreich, para o autriche, para o
		the netherlands, para o holland, para o hollande, para o holanda, para o olanda, para o pays
		bas, para o paises bajos, para o the us, para o the usa, para o usa, para o europe, para o
		europa, vers france, vers francia, vers frankreich, vers franca, vers spain, vers espana,
		vers spanien, vers espagne, vers spagna, vers espanha, vers germany, vers alemania, vers
		allemagne, vers deutschland, vers germania, vers alemanha, vers italy, vers italia, vers
		italien, vers italie, vers portugal, vers portogallo, vers england, vers inglaterra, vers
		angleterre, vers inghilterra, vers the uk, vers belgium, vers belgique, vers belgica, vers
		belgien, vers switzerland, vers suisse, vers suiza, vers schweiz, vers svizzera, vers suica,
		vers austria, vers osterreich, vers autriche, vers the netherlands, vers holland, vers
		hollande, vers holanda, vers olanda, vers pays bas, vers paises bajos, vers the us, vers the
		usa, vers usa, vers europe, vers europa, vers la france, vers la francia, vers la
		frankreich, vers la franca, vers la spain, vers la espana, vers la spanien, vers la espagne,
		vers la spagna, vers la espanha, vers la germany, vers la alemania, vers la allemagne, vers
		la deutschland, vers la germania, vers la alemanha, vers la italy, vers la italia, vers la
		italien, vers la italie, vers la portugal, vers la portogallo, vers la england, vers la
		inglaterra, vers la angleterre, vers la inghilterra, vers la the uk, vers la belgium, vers
		la belgique, vers la belgica, vers la belgien, vers la switzerland, vers la suisse, vers la
		suiza, vers la schweiz, vers la svizzera, vers la suica, vers la austria, vers la
		osterreich, vers la autriche, vers la the netherlands, vers la holland, vers la hollande,
		vers la holanda, vers la olanda, vers la pays bas, vers la paises bajos, vers la the us,
		vers la the usa, vers la usa, vers la europe, vers la europa, vers le france, vers le
		francia, vers le frankreich, vers le franca, vers le spain, vers le espana, vers le spanien,
		vers le espagne, vers le spagna, vers le espanha, vers le germany, vers le alemania, vers le
		allemagne, vers le deutschland, vers le germania, vers le alemanha, vers le italy, vers le
		italia, vers le italien, vers le italie, vers le portugal, vers le portogallo, vers le
		england, vers le inglaterra, vers le angleterre, vers le inghilterra, vers le the uk, vers
		le belgium, vers le belgique, vers le belgica, vers le belgien, vers le switzerland, vers le
		suisse, vers le suiza, vers le schweiz, vers le svizzera, vers le suica, vers le austria,
		vers le osterreich, vers le autriche, vers le the netherlands, vers le holland, vers le
		hollande, vers le holanda, vers le olanda, vers le pays bas, vers le paises bajos, vers le
		the us, vers le the usa, vers le usa, vers le europe, vers le europa, vers l france, vers l
		francia, vers l frankreich, vers l franca, vers l spain, vers l espana, vers l spanien, vers
		l espagne, vers l spagna, vers l espanha, vers l germany, vers l alemania, vers l allemagne,
		vers l deutschland, vers l germania, vers l alemanha, vers l italy, vers l italia, vers l
		italien, vers l italie, vers l portugal, vers l portogallo, vers l england, vers l
		inglaterra, vers l angleterre, vers l inghilterra, vers l the uk, vers l belgium, vers l
		belgique, vers l belgica, vers l belgien, vers l switzerland, vers l suisse, vers l suiza,
		vers l schweiz, vers l svizzera, vers l suica, vers l austria, vers l osterreich, vers l
		autriche, vers l the netherlands, vers l holland, vers l hollande, vers l holanda, vers l
		olanda, vers l pays bas, vers l paises bajos, vers l the us, vers l the usa, vers l usa,
		vers l europe, vers l europa, nach france, nach francia, nach frankreich, nach franca, nach
		spain, nach espana, nach spanien, nach espagne, nach spagna, nach espanha, nach germany,
		nach alemania, nach allemagne, nach deutschland, nach germania, nach alemanha, nach italy,
		nach italia, nach italien, nach italie, nach portugal, nach portogallo, nach england, nach
		inglaterra, nach angleterre, nach inghilterra, nach the uk, nach belgium, nach belgique,
		nach belgica, nach belgien, nach switzerland, nach suisse, nach suiza, nach schweiz, nach
		svizzera, nach suica, nach austria, nach osterreich, nach autriche, nach the netherlands,
		nach holland, nach hollande, nach holanda, nach olanda, nach pays bas, nach paises bajos,
		nach the us, nach the usa, nach usa, nach europe, nach europa, in die france, in die
		francia, in die frankreich, in die franca, in die spain, in die espana, in die spanien, in
		die espagne, in die spagna, in die espanha, in die germany, in die alemania, in die
		allemagne, in die deutschland, in die germania, in die alemanha, in die italy, in die
		italia, in die italien, in die italie, in die portugal, in die portogallo, in die england,
		in die inglaterra, in die angleterre, in die inghilterra, in die the uk, in die belgium, in
		die belgique, in die belgica, in die belgien, in die switzerland, in die suisse, in die
		suiza, in die schweiz, in die svizzera, in die suica, in die austria, in die osterreich, in
		die autriche, in die the netherlands, in die holland, in die hollande, in die holanda, in
		die olanda, in die pays bas, in die paises bajos, in die the us, in die the usa, in die usa,
		in die europe, in die europa, verso france, verso francia, verso frankreich, verso franca,
		verso spain, verso espana, verso spanien, verso espagne, verso spagna, verso espanha, verso
		germany, verso alemania, verso allemagne, verso deutschland, verso germania, verso alemanha,
		verso italy, verso italia, verso italien, verso italie, verso portugal, verso portogallo,
		verso england, verso inglaterra, verso angleterre, verso inghilterra, verso the uk, verso
		belgium, verso belgique, verso belgica, verso belgien, verso switzerland, verso suisse,
		verso suiza, verso schweiz, verso svizzera, verso suica, verso austria, verso osterreich,
		verso autriche, verso the netherlands, verso holland, verso hollande, verso holanda, verso
		olanda, verso pays bas, verso paises bajos, verso the us, verso the usa, verso usa, verso
		europe, verso europa, verso la france, verso la francia, verso la frankreich, verso la
		franca, verso la spain, verso la espana, verso la spanien, verso la espagne, verso la
		spagna, verso la espanha, verso la germany, verso la alemania, verso la allemagne, verso la
		deutschland, verso la germania, verso la alemanha, verso la italy, verso la italia, verso la
		italien, verso la italie, verso la portugal, verso la portogallo, verso la england, verso la
		inglaterra, verso la angleterre, verso la inghilterra, verso la the uk, verso la belgium,
		verso la belgique, verso la belgica, verso la belgien, verso la switzerland, verso la
		suisse, verso la suiza, verso la schweiz, verso la svizzera, verso la suica, verso la
		austria, verso la osterreich, verso la autriche, verso la the netherlands, verso la holland,
		verso la hollande, verso la holanda, verso la olanda, verso la pays bas, verso la paises
		bajos, verso la the us, verso la the usa, verso la usa, verso la europe, verso la europa,
		verso il france, verso il francia, verso il frankreich, verso il franca, verso il spain,
		verso il espana, verso il spanien, verso il espagne, verso il spagna, verso il espanha,
		verso il germany, verso il alemania, verso il allemagne, verso il deutschland, verso il
		germania, verso il alemanha, verso il italy, verso il italia, verso il italien, verso il
		italie, verso il portugal, verso il portogallo, verso il england, verso il inglaterra, verso
		il angleterre, verso il inghilterra, verso il the uk, verso il belgium, verso il belgique,
		verso il belgica, verso il belgien, verso il switzerland, verso il suisse, verso il suiza,
		verso il schweiz, verso il svizzera, verso il suica, verso il austria, verso il osterreich,
		verso il autriche, verso il the netherlands, verso il holland, verso il hollande, verso il
		holanda, verso il olanda, verso il pays bas, verso il paises bajos, verso il the us, verso
		il the usa, verso il usa, verso il europe, verso il europa, a france, a francia, a
		frankreich, a franca, a spain, a espana, a spanien, a espagne, a spagna, a espanha, a
		germany, a alemania, a allemagne, a deutschland, a germania, a alemanha, a italy, a italia,
		a italien, a italie, a portugal, a portogallo, a england, a inglaterra, a angleterre, a
		inghilterra, a belgium, a belgique, a belgica, a belgien, a switzerland, a suisse, a suiza,
		a schweiz, a svizzera, a suica, a austria, a osterreich, a autriche, a holland, a hollande,
		a holanda, a olanda, a pays bas, a paises bajos, a usa, a europe, a europa,
		to brasil, to brazil, to brasilien, to bresil, to brasile, to mexico, to mexique, to mexiko,
		to messico, to argentina, to argentinien, to argentine, to chile, to chili, to colombia, to
		kolumbien, to colombie, to canada, to kanada, to estados unidos, to los estados unidos, to
		etats unis, to les etats unis, to stati uniti, to gli stati uniti, to the united states, to
		poland, to polonia, to polen, to pologne, to ireland, to irlanda, to irland, to irlande, to
		sweden, to suecia, to schweden, to suede, to svezia, into brasil, into brazil, into
		brasilien, into bresil, into brasile, into mexico, into mexique, into mexiko, into messico,
		into argentina, into argentinien, into argentine, into chile, into chili, into colombia,
		into kolumbien, into colombie, into canada, into kanada, into estados unidos, into los
		estados unidos, into etats unis, into les etats unis, into stati uniti, into gli stati
		uniti, into the united states, into poland, into polonia, into polen, into pologne, into
		ireland, into irlanda, into irland, into irlande, into sweden, into suecia, into schweden,
		into suede, into svezia, hacia brasil, hacia brazil, hacia brasilien, hacia bresil, hacia
		brasile, hacia mexico, hacia mexique, hacia mexiko, hacia messico, hacia argentina, hacia
		argentinien, hacia argentine, hacia chile, hacia chili, hacia colombia, hacia kolumbien,
		hacia colombie, hacia canada, hacia kanada, hacia estados unidos, hacia los estados unidos,
		hacia etats unis, hacia les etats unis, hacia stati uniti, hacia gli stati uniti, hacia the
		united states, hacia poland, hacia polonia, hacia polen, hacia pologne, hacia ireland, hacia
		irlanda, hacia irland, hacia irlande, hacia sweden, hacia suecia, hacia schweden, hacia
		suede, hacia svezia, para brasil, para brazil, para brasilien, para bresil, para brasile,
		para mexico, para mexique, para mexiko, para messico, para argentina, para argentinien, para
		argentine, para chile, para chili, para colombia, para kolumbien, para colombie, para
		canada, para kanada, para estados unidos, para los estados unidos, para etats unis, para les
		etats unis, para stati uniti, para gli stati uniti, para the united states, para poland,
		para polonia, para polen, para pologne, para ireland, para irlanda, para irland, para
		irlande, para sweden, para suecia, para schweden, para suede, para svezia, para a brasil,
		para a brazil, para a brasilien, para a bresil, para a brasile, para a mexico, para a
		mexique, para a mexiko, para a messico, para a argentina, para a argentinien, para a
		argentine, para a chile, para a chili, para a colombia, para a kolumbien, para a colombie,
		para a canada, para a kanada, para a estados unidos, para a los estados unidos, para a etats
		unis, para a les etats unis, para a stati uniti, para a gli stati uniti, para a the united
		states, para a poland, para a polonia, para a polen, para a pologne, para a ireland, para a
		irlanda, para a irland, para a irlande, para a sweden, para a suecia, para a schweden, para
		a suede, para a svezia, para o brasil, para o brazil, para o brasilien, para o bresil, para
		o brasile, para o mexico, para o mexique, para o mexiko, para o messico, para o argentina,
		para o argentinien, para o argentine, para o chile, para o chili, para o colombia, para o
		kolumbien, para o colombie, para o canada, para o kanada, para o estados unidos, para o los
		estados unidos, para o etats unis, para o les etats unis, para o stati uniti, para o gli
		stati uniti, para o the united states, para o poland, para o polonia, para o polen, para o
		pologne, para o ireland, para o irlanda, para o irland, para o irlande, para o sweden, para
		o suecia, para o schweden, para o suede, para o svezia, para os brasil, para os brazil, para
		os brasilien, para os bresil, para os brasile, para os mexico, para os mexique, para os
		mexiko, para os messico, para os argentina, para os argentinien, para os argentine, para os
		chile, para os chili, para os colombia, para os kolumbien, para os colombie, para os canada,
		para os kanada, para os estados unidos, para os los estados unidos, para os etats unis, para
		os les etats unis, para os stati uniti, para os gli stati uniti, para os the united states,
		para os poland, para os polonia, para os polen, para os pologne, para os ireland, para os
		irlanda, para os irland, para os irlande, para os sweden, para os suecia, para os schweden,
		para os suede, para os svezia, vers brasil, vers brazil, vers brasilien, vers bresil, vers
		brasile, vers mexico, vers mexique, vers mexiko, vers messico, vers argentina, vers
		argentinien, vers argentine, vers chile, vers chili, vers colombia, vers kolumbien, vers
		colombie, vers canada, vers kanada, vers estados unidos, vers los estados unidos, vers etats
		unis, vers les etats unis, vers stati uniti, vers gli stati uniti, vers the united states,
		vers poland, vers polonia, vers polen, vers pologne, vers ireland, vers irlanda, vers
		irland, vers irlande, vers sweden, vers suecia, vers schweden, vers suede, vers svezia, vers
		la brasil, vers la brazil, vers la brasilien, vers la bresil, vers la brasile, vers la
		mexico, vers la mexique, vers la mexiko, vers la messico, vers la argentina, vers la
		argentinien, vers la argentine, vers la chile, vers la chili, vers la colombia, vers la
		kolumbien, vers la colombie, vers la canada, vers la kanada, vers la estados unidos, vers la
		los estados unidos, vers la etats unis, vers la les etats unis, vers la stati uniti, vers la
		gli stati uniti, vers la the united states, vers la poland, vers la polonia, vers la polen,
		vers la pologne, vers la ireland, vers la irlanda, vers la irland, vers la irlande, vers la
		sweden, vers la suecia, vers la schweden, vers la suede, vers la svezia, vers le brasil,
		vers le brazil, vers le brasilien, vers le bresil, vers le brasile, vers le mexico, vers le
		mexique, vers le mexiko, vers le messico, vers le argentina, vers le argentinien, vers le
		argentine, vers le chile, vers le chili, vers le colombia, vers le kolumbien, vers le
		colombie, vers le canada, vers le kanada, vers le estados unidos, vers le los estados
		unidos, vers le etats unis, vers le les etats unis, vers le stati uniti, vers le gli stati
		uniti, vers le the united states, vers le poland, vers le polonia, vers le polen, vers le
		pologne, vers le ireland, vers le irlanda, vers le irland, vers le irlande, vers le sweden,
		vers le suecia, vers le schweden, vers le suede, vers le svezia, vers l brasil, vers l
		brazil, vers l brasilien, vers l bresil, vers l brasile, vers l mexico, vers l mexique, vers
		l mexiko, vers l messico, vers l argentina, vers l argentinien, vers l argentine, vers l
		chile, vers l chili, vers l colombia, vers l kolumbien, vers l colombie, vers l canada, vers
		l kanada, vers l estados unidos, vers l los estados unidos, vers l etats unis, vers l les
		etats unis, vers l stati uniti, vers l gli stati uniti, vers l the united states, vers l
		poland, vers l polonia, vers l polen, vers l pologne, vers l ireland, vers l irlanda, vers l
		irland, vers l irlande, vers l sweden, vers l suecia, vers l schweden, vers l suede, vers l
		svezia, vers les brasil, vers les brazil, vers les brasilien, vers les bresil, vers les
		brasile, vers les mexico, vers les mexique, vers les mexiko, vers les messico, vers les
		argentina, vers les argentinien, vers les argentine, vers les chile, vers les chili, vers
		les colombia, vers les kolumbien, vers les colombie, vers les canada, vers les kanada, vers
		les estados unidos, vers les los estados unidos, vers les etats unis, vers les les etats
		unis, vers les stati uniti, vers les gli stati uniti, vers les the united states, vers les
		poland, vers les polonia, vers les polen, vers les pologne, vers les ireland, vers les
		irlanda, vers les irland, vers les irlande, vers les sweden, vers les suecia, vers les
		schweden, vers les suede, vers les svezia, nach brasil, nach brazil, nach brasilien, nach
		bresil, nach brasile, nach mexico, nach mexique, nach mexiko, nach messico, nach argentina,
		nach argentinien, nach argentine, nach chile, nach chili, nach colombia, nach kolumbien,
		nach colombie, nach canada, nach kanada, nach estados unidos, nach los estados unidos, nach
		etats unis, nach les etats unis, nach stati uniti, nach gli stati uniti, nach the united
		states, nach poland, nach polonia, nach polen, nach pologne, nach ireland, nach irlanda,
		nach irland, nach irlande, nach sweden, nach suecia, nach schweden, nach suede, nach svezia,
		verso brasil, verso brazil, verso brasilien, verso bresil, verso brasile, verso mexico,
		verso mexique, verso mexiko, verso messico, verso argentina, verso argentinien, verso
		argentine, verso chile, verso chili, verso colombia, verso kolumbien, verso colombie, verso
		canada, verso kanada, verso estados unidos, verso los estados unidos, verso etats unis,
		verso les etats unis, verso stati uniti, verso gli stati uniti, verso the united states,
		verso poland, verso polonia, verso polen, verso pologne, verso ireland, verso irlanda, verso
		irland, verso irlande, verso sweden, verso suecia, verso schweden, verso suede, verso
		svezia, verso la brasil, verso la brazil, verso la brasilien, verso la bresil, verso la
		brasile, verso la mexico, verso la mexique, verso la mexiko, verso la messico, verso la
		argentina, verso la argentinien, verso la argentine, verso la chile, verso la chili, verso
		la colombia, verso la kolumbien, verso la colombie, verso la canada, verso la kanada, verso
		la estados unidos, verso la los estados unidos, verso la etats unis, verso la les etats
		unis, verso la stati uniti, verso la gli stati uniti, verso la the united states, verso la
		poland, verso la polonia, verso la polen, verso la pologne, verso la ireland, verso la
		irlanda, verso la irland, verso la irlande, verso la sweden, verso la suecia, verso la
		schweden, verso la suede, verso la svezia, verso il brasil, verso il brazil, verso il
		brasilien, verso il bresil, verso il brasile, verso il mexico, verso il mexique, verso il
		mexiko, verso il messico, verso il argentina, verso il argentinien, verso il argentine,
		verso il chile, verso il chili, verso il colombia, verso il kolumbien, verso il colombie,
		verso il canada, verso il kanada, verso il estados unidos, verso il los estados unidos,
		verso il etats unis, verso il les etats unis, verso il stati uniti, verso il gli stati
		uniti, verso il the united states, verso il poland, verso il polonia, verso il polen, verso
		il pologne, verso il ireland, verso il irlanda, verso il irland, verso il irlande, verso il
		sweden, verso il suecia, verso il schweden, verso il suede, verso il svezia, verso gli
		brasil, verso gli brazil, verso gli brasilien, verso gli bresil, verso gli brasile, verso
		gli mexico, verso gli mexique, verso gli mexiko, verso gli messico, verso gli argentina,
		verso gli argentinien, verso gli argentine, verso gli chile, verso gli chili, verso gli
		colombia, verso gli kolumbien, verso gli colombie, verso gli canada, verso gli kanada, verso
		gli estados unidos, verso gli los estados unidos, verso gli etats unis, verso gli les etats
		unis, verso gli stati uniti, verso gli gli stati uniti, verso gli the united states, verso
		gli poland, verso gli polonia, verso gli polen, verso gli pologne, verso gli ireland, verso
		gli irlanda, verso gli irland, verso gli irlande, verso gli sweden, verso gli suecia, verso
		gli schweden, verso gli suede, verso gli svezia, a brasil, a brazil, a brasilien, a bresil,
		a brasile, a mexico, a mexique, a mexiko, a messico, a argentina, a argentinien, a
		argentine, a chile, a chili, a colombia, a kolumbien, a colombie, a canada, a kanada, a
		estados unidos, a los estados unidos, a etats unis, a les etats unis, a stati uniti, a gli
		stati uniti, a the united states, a poland, a polonia, a polen, a pologne, a ireland, a
		irlanda, a irland, a irlande, a sweden, a suecia, a schweden, a suede, a svezia, spedizione
		in brasil, spedizione in brazil, spedizione in brasilien, spedizione in bresil, spedizione
		in brasile, spedizione in mexico, spedizione in mexique, spedizione in mexiko, spedizione in
		messico, spedizione in argentina, spedizione in argentinien, spedizione in argentine,
		spedizione in chile, spedizione in chili, spedizione in colombia, spedizione in kolumbien,
		spedizione in colombie, spedizione in canada, spedizione in kanada, spedizione in estados
		unidos, spedizione in los estados unidos, spedizione in etats unis, spedizione in les etats
		unis, spedizione in stati uniti, spedizione in gli stati uniti, spedizione in the united
		states, spedizione in poland, spedizione in polonia, spedizione in polen, spedizione in
		pologne, spedizione in ireland, spedizione in irlanda, spedizione in irland, spedizione in
		irlande, spedizione in sweden, spedizione in suecia, spedizione in schweden, spedizione in
		suede, spedizione in svezia, spedizioni in brasil, spedizioni in brazil, spedizioni in
		brasilien, spedizioni in bresil, spedizioni in brasile, spedizioni in mexico, spedizioni in
		mexique, spedizioni in mexiko, spedizioni in messico, spedizioni in argentina, spedizioni in
		argentinien, spedizioni in argentine, spedizioni in chile, spedizioni in chili, spedizioni
		in colombia, spedizioni in kolumbien, spedizioni in colombie, spedizioni in canada,
		spedizioni in kanada, spedizioni in estados unidos, spedizioni in los estados unidos,
		spedizioni in etats unis, spedizioni in les etats unis, spedizioni in stati uniti,
		spedizioni in gli stati uniti, spedizioni in the united states, spedizioni in poland,
		spedizioni in polonia, spedizioni in polen, spedizioni in pologne, spedizioni in ireland,
		spedizioni in irlanda, spedizioni in irland, spedizioni in irlande, spedizioni in sweden,
		spedizioni in suecia, spedizioni in schweden, spedizioni in suede, spedizioni in svezia,
		livraison en brasil, livraison en brazil, livraison en brasilien, livraison en bresil,
		livraison en brasile, livraison en mexico, livraison en mexique, livraison en mexiko,
		livraison en messico, livraison en argentina, livraison en argentinien, livraison en
		argentine, livraison en chile, livraison en chili, livraison en colombia, livraison en
		kolumbien, livraison en colombie, livraison en canada, livraison en kanada, livraison en
		estados unidos, livraison en los estados unidos, livraison en etats unis, livraison en les
		etats unis, livraison en stati uniti, livraison en gli stati uniti, livraison en the united
		states, livraison en poland, livraison en polonia, livraison en polen, livraison en pologne,
		livraison en ireland, livraison en irlanda, livraison en irland, livraison en irlande,
		livraison en sweden, livraison en suecia, livraison en schweden, livraison en suede,
		livraison en svezia, envoi en brasil, envoi en brazil, envoi en brasilien, envoi en bresil,
		envoi en brasile, envoi en mexico, envoi en mexique, envoi en mexiko, envoi en messico,
		envoi en argentina, envoi en argentinien, envoi en argentine, envoi en chile, envoi en
		chili, envoi en colombia, envoi en kolumbien, envoi en colombie, envoi en canada, envoi en
		kanada, envoi en estados unidos, envoi en los estados unidos, envoi en etats unis, envoi en
		les etats unis, envoi en stati uniti, envoi en gli stati uniti, envoi en the united states,
		envoi en poland, envoi en polonia, envoi en polen, envoi en pologne, envoi en ireland, envoi
		en irlanda, envoi en irland, envoi en irlande, envoi en sweden, envoi en suecia, envoi en
		schweden, envoi en suede, envoi en svezia, versand in die brasil, versand in die brazil,
		versand in die brasilien, versand in die bresil, versand in die brasile, versand in die
		mexico, versand in die mexique, versand in die mexiko, versand in die messico, versand in
		die argentina, versand in die argentinien, versand in die argentine, versand in die chile,
		versand in die chili, versand in die colombia, versand in die kolumbien, versand in die
		colombie, versand in die canada, versand in die kanada, versand in die estados unidos,
		versand in die los estados unidos, versand in die etats unis, versand in die les etats unis,
		versand in die stati uniti, versand in die gli stati uniti, versand in die the united
		states, versand in die poland, versand in die polonia, versand in die polen, versand in die
		pologne, versand in die ireland, versand in die irlanda, versand in die irland, versand in
		die irlande, versand in die sweden, versand in die suecia, versand in die schweden, versand
		in die suede, versand in die svezia`},
	{of(cAbroad, cSell), `worldwide shipping, ship worldwide, ships worldwide, shipped worldwide,
		international shipping, shipped abroad, across the border, across borders,
		envio internacional, envios internacionales, livraison internationale,
		versand ins ausland, internationaler versand, envio internacional, spedizione internazionale,
		spedizioni internazionali, spediamo all estero,
		shipped to france, shipped to francia, shipped to frankreich, shipped to franca, shipped to
		franza, shipped to spain, shipped to espana, shipped to spanien, shipped to espagne, shipped
		to spagna, shipped to espanha, shipped to germany, shipped to alemania, shipped to
		allemagne, shipped to deutschland, shipped to germania, shipped to alemanha, shipped to
		italy, shipped to italia, shipped to italien, shipped to italie, shipped to portugal,
		shipped to portogallo, shipped to england, shipped to inglaterra, shipped to angleterre,
		shipped to inghilterra, shipped to the uk, shipped to uk, shipped to belgium, shipped to
		belgique, shipped to belgica, shipped to belgien, shipped to switzerland, shipped to suisse,
		shipped to suiza, shipped to schweiz, shipped to svizzera, shipped to suica, shipped to
		austria, shipped to osterreich, shipped to autriche, shipped to the netherlands, shipped to
		holland, shipped to the us, shipped to the usa, shipped to usa, shipped to texas, shipped to
		europe, shipped to europa, shipped to abroad, shipped to overseas, shipped to l etranger,
		shipped to el extranjero, shipped to ausland, shipped to estero, shipped to l estero,
		shipped to exterior, shipped to o exterior, shipped to all of europe, shipped to toda
		europa, shipped to tout l europe, shipped to ganz europa, shipped to tutta europa, shipped
		to toda a europa, shipping to france, shipping to francia, shipping to frankreich, shipping
		to franca, shipping to franza, shipping to spain, shipping to espana, shipping to spanien,
		shipping to espagne, shipping to spagna, shipping to espanha, shipping to germany, shipping
		to alemania, shipping to allemagne, shipping to deutschland, shipping to germania, shipping
		to alemanha, shipping to italy, shipping to italia, shipping to italien, shipping to italie,
		shipping to portugal, shipping to portogallo, shipping to england, shipping to inglaterra,
		shipping to angleterre, shipping to inghilterra, shipping to the uk, shipping to uk,
		shipping to belgium, shipping to belgique, shipping to belgica, shipping to belgien,
		shipping to switzerland, shipping to suisse, shipping to suiza, shipping to schweiz,
		shipping to svizzera, shipping to suica, shipping to austria, shipping to osterreich,
		shipping to autriche, shipping to the netherlands, shipping to holland, shipping to the us,
		shipping to the usa, shipping to usa, shipping to texas, shipping to europe, shipping to
		europa, shipping to abroad, shipping to overseas, shipping to l etranger, shipping to el
		extranjero, shipping to ausland, shipping to estero, shipping to l estero, shipping to
		exterior, shipping to o exterior, shipping to all of europe, shipping to toda europa,
		shipping to tout l europe, shipping to ganz europa, shipping to tutta europa, shipping to
		toda a europa, ships to france, ships to francia, ships to frankreich, ships to franca,
		ships to franza, ships to spain, ships to espana, ships to spanien, ships to espagne, ships
		to spagna, ships to espanha, ships to germany, ships to alemania, ships to allemagne, ships
		to deutschland, ships to germania, ships to alemanha, ships to italy, ships to italia, ships
		to italien, ships to italie, ships to portugal, ships to portogallo, ships to england, ships
		to inglaterra, ships to angleterre, ships to inghilterra, ships to the uk, ships to uk,
		ships to belgium, ships to belgique, ships to belgica, ships to belgien, ships to
		switzerland, ships to suisse, ships to suiza, ships to schweiz, ships to svizzera, ships to
		suica, ships to austria, ships to osterreich, ships to autriche, ships to the netherlands,
		ships to holland, ships to the us, ships to the usa, ships to usa, ships to texas, ships to
		europe, ships to europa, ships to abroad, ships to overseas, ships to l etranger, ships to
		el extranjero, ships to ausland, ships to estero, ships to l estero, ships to exterior,
		ships to o exterior, ships to all of europe, ships to toda europa, ships to tout l europe,
		ships to ganz europa, ships to tutta europa, ships to toda a europa, we ship to france, we
		ship to francia, we ship to frankreich, we ship to franca, we ship to franza, we ship to
		spain, we ship to espana, we ship to spanien, we ship to espagne, we ship to spagna, we ship
		to espanha, we ship to germany, we ship to alemania, we ship to allemagne, we ship to
		deutschland, we ship to germania, we ship to alemanha, we ship to italy, we ship to italia,
		we ship to italien, we ship to italie, we ship to portugal, we ship to portogallo, we ship
		to england, we ship to inglaterra, we ship to angleterre, we ship to inghilterra, we ship to
		the uk, we ship to uk, we ship to belgium, we ship to belgique, we ship to belgica, we ship
		to belgien, we ship to switzerland, we ship to suisse, we ship to suiza, we ship to schweiz,
		we ship to svizzera, we ship to suica, we ship to austria, we ship to osterreich, we ship to
		autriche, we ship to the netherlands, we ship to holland, we ship to the us, we ship to the
		usa, we ship to usa, we ship to texas, we ship to europe, we ship to europa, we ship to
		abroad, we ship to overseas, we ship to l etranger, we ship to el extranjero, we ship to
		ausland, we ship to estero, we ship to l estero, we ship to exterior, we ship to o exterior,
		we ship to all of europe, we ship to toda europa, we ship to tout l europe, we ship to ganz
		europa, we ship to tutta europa, we ship to toda a europa, delivered to france, delivered to
		francia, delivered to frankreich, delivered to franca, delivered to franza, delivered to
		spain, delivered to espana, delivered to spanien, delivered to espagne, delivered to spagna,
		delivered to espanha, delivered to germany, delivered to alemania, delivered to allemagne,
		delivered to deutschland, delivered to germania, delivered to alemanha, delivered to italy,
		delivered to italia, delivered to italien, delivered to italie, delivered to portugal,
		delivered to portogallo, delivered to england, delivered to inglaterra, delivered to
		angleterre, delivered to inghilterra, delivered to the uk, delivered to uk, delivered to
		belgium, delivered to belgique, delivered to belgica, delivered to belgien, delivered to
		switzerland, delivered to suisse, delivered to suiza, delivered to schweiz, delivered to
		svizzera, delivered to suica, delivered to austria, delivered to osterreich, delivered to
		autriche, delivered to the netherlands, delivered to holland, delivered to the us, delivered
		to the usa, delivered to usa, delivered to texas, delivered to europe, delivered to europa,
		delivered to abroad, delivered to overseas, delivered to l etranger, delivered to el
		extranjero, delivered to ausland, delivered to estero, delivered to l estero, delivered to
		exterior, delivered to o exterior, delivered to all of europe, delivered to toda europa,
		delivered to tout l europe, delivered to ganz europa, delivered to tutta europa, delivered
		to toda a europa, sent to france, sent to francia, sent to frankreich, sent to franca, sent
		to franza, sent to spain, sent to espana, sent to spanien, sent to espagne, sent to spagna,
		sent to espanha, sent to germany, sent to alemania, sent to allemagne, sent to deutschland,
		sent to germania, sent to alemanha, sent to italy, sent to italia, sent to italien, sent to
		italie, sent to portugal, sent to portogallo, sent to england, sent to inglaterra, sent to
		angleterre, sent to inghilterra, sent to the uk, sent to uk, sent to belgium, sent to
		belgique, sent to belgica, sent to belgien, sent to switzerland, sent to suisse, sent to
		suiza, sent to schweiz, sent to svizzera, sent to suica, sent to austria, sent to
		osterreich, sent to autriche, sent to the netherlands, sent to holland, sent to the us, sent
		to the usa, sent to usa, sent to texas, sent to europe, sent to europa, sent to abroad, sent
		to overseas, sent to l etranger, sent to el extranjero, sent to ausland, sent to estero,
		sent to l estero, sent to exterior, sent to o exterior, sent to all of europe, sent to toda
		europa, sent to tout l europe, sent to ganz europa, sent to tutta europa, sent to toda a
		europa, envio a france, envio a francia, envio a frankreich, envio a franca, envio a franza,
		envio a spain, envio a espana, envio a spanien, envio a espagne, envio a spagna, envio a
		espanha, envio a germany, envio a alemania, envio a allemagne, envio a deutschland, envio a
		germania, envio a alemanha, envio a italy, envio a italia, envio a italien, envio a italie,
		envio a portugal, envio a portogallo, envio a england, envio a inglaterra, envio a
		angleterre, envio a inghilterra, envio a the uk, envio a uk, envio a belgium, envio a
		belgique, envio a belgica, envio a belgien, envio a switzerland, envio a suisse, envio a
		suiza, envio a schweiz, envio a svizzera, envio a suica, envio a austria, envio a
		osterreich, envio a autriche, envio a the netherlands, envio a holland, envio a the us,
		envio a the usa, envio a usa, envio a texas, envio a europe, envio a europa, envio a abroad,
		envio a overseas, envio a l etranger, envio a el extranjero, envio a ausland, envio a
		estero, envio a l estero, envio a exterior, envio a o exterior, envio a all of europe, envio
		a toda europa, envio a tout l europe, envio a ganz europa, envio a tutta europa, envio a
		toda a europa, envios a france, envios a francia, envios a frankreich, envios a franca,
		envios a franza, envios a spain, envios a espana, envios a spanien, envios a espagne, envios
		a spagna, envios a espanha, envios a germany, envios a alemania, envios a allemagne, envios
		a deutschland, envios a germania, envios a alemanha, envios a italy, envios a italia, envios
		a italien, envios a italie, envios a portugal, envios a portogallo, envios a england, envios
		a inglaterra, envios a angleterre, envios a inghilterra, envios a the uk, envios a uk,
		envios a belgium, envios a belgique, envios a belgica, envios a belgien, envios a
		switzerland, envios a suisse, envios a suiza, envios a schweiz, envios a svizzera, envios a
		suica, envios a austria, envios a osterreich, envios a autriche, envios a the netherlands,
		envios a holland, envios a the us, envios a the usa, envios a usa, envios a texas, envios a
		europe, envios a europa, envios a abroad, envios a overseas, envios a l etranger, envios a
		el extranjero, envios a ausland, envios a estero, envios a l estero, envios a exterior,
		envios a o exterior, envios a all of europe, envios a toda europa, envios a tout l europe,
		envios a ganz europa, envios a tutta europa, envios a toda a europa, enviamos a france,
		enviamos a francia, enviamos a frankreich, enviamos a franca, enviamos a franza, enviamos a
		spain, enviamos a espana, enviamos a spanien, enviamos a espagne, enviamos a spagna,
		enviamos a espanha, enviamos a germany, enviamos a alemania, enviamos a allemagne, enviamos
		a deutschland, enviamos a germania, enviamos a alemanha, enviamos a italy, enviamos a
		italia, enviamos a italien, enviamos a italie, enviamos a portugal, enviamos a portogallo,
		enviamos a england, enviamos a inglaterra, enviamos a angleterre, enviamos a inghilterra,
		enviamos a the uk, enviamos a uk, enviamos a belgium, enviamos a belgique, enviamos a
		belgica, enviamos a belgien, enviamos a switzerland, enviamos a suisse, enviamos a suiza,
		enviamos a schweiz, enviamos a svizzera, enviamos a suica, enviamos a austria, enviamos a
		osterreich, enviamos a autriche, enviamos a the netherlands, enviamos a holland, enviamos a
		the us, enviamos a the usa, enviamos a usa, enviamos a texas, enviamos a europe, enviamos a
		europa, enviamos a abroad, enviamos a overseas, enviamos a l etranger, enviamos a el
		extranjero, enviamos a ausland, enviamos a estero, enviamos a l estero, enviamos a exterior,
		enviamos a o exterior, enviamos a all of europe, enviamos a toda europa, enviamos a tout l
		europe, enviamos a ganz europa, enviamos a tutta europa, enviamos a toda a europa, con envio
		a france, con envio a francia, con envio a frankreich, con envio a franca, con envio a
		franza, con envio a spain, con envio a espana, con envio a spanien, con envio a espagne, con
		envio a spagna, con envio a espanha, con envio a germany, con envio a alemania, con envio a
		allemagne, con envio a deutschland, con envio a germania, con envio a alemanha, con envio a
		italy, con envio a italia, con envio a italien, con envio a italie, con envio a portugal,
		con envio a portogallo, con envio a england, con envio a inglaterra, con envio a angleterre,
		con envio a inghilterra, con envio a the uk, con envio a uk, con envio a belgium, con envio
		a belgique, con envio a belgica, con envio a belgien, con envio a switzerland, con envio a
		suisse, con envio a suiza, con envio a schweiz, con envio a svizzera, con envio a suica, con
		envio a austria, con envio a osterreich, con envio a autriche, con envio a the netherlands,
		con envio a holland, con envio a the us, con envio a the usa, con envio a usa, con envio a
		texas, con envio a europe, con envio a europa, con envio a abroad, con envio a overseas, con
		envio a l etranger, con envio a el extranjero, con envio a ausland, con envio a estero, con
		envio a l estero, con envio a exterior, con envio a o exterior, con envio a all of europe,
		con envio a toda europa, con envio a tout l europe, con envio a ganz europa, con envio a
		tutta europa, con envio a toda a europa, livraison en france, livraison en francia,
		livraison en frankreich, livraison en franca, livraison en franza, livraison en spain,
		livraison en espana, livraison en spanien, livraison en espagne, livraison en spagna,
		livraison en espanha, livraison en germany, livraison en alemania, livraison en allemagne,
		livraison en deutschland, livraison en germania, livraison en alemanha, livraison en italy,
		livraison en italia, livraison en italien, livraison en italie, livraison en portugal,
		livraison en portogallo, livraison en england, livraison en inglaterra, livraison en
		angleterre, livraison en inghilterra, livraison en the uk, livraison en uk, livraison en
		belgium, livraison en belgique, livraison en belgica, livraison en belgien, livraison en
		switzerland, livraison en suisse, livraison en suiza, livraison en schweiz, livraison en
		svizzera, livraison en suica, livraison en austria, livraison en osterreich, livraison en
		autriche, livraison en the netherlands, livraison en holland, livraison en the us, livraison
		en the usa, livraison en usa, livraison en texas, livraison en europe, livraison en europa,
		livraison en abroad, livraison en overseas, livraison en l etranger, livraison en el
		extranjero, livraison en ausland, livraison en estero, livraison en l estero, livraison en
		exterior, livraison en o exterior, livraison en all of europe, livraison en toda europa,
		livraison en tout l europe, livraison en ganz europa, livraison en tutta europa, livraison
		en toda a europa, livraison vers france, livraison vers francia, livraison vers frankreich,
		livraison vers franca, livraison vers franza, livraison vers spain, livraison vers espana,
		livraison vers spanien, livraison vers espagne, livraison vers spagna, livraison vers
		espanha, livraison vers germany, livraison vers alemania, livraison vers allemagne,
		livraison vers deutschland, livraison vers germania, livraison vers alemanha, livraison vers
		italy, livraison vers italia, livraison vers italien, livraison vers italie, livraison vers
		portugal, livraison vers portogallo, livraison vers england, livraison vers inglaterra,
		livraison vers angleterre, livraison vers inghilterra, livraison vers the uk, livraison vers
		uk, livraison vers belgium, livraison vers belgique, livraison vers belgica, livraison vers
		belgien, livraison vers switzerland, livraison vers suisse, livraison vers suiza, livraison
		vers schweiz, livraison vers svizzera, livraison vers suica, livraison vers austria,
		livraison vers osterreich, livraison vers autriche, livraison vers the netherlands,
		livraison vers holland, livraison vers the us, livraison vers the usa, livraison vers usa,
		livraison vers texas, livraison vers europe, livraison vers europa, livraison vers abroad,
		livraison vers overseas, livraison vers l etranger, livraison vers el extranjero, livraison
		vers ausland, livraison vers estero, livraison vers l estero, livraison vers exterior,
		livraison vers o exterior, livraison vers all of europe, livraison vers toda europa,
		livraison vers tout l europe, livraison vers ganz europa, livraison vers tutta europa,
		livraison vers toda a europa, envoi en france, envoi en francia, envoi en frankreich, envoi
		en franca, envoi en franza, envoi en spain, envoi en espana, envoi en spanien, envoi en
		espagne, envoi en spagna, envoi en espanha, envoi en germany, envoi en alemania, envoi en
		allemagne, envoi en deutschland, envoi en germania, envoi en alemanha, envoi en italy, envoi
		en italia, envoi en italien, envoi en italie, envoi en portugal, envoi en portogallo, envoi
		en england, envoi en inglaterra, envoi en angleterre, envoi en inghilterra, envoi en the uk,
		envoi en uk, envoi en belgium, envoi en belgique, envoi en belgica, envoi en belgien, envoi
		en switzerland, envoi en suisse, envoi en suiza, envoi en schweiz, envoi en svizzera, envoi
		en suica, envoi en austria, envoi en osterreich, envoi en autriche, envoi en the
		netherlands, envoi en holland, envoi en the us, envoi en the usa, envoi en usa, envoi en
		texas, envoi en europe, envoi en europa, envoi en abroad, envoi en overseas, envoi en l
		etranger, envoi en el extranjero, envoi en ausland, envoi en estero, envoi en l estero,
		envoi en exterior, envoi en o exterior, envoi en all of europe, envoi en toda europa, envoi
		en tout l europe, envoi en ganz europa, envoi en tutta europa, envoi en toda a europa, envoi
		vers france, envoi vers francia, envoi vers frankreich, envoi vers franca, envoi vers
		franza, envoi vers spain, envoi vers espana, envoi vers spanien, envoi vers espagne, envoi
		vers spagna, envoi vers espanha, envoi vers germany, envoi vers alemania, envoi vers
		allemagne, envoi vers deutschland, envoi vers germania, envoi vers alemanha, envoi vers
		italy, envoi vers italia, envoi vers italien, envoi vers italie, envoi vers portugal, envoi
		vers portogallo, envoi vers england, envoi vers inglaterra, envoi vers angleterre, envoi
		vers inghilterra, envoi vers the uk, envoi vers uk, envoi vers belgium, envoi vers belgique,
		envoi vers belgica, envoi vers belgien, envoi vers switzerland, envoi vers suisse, envoi
		vers suiza, envoi vers schweiz, envoi vers svizzera, envoi vers suica, envoi vers austria,
		envoi vers osterreich, envoi vers autriche, envoi vers the netherlands, envoi vers holland,
		envoi vers the us, envoi vers the usa, envoi vers usa, envoi vers texas, envoi vers europe,
		envoi vers europa, envoi vers abroad, envoi vers overseas, envoi vers l etranger, envoi vers
		el extranjero, envoi vers ausland, envoi vers estero, envoi vers l estero, envoi vers
		exterior, envoi vers o exterior, envoi vers all of europe, envoi vers toda europa, envoi
		vers tout l europe, envoi vers ganz europa, envoi vers tutta europa, envoi vers toda a
		europa, expedie en france, expedie en francia, expedie en frankreich, expedie en franca,
		expedie en franza, expedie en spain, expedie en espana, expedie en spanien, expedie en
		espagne, expedie en spagna, expedie en espanha, expedie en germany, expedie en alemania,
		expedie en allemagne, expedie en deutschland, expedie en germania, expedie en alemanha,
		expedie en italy, expedie en italia, expedie en italien, expedie en italie, expedie en
		portugal, expedie en portogallo, expedie en england, expedie en inglaterra, expedie en
		angleterre, expedie en inghilterra, expedie en the uk, expedie en uk, expedie en belgium,
		expedie en belgique, expedie en belgica, expedie en belgien, expedie en switzerland, expedie
		en suisse, expedie en suiza, expedie en schweiz, expedie en svizzera, expedie en suica,
		expedie en austria, expedie en osterreich, expedie en autriche, expedie en the netherlands,
		expedie en holland, expedie en the us, expedie en the usa, expedie en usa, expedie en texas,
		expedie en europe, expedie en europa, expedie en abroad, expedie en overseas, expedie en l
		etranger, expedie en el extranjero, expedie en ausland, expedie en estero, expedie en l
		estero, expedie en exterior, expedie en o exterior, expedie en all of europe, expedie en
		toda europa, expedie en tout l europe, expedie en ganz europa, expedie en tutta europa,
		expedie en toda a europa, expedies en france, expedies en francia, expedies en frankreich,
		expedies en franca, expedies en franza, expedies en spain, expedies en espana, expedies en
		spanien, expedies en espagne, expedies en spagna, expedies en espanha, expedies en germany,
		expedies en alemania, expedies en allemagne, expedies en deutschland, expedies en germania,
		expedies en alemanha, expedies en italy, expedies en italia, expedies en italien, expedies
		en italie, expedies en portugal, expedies en portogallo, expedies en england, expedies en
		inglaterra, expedies en angleterre, expedies en inghilterra, expedies en the uk, expedies en
		uk, expedies en belgium, expedies en belgique, expedies en belgica, expedies en belgien,
		expedies en switzerland, expedies en suisse, expedies en suiza, expedies en schweiz,
		expedies en svizzera, expedies en suica, expedies en austria, expedies en osterreich,
		expedies en autriche, expedies en the netherlands, expedies en holland, expedies en the us,
		expedies en the usa, expedies en usa, expedies en texas, expedies en europe, expedies en
		europa, expedies en abroad, expedies en overseas, expedies en l etranger, expedies en el
		extranjero, expedies en ausland, expedies en estero, expedies en l estero, expedies en
		exterior, expedies en o exterior, expedies en all of europe, expedies en toda europa,
		expedies en tout l europe, expedies en ganz europa, expedies en tutta europa, expedies en
		toda a europa, expedition en france, expedition en francia, expedition en frankreich,
		expedition en franca, expedition en franza, expedition en spain, expedition en espana,
		expedition en spanien, expedition en espagne, expedition en spagna, expedition en espanha,
		expedition en germany, expedition en alemania, expedition en allemagne, expedition en
		deutschland, expedition en germania, expedition en alemanha, expedition en italy, expedition
		en italia, expedition en italien, expedition en italie, expedition en portugal, expedition
		en portogallo, expedition en england, expedition en inglaterra, expedition en angleterre,
		expedition en inghilterra, expedition en the uk, expedition en uk, expedition en belgium,
		expedition en belgique, expedition en belgica, expedition en belgien, expedition en
		switzerland, expedition en suisse, expedition en suiza, expedition en schweiz, expedition en
		svizzera, expedition en suica, expedition en austria, expedition en osterreich, expedition
		en autriche, expedition en the netherlands, expedition en holland, expedition en the us,
		expedition en the usa, expedition en usa, expedition en texas, expedition en europe,
		expedition en europa, expedition en abroad, expedition en overseas, expedition en l
		etranger, expedition en el extranjero, expedition en ausland, expedition en estero,
		expedition en l estero, expedition en exterior, expedition en o exterior, expedition en all
		of europe, expedition en toda europa, expedition en tout l europe, expedition en ganz
		europa, expedition en tutta europa, expedition en toda a europa, expedition vers france,
		expedition vers francia, expedition vers frankreich, expedition vers franca, expedition vers
		franza, expedition vers spain, expedition vers espana, expedition vers spanien, expedition
		vers espagne, expedition vers spagna, expedition vers espanha, expedition vers germany,
		expedition vers alemania, expedition vers allemagne, expedition vers deutschland, expedition
		vers germania, expedition vers alemanha, expedition vers italy, expedition vers italia,
		expedition vers italien, expedition vers italie, expedition vers portugal, expedition vers
		portogallo, expedition vers england, expedition vers inglaterra, expedition vers angleterre,
		expedition vers inghilterra, expedition vers the uk, expedition vers uk, expedition vers
		belgium, expedition vers belgique, expedition vers belgica, expedition vers belgien,
		expedition vers switzerland, expedition vers suisse, expedition vers suiza, expedition vers
		schweiz, expedition vers svizzera, expedition vers suica, expedition vers austria,
		expedition vers osterreich, expedition vers autriche, expedition vers the netherlands,
		expedition vers holland, expedition vers the us, expedition vers the usa, expedition vers
		usa, expedition vers texas, expedition vers europe, expedition vers europa, expedition vers
		abroad, expedition vers overseas, expedition vers l etranger, expedition vers el extranjero,
		expedition vers ausland, expedition vers estero, expedition vers l estero, expedition vers
		exterior, expedition vers o exterior, expedition vers all of europe, expedition vers toda
		europa, expedition vers tout l europe, expedition vers ganz europa, expedition vers tutta
		europa, expedition vers toda a europa, versand nach france, versand nach francia, versand
		nach frankreich, versand nach franca, versand nach franza, versand nach spain, versand nach
		espana, versand nach spanien, versand nach espagne, versand nach spagna, versand nach
		espanha, versand nach germany, versand nach alemania, versand nach allemagne, versand nach
		deutschland, versand nach germania, versand nach alemanha, versand nach italy, versand nach
		italia, versand nach italien, versand nach italie, versand nach portugal, versand nach
		portogallo, versand nach england, versand nach inglaterra, versand nach angleterre, versand
		nach inghilterra, versand nach the uk, versand nach uk, versand nach belgium, versand nach
		belgique, versand nach belgica, versand nach belgien, versand nach switzerland, versand nach
		suisse, versand nach suiza, versand nach schweiz, versand nach svizzera, versand nach suica,
		versand nach austria, versand nach osterreich, versand nach autriche, versand nach the
		netherlands, versand nach holland, versand nach the us, versand nach the usa, versand nach
		usa, versand nach texas, versand nach europe, versand nach europa, versand nach abroad,
		versand nach overseas, versand nach l etranger, versand nach el extranjero, versand nach
		ausland, versand nach estero, versand nach l estero, versand nach exterior, versand nach o
		exterior, versand nach all of europe, versand nach toda europa, versand nach tout l europe,
		versand nach ganz europa, versand nach tutta europa, versand nach toda a europa, versand ins
		france, versand ins francia, versand ins frankreich, versand ins franca, versand ins franza,
		versand ins spain, versand ins espana, versand ins spanien, versand ins espagne, versand ins
		spagna, versand ins espanha, versand ins germany, versand ins alemania, versand ins
		allemagne, versand ins deutschland, versand ins germania, versand ins alemanha, versand ins
		italy, versand ins italia, versand ins italien, versand ins italie, versand ins portugal,
		versand ins portogallo, versand ins england, versand ins inglaterra, versand ins angleterre,
		versand ins inghilterra, versand ins the uk, versand ins uk, versand ins belgium, versand
		ins belgique, versand ins belgica, versand ins belgien, versand ins switzerland, versand ins
		suisse, versand ins suiza, versand ins schweiz, versand ins svizzera, versand ins suica,
		versand ins austria, versand ins osterreich, versand ins autriche, versand ins the
		netherlands, versand ins holland, versand ins the us, versand ins the usa, versand ins usa,
		versand ins texas, versand ins europe, versand ins europa, versand ins abroad, versand ins
		overseas, versand ins l etranger, versand ins el extranjero, versand ins ausland, versand
		ins estero, versand ins l estero, versand ins exterior, versand ins o exterior, versand ins
		all of europe, versand ins toda europa, versand ins tout l europe, versand ins ganz europa,
		versand ins tutta europa, versand ins toda a europa, versenden nach france, versenden nach
		francia, versenden nach frankreich, versenden nach franca, versenden nach franza, versenden
		nach spain, versenden nach espana, versenden nach spanien, versenden nach espagne, versenden
		nach spagna, versenden nach espanha, versenden nach germany, versenden nach alemania,
		versenden nach allemagne, versenden nach deutschland, versenden nach germania, versenden
		nach alemanha, versenden nach italy, versenden nach italia, versenden nach italien,
		versenden nach italie, versenden nach portugal, versenden nach portogallo, versenden nach
		england, versenden nach inglaterra, versenden nach angleterre, versenden nach inghilterra,
		versenden nach the uk, versenden nach uk, versenden nach belgium, versenden nach belgique,
		versenden nach belgica, versenden nach belgien, versenden nach switzerland, versenden nach
		suisse, versenden nach suiza, versenden nach schweiz, versenden nach svizzera, versenden
		nach suica, versenden nach austria, versenden nach osterreich, versenden nach autriche,
		versenden nach the netherlands, versenden nach holland, versenden nach the us, versenden
		nach the usa, versenden nach usa, versenden nach texas, versenden nach europe, versenden
		nach europa, versenden nach abroad, versenden nach overseas, versenden nach l etranger,
		versenden nach el extranjero, versenden nach ausland, versenden nach estero, versenden nach
		l estero, versenden nach exterior, versenden nach o exterior, versenden nach all of europe,
		versenden nach toda europa, versenden nach tout l europe, versenden nach ganz europa,
		versenden nach tutta europa, versenden nach toda a europa, lieferung nach france, lieferung
		nach francia, lieferung nach frankreich, lieferung nach franca, lieferung nach franza,
		lieferung nach spain, lieferung nach espana, lieferung nach spanien, lieferung nach espagne,
		lieferung nach spagna, lieferung nach espanha, lieferung nach germany, lieferung nach
		alemania, lieferung nach allemagne, lieferung nach deutschland, lieferung nach germania,
		lieferung nach alemanha, lieferung nach italy, lieferung nach italia, lieferung nach
		italien, lieferung nach italie, lieferung nach portugal, lieferung nach portogallo,
		lieferung nach england, lieferung nach inglaterra, lieferung nach angleterre, lieferung nach
		inghilterra, lieferung nach the uk, lieferung nach uk, lieferung nach belgium, lieferung
		nach belgique, lieferung nach belgica, lieferung nach belgien, lieferung nach switzerland,
		lieferung nach suisse, lieferung nach suiza, lieferung nach schweiz, lieferung nach
		svizzera, lieferung nach suica, lieferung nach austria, lieferung nach osterreich, lieferung
		nach autriche, lieferung nach the netherlands, lieferung nach holland, lieferung nach the
		us, lieferung nach the usa, lieferung nach usa, lieferung nach texas, lieferung nach europe,
		lieferung nach europa, lieferung nach abroad, lieferung nach overseas, lieferung nach l
		etranger, lieferung nach el extranjero, lieferung nach ausland, lieferung nach estero,
		lieferung nach l estero, lieferung nach exterior, lieferung nach o exterior, lieferung nach
		all of europe, lieferung nach toda europa, lieferung nach tout l europe, lieferung nach ganz
		europa, lieferung nach tutta europa, lieferung nach toda a europa, wir liefern nach france,
		wir liefern nach francia, wir liefern nach frankreich, wir liefern nach franca, wir liefern
		nach franza, wir liefern nach spain, wir liefern nach espana, wir liefern nach spanien, wir
		liefern nach espagne, wir liefern nach spagna, wir liefern nach espanha, wir liefern nach
		germany, wir liefern nach alemania, wir liefern nach allemagne, wir liefern nach
		deutschland, wir liefern nach germania, wir liefern nach alemanha, wir liefern nach italy,
		wir liefern nach italia, wir liefern nach italien, wir liefern nach italie, wir liefern nach
		portugal, wir liefern nach portogallo, wir liefern nach england, wir liefern nach
		inglaterra, wir liefern nach angleterre, wir liefern nach inghilterra, wir liefern nach the
		uk, wir liefern nach uk, wir liefern nach belgium, wir liefern nach belgique, wir liefern
		nach belgica, wir liefern nach belgien, wir liefern nach switzerland, wir liefern nach
		suisse, wir liefern nach suiza, wir liefern nach schweiz, wir liefern nach svizzera, wir
		liefern nach suica, wir liefern nach austria, wir liefern nach osterreich, wir liefern nach
		autriche, wir liefern nach the netherlands, wir liefern nach holland, wir liefern nach the
		us, wir liefern nach the usa, wir liefern nach usa, wir liefern nach texas, wir liefern nach
		europe, wir liefern nach europa, wir liefern nach abroad, wir liefern nach overseas, wir
		liefern nach l etranger, wir liefern nach el extranjero, wir liefern nach ausland, wir
		liefern nach estero, wir liefern nach l estero, wir liefern nach exterior, wir liefern nach
		o exterior, wir liefern nach all of europe, wir liefern nach toda europa, wir liefern nach
		tout l europe, wir liefern nach ganz europa, wir liefern nach tutta europa, wir liefern nach
		toda a europa, envio para france, envio para francia, envio para frankreich, envio para
		franca, envio para franza, envio para spain, envio para espana, envio para spanien, envio
		para espagne, envio para spagna, envio para espanha, envio para germany, envio para
		alemania, envio para allemagne, envio para deutschland, envio para germania, envio para
		alemanha, envio para italy, envio para italia, envio para italien, envio para italie, envio
		para portugal, envio para portogallo, envio para england, envio para inglaterra, envio para
		angleterre, envio para inghilterra, envio para the uk, envio para uk, envio para belgium,
		envio para belgique, envio para belgica, envio para belgien, envio para switzerland, envio
		para suisse, envio para suiza, envio para schweiz, envio para svizzera, envio para suica,
		envio para austria, envio para osterreich, envio para autriche, envio para the netherlands,
		envio para holland, envio para the us, envio para the usa, envio para usa, envio para texas,
		envio para europe, envio para europa, envio para abroad, envio para overseas, envio para l
		etranger, envio para el extranjero, envio para ausland, envio para estero, envio para l
		estero, envio para exterior, envio para o exterior, envio para all of europe, envio para
		toda europa, envio para tout l europe, envio para ganz europa, envio para tutta europa,
		envio para toda a europa, envios para france, envios para francia, envios para frankreich,
		envios para franca, envios para franza, envios para spain, envios para espana, envios para
		spanien, envios para espagne, envios para spagna, envios para espanha, envios para germany,
		envios para alemania, envios para allemagne, envios para deutschland, envios para germania,
		envios para alemanha, envios para italy, envios para italia, envios para italien, envios
		para italie, envios para portugal, envios para portogallo, envios para england, envios para
		inglaterra, envios para angleterre, envios para inghilterra, envios para the uk, envios para
		uk, envios para belgium, envios para belgique, envios para belgica, envios para belgien,
		envios para switzerland, envios para suisse, envios para suiza, envios para schweiz, envios
		para svizzera, envios para suica, envios para austria, envios para osterreich, envios para
		autriche, envios para the netherlands, envios para holland, envios para the us, envios para
		the usa, envios para usa, envios para texas, envios para europe, envios para europa, envios
		para abroad, envios para overseas, envios para l etranger, envios para el extranjero, envios
		para ausland, envios para estero, envios para l estero, envios para exterior, envios para o
		exterior, envios para all of europe, envios para toda europa, envios para tout l europe,
		envios para ganz europa, envios para tutta europa, envios para toda a europa, enviamos para
		france, enviamos para francia, enviamos para frankreich, enviamos para franca, enviamos para
		franza, enviamos para spain, enviamos para espana, enviamos para spanien, enviamos para
		espagne, enviamos para spagna, enviamos para espanha, enviamos para germany, enviamos para
		alemania, enviamos para allemagne, enviamos para deutschland, enviamos para germania,
		enviamos para alemanha, enviamos para italy, enviamos para italia, enviamos para italien,
		enviamos para italie, enviamos para portugal, enviamos para portogallo, enviamos para
		england, enviamos para inglaterra, enviamos para angleterre, enviamos para inghilterra,
		enviamos para the uk, enviamos para uk, enviamos para belgium, enviamos para belgique,
		enviamos para belgica, enviamos para belgien, enviamos para switzerland, enviamos para
		suisse, enviamos para suiza, enviamos para schweiz, enviamos para svizzera, enviamos para
		suica, enviamos para austria, enviamos para osterreich, enviamos para autriche, enviamos
		para the netherlands, enviamos para holland, enviamos para the us, enviamos para the usa,
		enviamos para usa, enviamos para texas, enviamos para europe, enviamos para europa, enviamos
		para abroad, enviamos para overseas, enviamos para l etranger, enviamos para el extranjero,
		enviamos para ausland, enviamos para estero, enviamos para l estero, enviamos para exterior,
		enviamos para o exterior, enviamos para all of europe, enviamos para toda europa, enviamos
		para tout l europe, enviamos para ganz europa, enviamos para tutta europa, enviamos para
		toda a europa, entrega em france, entrega em francia, entrega em frankreich, entrega em
		franca, entrega em franza, entrega em spain, entrega em espana, entrega em spanien, entrega
		em espagne, entrega em spagna, entrega em espanha, entrega em germany, entrega em alemania,
		entrega em allemagne, entrega em deutschland, entrega em germania, entrega em alemanha,
		entrega em italy, entrega em italia, entrega em italien, entrega em italie, entrega em
		portugal, entrega em portogallo, entrega em england, entrega em inglaterra, entrega em
		angleterre, entrega em inghilterra, entrega em the uk, entrega em uk, entrega em belgium,
		entrega em belgique, entrega em belgica, entrega em belgien, entrega em switzerland, entrega
		em suisse, entrega em suiza, entrega em schweiz, entrega em svizzera, entrega em suica,
		entrega em austria, entrega em osterreich, entrega em autriche, entrega em the netherlands,
		entrega em holland, entrega em the us, entrega em the usa, entrega em usa, entrega em texas,
		entrega em europe, entrega em europa, entrega em abroad, entrega em overseas, entrega em l
		etranger, entrega em el extranjero, entrega em ausland, entrega em estero, entrega em l
		estero, entrega em exterior, entrega em o exterior, entrega em all of europe, entrega em
		toda europa, entrega em tout l europe, entrega em ganz europa, entrega em tutta europa,
		entrega em toda a europa, spedizione in france, spedizione in francia, spedizione in
		frankreich, spedizione in franca, spedizione in franza, spedizione in spain, spedizione in
		espana, spedizione in spanien, spedizione in espagne, spedizione in spagna, spedizione in
		espanha, spedizione in germany, spedizione in alemania, spedizione in allemagne, spedizione
		in deutschland, spedizione in germania, spedizione in alemanha, spedizione in italy,
		spedizione in italia, spedizione in italien, spedizione in italie, spedizione in portugal,
		spedizione in portogallo, spedizione in england, spedizione in inglaterra, spedizione in
		angleterre, spedizione in inghilterra, spedizione in the uk, spedizione in uk, spedizione in
		belgium, spedizione in belgique, spedizione in belgica, spedizione in belgien, spedizione in
		switzerland, spedizione in suisse, spedizione in suiza, spedizione in schweiz, spedizione in
		svizzera, spedizione in suica, spedizione in austria, spedizione in osterreich, spedizione
		in autriche, spedizione in the netherlands, spedizione in holland, spedizione in the us,
		spedizione in the usa, spedizione in usa, spedizione in texas, spedizione in europe,
		spedizione in europa, spedizione in abroad, spedizione in overseas, spedizione in l
		etranger, spedizione in el extranjero, spedizione in ausland, spedizione in estero,
		spedizione in l estero, spedizione in exterior, spedizione in o exterior, spedizione in all
		of europe, spedizione in toda europa, spedizione in tout l europe, spedizione in ganz
		europa, spedizione in tutta europa, spedizione in toda a europa, spedizioni in france,
		spedizioni in francia, spedizioni in frankreich, spedizioni in franca, spedizioni in franza,
		spedizioni in spain, spedizioni in espana, spedizioni in spanien, spedizioni in espagne,
		spedizioni in spagna, spedizioni in espanha, spedizioni in germany, spedizioni in alemania,
		spedizioni in allemagne, spedizioni in deutschland, spedizioni in germania, spedizioni in
		alemanha, spedizioni in italy, spedizioni in italia, spedizioni in italien, spedizioni in
		italie, spedizioni in portugal, spedizioni in portogallo, spedizioni in england, spedizioni
		in inglaterra, spedizioni in angleterre, spedizioni in inghilterra, spedizioni in the uk,
		spedizioni in uk, spedizioni in belgium, spedizioni in belgique, spedizioni in belgica,
		spedizioni in belgien, spedizioni in switzerland, spedizioni in suisse, spedizioni in suiza,
		spedizioni in schweiz, spedizioni in svizzera, spedizioni in suica, spedizioni in austria,
		spedizioni in osterreich, spedizioni in autriche, spedizioni in the netherlands, spedizioni
		in holland, spedizioni in the us, spedizioni in the usa, spedizioni in usa, spedizioni in
		texas, spedizioni in europe, spedizioni in europa, spedizioni in abroad, spedizioni in
		overseas, spedizioni in l etranger, spedizioni in el extranjero, spedizioni in ausland,
		spedizioni in estero, spedizioni in l estero, spedizioni in exterior, spedizioni in o
		exterior, spedizioni in all of europe, spedizioni in toda europa, spedizioni in tout l
		europe, spedizioni in ganz europa, spedizioni in tutta europa, spedizioni in toda a europa,
		spediamo in france, spediamo in francia, spediamo in frankreich, spediamo in franca,
		spediamo in franza, spediamo in spain, spediamo in espana, spediamo in spanien, spediamo in
		espagne, spediamo in spagna, spediamo in espanha, spediamo in germany, spediamo in alemania,
		spediamo in allemagne, spediamo in deutschland, spediamo in germania, spediamo in alemanha,
		spediamo in italy, spediamo in italia, spediamo in italien, spediamo in italie, spediamo in
		portugal, spediamo in portogallo, spediamo in england, spediamo in inglaterra, spediamo in
		angleterre, spediamo in inghilterra, spediamo in the uk, spediamo in uk, spediamo in
		belgium, spediamo in belgique, spediamo in belgica, spediamo in belgien, spediamo in
		switzerland, spediamo in suisse, spediamo in suiza, spediamo in schweiz, spediamo in
		svizzera, spediamo in suica, spediamo in austria, spediamo in osterreich, spediamo in
		autriche, spediamo in the netherlands, spediamo in holland, spediamo in the us, spediamo in
		the usa, spediamo in usa, spediamo in texas, spediamo in europe, spediamo in europa,
		spediamo in abroad, spediamo in overseas, spediamo in l etranger, spediamo in el extranjero,
		spediamo in ausland, spediamo in estero, spediamo in l estero, spediamo in exterior,
		spediamo in o exterior, spediamo in all of europe, spediamo in toda europa, spediamo in tout
		l europe, spediamo in ganz europa, spediamo in tutta europa, spediamo in toda a europa,
		spedito in france, spedito in francia, spedito in frankreich, spedito in franca, spedito in
		franza, spedito in spain, spedito in espana, spedito in spanien, spedito in espagne, spedito
		in spagna, spedito in espanha, spedito in germany, spedito in alemania, spedito in
		allemagne, spedito in deutschland, spedito in germania, spedito in alemanha, spedito in
		italy, spedito in italia, spedito in italien, spedito in italie, spedito in portugal,
		spedito in portogallo, spedito in england, spedito in inglaterra, spedito in angleterre,
		spedito in inghilterra, spedito in the uk, spedito in uk, spedito in belgium, spedito in
		belgique, spedito in belgica, spedito in belgien, spedito in switzerland, spedito in suisse,
		spedito in suiza, spedito in schweiz, spedito in svizzera, spedito in suica, spedito in
		austria, spedito in osterreich, spedito in autriche, spedito in the netherlands, spedito in
		holland, spedito in the us, spedito in the usa, spedito in usa, spedito in texas, spedito in
		europe, spedito in europa, spedito in abroad, spedito in overseas, spedito in l etranger,
		spedito in el extranjero, spedito in ausland, spedito in estero, spedito in l estero,
		spedito in exterior, spedito in o exterior, spedito in all of europe, spedito in toda
		europa, spedito in tout l europe, spedito in ganz europa, spedito in tutta europa, spedito
		in toda a europa, consegna in france, consegna in francia, consegna in frankreich, consegna
		in franca, consegna in franza, consegna in spain, consegna in espana, consegna in spanien,
		consegna in espagne, consegna in spagna, consegna in espanha, consegna in germany, consegna
		in alemania, consegna in allemagne, consegna in deutschland, consegna in germania, consegna
		in alemanha, consegna in italy, consegna in italia, consegna in italien, consegna in italie,
		consegna in portugal, consegna in portogallo, consegna in england, consegna in inglaterra,
		consegna in angleterre, consegna in inghilterra, consegna in the uk, consegna in uk,
		consegna in belgium, consegna in belgique, consegna in belgica, consegna in belgien,
		consegna in switzerland, consegna in suisse, consegna in suiza, consegna in schweiz,
		consegna in svizzera, consegna in suica, consegna in austria, consegna in osterreich,
		consegna in autriche, consegna in the netherlands, consegna in holland, consegna in the us,
		consegna in the usa, consegna in usa, consegna in texas, consegna in europe, consegna in
		europa, consegna in abroad, consegna in overseas, consegna in l etranger, consegna in el
		extranjero, consegna in ausland, consegna in estero, consegna in l estero, consegna in
		exterior, consegna in o exterior, consegna in all of europe, consegna in toda europa,
		consegna in tout l europe, consegna in ganz europa, consegna in tutta europa, consegna in
		toda a europa`},
	// Usury offered to people the banks turn away: with a monthly rate or
	// collection by threats it is predatory lending.
	{of(cBankRefused), `turned down by your bank, turned down by the bank, turned down by banks,
		turned away by the banks, turned away by your bank, refused by the banks, refused by your bank,
		rejected by your bank, rejected by the banks, banks turned you down, the bank said no,
		your bank said no, banks say no, no bank will lend, banks wont lend, the banks turned down,
		refuse par votre banque, refuse par les banques, refuses par les banques,
		les banques vous refusent, la banque vous refuse, la banque a dit non,
		rechazado por el banco, rechazado por los bancos, rechazados por los bancos,
		el banco te niega, los bancos te niegan, el banco dice que no, el banco le dijo que no,
		keinen kredit kriegt, keinen kredit bekommt, keinen kredit von der bank,
		von der bank abgelehnt, die bank sagt nein, die bank nein sagt, wen die bank ablehnt,
		recusado pelo banco, recusados pelos bancos, o banco recusou, o banco diz nao,
		os bancos recusam, negado pelo banco, rifiutato dalla banca, rifiutati dalle banche,
		la banca dice no, la banca ti ha detto no, le banche rifiutano, la banca ti rifiuta`},
	// A person handed over for money paid to her family: "the family gets a
	// sum and you take the bride home", "die Familie bekommt eine Summe".
	{of(cPaidFamily), `der familie eine summe, holen die frau ab, holen die frau einfach ab,
		die frau einfach ab`},
	// People a trafficker hands over, in the other languages.
	{of(cPerson), `frau, frauen, junge frauen, braut, braute, madchen, mariee, mariees, jeunes femmes,
		jeunes filles, novia, novias, chicas jovenes, mujeres jovenes, noiva, noivas, menina, meninas,
		mulheres jovens, sposa, spose, ragazza, ragazze, giovani donne`},
	// Under-age domestic workers supplied to households: child labour.
	{of(cTrafficStrong), `empregadas domesticas menores, empregadas menores de idade,
		empleadas domesticas menores, empleadas menores de edad, underage maids,
		underage domestic workers, domestic workers under 18, bonnes mineures,
		domestiques mineures, minderjahrige hausmadchen, minderjahrige haushaltshilfen,
		domestiche minorenni, colf minorenni, cameriere minorenni`},
	// Hate merchandise named by its symbols, in the six languages.
	{of(cHate), `cruz gamada, cruces gamadas, cruzes gamadas, croce uncinata, croci uncinate,
		swastika flag+, swastika ring+, ss rune+, ss runes, runas das ss, runas de las ss,
		runes des ss, rune delle ss, rune ss, simbolos das ss, simbolos de las ss, symboles ss,
		symboles des ss, simboli delle ss, simboli ss, ss symbol+, ss symbole, ss abzeichen,
		totenkopf ring+, orgulho branco, orgullo blanco, fierte blanche, orgoglio bianco,
		weisser stolz, weiser stolz, poder branco, poder blanco, white power, pouvoir blanc,
		potere bianco, portugueses de sangue, espanoles de sangre, italiani di sangue, francais de sang,
		camaradas nacionalistas, camarades nationalistes, kameraden nationalisten`},
	// Children as "models" in a sexualised shoot ("baby models in lingerie").
	{of(cMinor), `baby model+, baby modelle, baby modelli, baby modelos, baby mannequins,
		mini model+, mini modelle, mini modelos, mini mannequins, child model+, kid model+,
		kindermodel+, kinder models, modelos infantiles, modelos infantis, modelos mirins,
		petits mannequins, mannequins enfants, bambini modelli, piccole modelle`},
	{of(cSexualSubject), `in lingerie, en lingerie, en lenceria, em lingerie, in dessous,
		in reizwasche, in intimo, in intimo sexy, in sexy underwear, en ropa interior sexy,
		en sous vetements sexy, in sexy unterwasche, em roupa intima sexy`},
	// Parents present on set: the safeguard of a children's clothing shoot.
	{of(cSafeguard), `parents present, with the parents present, parents on set,
		en presence des parents, parents presents, con los padres presentes, padres presentes,
		in anwesenheit der eltern, eltern anwesend, com os pais presentes, pais presentes,
		alla presenza dei genitori, genitori presenti`},
	// Cocktails named as a bar, and their alcohol-free forms.
	{of(cAdultProduct), `cocteles, coctel, coctele, barra de cocteles, barra de cocktails, cocktailbar,
		cocktailbars, bar a cocktails, bar de cocktails, bar di cocktail, cocktail bar+`},
	{of(cNeutral), `cocktails sem alcool, cocktail sem alcool, cocteles sin alcohol, coctel sin alcohol,
		cocktails sin alcohol, cocktail senza alcol, cocktail analcolici, cocktail analcolico,
		cocktails analcolici, bar di cocktail analcolici, alkoholfreie cocktailbar,
		alkoholfreier cocktailbar, cocktailbar ohne alkohol, mocktailbar, mocktail bar+,
		bar a mocktails, cocktails sans alcool, bar a cocktails sans alcool`},
	// Camp counsellors are the camp's staff, not a health service.
	{of(cNeutral), `the counsellors, the counselors, our counsellors, our counselors,
		camp counsellor+, camp counselor+, by counsellors, by counselors`},
	// Insurance claims faked by an ordinary business.
	{of(cDoc), `sinistro, sinistros, siniestro, siniestros, sinistre, sinistres, sinistri,
		schadensfall, schadensfalle, schadensmeldung, schadensmeldungen, versicherungsfall,
		versicherungsfalle, insurance payout+, claim on your insurance, claim on the insurance,
		claim the insurance, cash from the insurance, receber do seguro, cobrar do seguro,
		cobrar del seguro, cobrar el seguro, toucher l assurance, encaisser l assurance,
		von der versicherung kassieren, geld von der versicherung, incassare dall assicurazione,
		soldi dall assicurazione`},
	{of(cFake), `forjado, forjados, forjada, forjadas, simulados, simuladas, fingiert, fingierte,
		fingierten, simules, simulees, simulati, truccati, staged,
		inventados, inventes, inventati, erfundene`},
	{of(cFraudStrong), `staged accident+, staged crash+, staged collision+, fake accident+,
		accidents simules, faux accidents, accidentes simulados, accidentes falsos,
		fingierte unfalle, gestellte unfalle, acidentes simulados, acidentes falsos,
		incidenti simulati, incidenti finti, sinistri falsi, sinistros forjados, sinistros falsos`},
	// Debt collection by threats, in words that sound harmless.
	// Bare "pay a visit" is left out: "visit our branch" is every lender's.
	{of(cThreat), `two friends pay them a visit, send two friends, send round two friends,
		car catches fire, house catches fire, catches fire, una visitina, mandiamo due amici,
		prende fuoco, la macchina prende fuoco, rendre une petite visite, envoyons deux amis,
		prend feu, la voiture prend feu, mandamos dos amigos, se incendia, el coche se incendia,
		schicken zwei freunde, fangt feuer, das auto brennt, inkasso jungs, mandamos dois amigos,
		pega fogo, o carro pega fogo`},
	// Multi-level recruitment: paid by an upline for recruits and their recruits.
	{of(cRecruitIncome), `upline, your upline, downline, each friend you enrol, each friend you enroll,
		every friend you enrol, every friend you enroll, everyone they enrol, everyone they enroll,
		everyone they sponsor, and everyone they bring, tous ceux qu ils parrainent,
		tous ceux qu ils recrutent, tous ceux qu ils inscrivent, chaque ami que vous inscrivez,
		chaque ami que tu inscris, todos los que ellos inscriban, todos los que ellos recluten,
		todos los que ellos afilien, todos los que inscriban, cada amigo que inscribas,
		cada amigo que afilies, alle die sie werben, alle die sie anwerben, alle die die werben,
		jeden freund den du einschreibst, jeden freund den du wirbst, todos que eles recrutarem,
		todos que eles inscreverem, todos que eles indicarem, todos os que eles trouxerem,
		cada amigo que voce inscrever, cada amigo que inscreveres, tutti quelli che iscrivono loro,
		tutti quelli che reclutano, tutti quelli che loro iscrivono, ogni amico che iscrivi,
		ogni amica che iscrivi, la tua upline, ta upline, tu upline, deine upline, sua upline`},
	// Addiction treatment in Italian and its neighbours.
	{of(cExHealth), `comunita terapeutica, comunita terapeutiche, dipendenze, dipendenza,
		disintossicazione, tossicodipendenza, tossicodipendenze, communaute therapeutique,
		addictologie, comunidad terapeutica, desintoxicacion, suchtklinik, suchthilfe, suchtberatung,
		entzug, entzugsklinik, comunidade terapeutica, dependencia quimica, desintoxicacao`},
	// Memorial and museum bookshops sell history.
	{of(cExContext), `museumsladen, museumsshop, gedenkstatte, gedenkstatten, geschichtsbucher,
		geschichtsbuch, memorial, librairie du memorial, livres d histoire, libros de historia,
		livros de historia, libri di storia, bookshop del museo, loja do museu, tienda del museo,
		boutique du musee, museum shop+`},
	// Testing for drugs is no trade in them.
	{of(cExHealth), `toxicology, toxicologie, toxicologia, toxikologie, tossicologia, toxicological,
		drug testing, drug test+, drug screening+, urine test+, lab testing, depistage,
		depistage des drogues, test antidrogue, tests antidrogue, analisis de drogas,
		test de drogas, drogentest+, drogenscreening, exame toxicologico, exames toxicologicos,
		test antidroga, narcotest+`},
	// Merchandise that shows a cannabis leaf sells no cannabis.
	{of(cNeutral), `cannabis themed, marijuana themed, cannabis leaf, marijuana leaf, cannabis print,
		hoja de marihuana, feuille de cannabis, hanfblatt, folha de maconha, foglia di cannabis`},
	// Debt advice is help for borrowers, not lending.
	{of(cExDef), `debt advice, debt advice charity, conseil en endettement, asesoria de deudas,
		schuldnerberatung, aconselhamento de dividas, consulenza sul debito`},
	// Detecting fraud is fighting it.
	{of(cExDef), `deteccao, deteccion, detection de fraude, erkennung, betrugserkennung,
		rilevamento, rilevazione delle frodi, deteccao de fraudes, deteccion de fraudes`},
	// Hidden cameras pointed at a host's guests ("câmaras escondidas para
	// gravar os hóspedes"): guests are whom covert filming targets.
	{of(cCovert), `camaras escondidas, camara escondida, camaras ocultas, camara oculta,
		telecamere nascoste, telecamera nascosta, versteckte kameras, versteckte kamera,
		cameras cachees`},
	{of(cStalkTarget), `guests, your guests, hospedes, os hospedes, huespedes, tus huespedes,
		ospiti, i tuoi ospiti, gaste, ihre gaste, vos hotes, les voyageurs`},
	// Grenades made at home, sold in a shop's list.
	{of(cWeaponStrong), `granadas caseras, granada casera, homemade grenade+, home made grenade+,
		grenades artisanales, grenade artisanale, selbstgebaute granaten, granadas artesanais,
		granadas caseiras, granate artigianali, granate fatte in casa`},
	// Skipping a paywall, in Spanish and its neighbours.
	{of(cCircumvent), `saltandose, saltandote, saltarse, saltar, saltamos, contournant, contourner,
		pulando, pular, burlando, burlar, aggirando, aggirare, umgehen, umgehung`},
	{of(cProtection), `muro de pago, muros de pago, barriere de paiement, barrieres payantes,
		muro a pagamento, bezahlschranke, bezahlschranken, paywalls, acesso pago`},
	// Undeclared cash turned into a firm's turnover.
	{of(cLaunder), `il tuo nero diventa, nero diventa fatturato, pulizia contanti, pulizia del contante,
		origem nao declarada, dinheiro vivo de origem nao declarada, dinero negro en facturacion,
		dinero negro en ingresos, origen no declarado, schwarzgeld in umsatz, schwarzgeld wird,
		argent non declare en chiffre d affaires, undeclared cash into, cash of undeclared origin,
		limpeza de dinheiro, limpieza de dinero, nettoyage d argent, contanti in nero`},
	// "No se aceptan judíos ni bolivianos."
	{of(cBanPhrase), `no se aceptan, no aceptamos, nao aceitamos, nao se aceitam, non accettiamo,
		non si accettano, wir nehmen keine, nous n acceptons pas, n acceptons pas, we do not accept,
		we dont accept, no admitimos, no se admiten, nao admitimos, non ammettiamo`},
	{of(cProt), `bolivianos, peruanos, paraguayos, gitanos, judios, judeus, ciganos, negros,
		zingari, rom, sinti`},
	// Workers' papers held, in the verbs each language uses: "retemos os
	// documentos até pagarem a dívida da viagem".
	{of(cHoldWorker), `retemos os documentos, retemos os passaportes, retemos os seus documentos,
		ficamos com os documentos, ficamos com os passaportes, retenemos los documentos,
		retenemos los pasaportes, nos quedamos con los documentos, nos quedamos con los pasaportes,
		guardamos los pasaportes, retenons les papiers, retenons les documents,
		gardons les documents, behalten die dokumente, behalten die papiere, behalten die ausweise,
		wir behalten die ausweise, tratteniamo i documenti, tratteniamo i passaporti,
		teniamo i passaporti, teniamo i documenti, we hold their documents, we retain their papers,
		we retain their passports, we retain their documents, hold their passports`},
	// An apéro for middle-schoolers is a drink.
	{of(cAdultProduct), `apero rose, apero vin, apero biere, apero, aperos, aperitif alcoolise,
		aperitifs alcoolises`},
	// Accident reports made up for the insurance.
	{of(cDoc), `partes de accidente, parte de accidente, parte amistoso, partes amistosos, constat,
		constats, constat amiable, constats amiables, unfallbericht, unfallberichte, unfallberichten,
		participacao de sinistro, participacoes de sinistro, constatazione amichevole,
		constatazioni amichevoli, accident report+, police report+`},
	// Two "friends" who call on a debtor, and what then burns.
	{of(cThreat), `zwei freunde schauen vorbei, schauen zwei freunde vorbei, zwei freunde vorbei,
		brennt dann das auto, brennt das auto, dann brennt das auto, dois amigos fazem uma visita,
		dois amigos passam, deux amis passent, deux amis rendent visite, dos amigos pasan,
		dos amigos hacen una visita, due amici passano, due amici fanno una visita,
		two friends drop by, two friends stop by, two friends pay a visit, two friends call round`},
	// Whom a family is paid for: brides, wives, young women and girls.
	{of(cBride), `bride, brides, wife, wives, young woman, young women, girl, girls, woman, women,
		noiva, noivas, moca, mocas, esposa, esposas, menina, meninas, mulher, mulheres, novia, novias,
		chica, chicas, mujer, mujeres, muchacha, muchachas, mariee, mariees, epouse, epouses,
		jeune fille, jeunes filles, jeune femme, jeunes femmes, femme, femmes, braut, braute, frau,
		frauen, madchen, junge frau, junge frauen, sposa, spose, moglie, mogli, ragazza, ragazze,
		donna, donne, giovane donna, giovani donne`},
	// The family paid a sum, in the possessive forms a sentence uses; those
	// that name the bride or girl carry her too. Each names the money: "la
	// familia de la novia recibe a los invitados" is a wedding.
	{of(cPaidFamily), `her family gets a sum, her family receives a sum, her family gets money, her family receives
		money, her family get a sum, her family receive a sum, her family is paid a sum, her family
		are paid a sum, her family gets cash, her family receives a payment, her parents gets a sum,
		her parents receives a sum, her parents gets money, her parents receives money, her parents
		get a sum, her parents receive a sum, her parents is paid a sum, her parents are paid a sum,
		her parents gets cash, her parents receives a payment, the family gets a sum, the family
		receives a sum, the family gets money, the family receives money, the family get a sum, the
		family receive a sum, the family is paid a sum, the family are paid a sum, the family gets
		cash, the family receives a payment, a familia dela recebe uma quantia, a familia dela
		recebe uma soma, a familia dela recebe dinheiro, a familia dela recebe um valor, a familia
		dela ganha uma quantia, sua familia recebe uma quantia, sua familia recebe uma soma, sua
		familia recebe dinheiro, sua familia recebe um valor, sua familia ganha uma quantia, a
		familia recebe uma quantia, a familia recebe uma soma, a familia recebe dinheiro, a familia
		recebe um valor, a familia ganha uma quantia, sa famille touche une somme, sa famille recoit
		une somme, sa famille recoit de l argent, sa famille touche de l argent, sa famille est
		payee, la famille touche une somme, la famille recoit une somme, la famille recoit de l
		argent, la famille touche de l argent, la famille est payee, su familia recibe una suma, su
		familia recibe dinero, su familia recibe una cantidad, su familia cobra una suma, su familia
		cobra dinero, la familia recibe una suma, la familia recibe dinero, la familia recibe una
		cantidad, la familia cobra una suma, la familia cobra dinero, la sua famiglia riceve una
		somma, la sua famiglia riceve denaro, la sua famiglia riceve soldi, la sua famiglia incassa
		una somma, la famiglia riceve una somma, la famiglia riceve denaro, la famiglia riceve
		soldi, la famiglia incassa una somma, ihre familie bekommt eine summe, ihre familie bekommt
		geld, ihre familie erhalt eine summe, ihre familie erhalt geld, ihre familie kassiert eine
		summe, die familie bekommt eine summe, die familie bekommt geld, die familie erhalt eine
		summe, die familie erhalt geld, die familie kassiert eine summe`},
	{of(cPaidFamily, cBride), `the girl family gets a sum, the girl family receives a sum, the girl family gets money, the
		girl family receives money, the girl family get a sum, the girl family receive a sum, the
		girl family is paid a sum, the girl family are paid a sum, the girl family gets cash, the
		girl family receives a payment, the bride family gets a sum, the bride family receives a
		sum, the bride family gets money, the bride family receives money, the bride family get a
		sum, the bride family receive a sum, the bride family is paid a sum, the bride family are
		paid a sum, the bride family gets cash, the bride family receives a payment, a familia da
		moca recebe uma quantia, a familia da moca recebe uma soma, a familia da moca recebe
		dinheiro, a familia da moca recebe um valor, a familia da moca ganha uma quantia, a familia
		da noiva recebe uma quantia, a familia da noiva recebe uma soma, a familia da noiva recebe
		dinheiro, a familia da noiva recebe um valor, a familia da noiva ganha uma quantia, a
		familia da menina recebe uma quantia, a familia da menina recebe uma soma, a familia da
		menina recebe dinheiro, a familia da menina recebe um valor, a familia da menina ganha uma
		quantia, la famille de la jeune fille touche une somme, la famille de la jeune fille recoit
		une somme, la famille de la jeune fille recoit de l argent, la famille de la jeune fille
		touche de l argent, la famille de la jeune fille est payee, la famille de la mariee touche
		une somme, la famille de la mariee recoit une somme, la famille de la mariee recoit de l
		argent, la famille de la mariee touche de l argent, la famille de la mariee est payee, la
		famille de la fille touche une somme, la famille de la fille recoit une somme, la famille de
		la fille recoit de l argent, la famille de la fille touche de l argent, la famille de la
		fille est payee, la familia de la chica recibe una suma, la familia de la chica recibe
		dinero, la familia de la chica recibe una cantidad, la familia de la chica cobra una suma,
		la familia de la chica cobra dinero, la familia de la novia recibe una suma, la familia de
		la novia recibe dinero, la familia de la novia recibe una cantidad, la familia de la novia
		cobra una suma, la familia de la novia cobra dinero, la familia de la nina recibe una suma,
		la familia de la nina recibe dinero, la familia de la nina recibe una cantidad, la familia
		de la nina cobra una suma, la familia de la nina cobra dinero, la famiglia della ragazza
		riceve una somma, la famiglia della ragazza riceve denaro, la famiglia della ragazza riceve
		soldi, la famiglia della ragazza incassa una somma, la famiglia della sposa riceve una
		somma, la famiglia della sposa riceve denaro, la famiglia della sposa riceve soldi, la
		famiglia della sposa incassa una somma, die familie des madchens bekommt eine summe, die
		familie des madchens bekommt geld, die familie des madchens erhalt eine summe, die familie
		des madchens erhalt geld, die familie des madchens kassiert eine summe, die familie der
		braut bekommt eine summe, die familie der braut bekommt geld, die familie der braut erhalt
		eine summe, die familie der braut erhalt geld, die familie der braut kassiert eine summe`},
	{of(cYouthPlace), `stage d ete, stages d ete, stage de vacances, stages de vacances`},
	// Debt collection as a verb: "cobramos dívidas", "wir treiben Schulden ein".
	{of(cDebtCollect), `cobramos dividas, cobramos as suas dividas, cobramos dividas atrasadas,
		recouvrons vos creances, recouvrons les dettes, wir treiben schulden ein,
		treiben schulden ein, recuperiamo crediti, recuperiamo i vostri crediti, we collect debts,
		we collect your debts, cobramos sus deudas`},
	// A phishing kit is a product on its own, listed with no verb ("nettoyage
	// de virus kits de phishing bancaire clé en main"); those who detect or
	// simulate them have their own context words.
	{of(cPhish, cService), `phishing kit+, kits de phishing, kit de phishing, kit di phishing,
		kits di phishing, phishing kits, phishing bausatz, phishing baukasten, kits de phishing bancario,
		kits de phishing bancaire, kit phishing, kits phishing`},
}
