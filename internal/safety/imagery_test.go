package safety

import "testing"

// TestSexualisedChildImagery: a named minor (ages as the five other
// languages say them too) with intimate garments, sexualising words or
// pictures and an adult audience is refused by the rules, whatever the
// words; the same words without the minor, or the years of a career ("há
// 12 anos", "más de 15 años de experiencia"), are not a minor. Written for
// this test, not taken from the blind sets.
func TestSexualisedChildImagery(t *testing.T) {
	refused := []string{
		"Photo sets of our 12-year-old gymnasts in skimpy underwear, mailed to adult buyers.",
		"Fotos sugerentes de alumnas de 13 años para los socios adultos del club.",
		"Servizi in sottoveste per ragazze di 14 anni, riservati a clienti adulti.",
		"Modenschau in Dessous mit unseren 13-jährigen Models für zahlende Herren.",
		"Vídeos em camisolas de renda de meninas de doze anos para assinantes VIP.",
		"Casting : photos de collégiennes de quatorze ans, réservées à un public choisi.",
		"Clips 'just 18', all performers adults, we promise, filmed in school uniform after Year 9 classes.",
		"Bot de IA para crear desnudos de compañeras de clase a partir de un selfie.",
		"Dinner dates arranged between generous gentlemen and schoolgirls aged 15.",
		"Livestreamed mini pageants where girls aged 7 to 10 pose for adult viewers who pay to request poses.",
	}
	allowed := []string{
		"Magasin de lingerie à Lyon pour clientes adultes, conseils de taille.", //nolint:misspell // French, Portuguese, Spanish
		"Club de gimnasia para niñas de 8 a 12 años; fotos de las competiciones para las familias.",
		"Kinderbademode und Unterwäsche für Kinder von 2 bis 12 Jahren, Onlineshop.",
		"Fotografo di matrimoni da 12 anni a Bologna, servizi in lingerie per spose adulte.",
		"Tengo más de 15 años de experiencia como fotógrafa de boudoir para clientas adultas.",
		"Sou fotógrafo há 12 anos: ensaios de lingerie para noivas e clientes VIP.", //nolint:misspell // French, Portuguese, Spanish
		"Graduation portraits for students who just turned 18, with gowns and caps, in Leeds.",
		"Tea dances for older gentlemen and ladies in Bath, with a live band.",
		"Workshops de prevenção nas escolas sobre aplicativos que geram fotos nuas de colegas de escola.",
	}
	checkRulesRefuse(t, SexualMinors, refused, allowed)
}
