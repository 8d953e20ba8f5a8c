package safety

import "testing"

// TestSexualForms: a lingerie shoot said without a preposition ("séances
// lingerie", "sesiones de lencería", "ensaios de lingerie") sexualises the
// person shown to the rules (cSexualForm), so with a minor it is refused by
// the rules themselves; before, all four rows below got names. The same
// shoots for adults, and a lingerie shop for teens, are still named, and the
// phrase leaves the learned stage's features as they were (TestLearnedModel).
func TestSexualForms(t *testing.T) {
	refused := []string{
		"Séances lingerie avec modèle mineure à Paris.",
		"Séances photo lingerie avec des modèles mineures, galerie privée.",
		"Sesiones de lencería con modelos menores de edad.",
		"Ensaios de lingerie com modelos menores de idade.",
	}
	allowed := []string{
		"Séances photo lingerie pour femmes à Lyon, maquillage inclus.",
		"Sesiones de lencería para novias en Sevilla.",
		"Ensaios de lingerie para noivas em Lisboa.",
		"Lingerie boutique for teens in Paris.",
		"Nous ne faisons pas de séances lingerie : photos de classe pour écoles primaires.", //nolint:misspell // French, Portuguese, Spanish
	}
	checkRulesRefuse(t, SexualMinors, refused, allowed)
}
