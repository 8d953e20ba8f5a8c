package safety

import "testing"

// TestMinorForms: the French feminine and the Italian singular for a minor
// ("mineure(s)", "minorenne") are minors to the rules (cMinorForm), so
// sexual content with them is refused by the rules themselves; before, the
// Italian row got names and the French one only the learned stage's say.
// Help for young mothers or pregnant girls is still named.
func TestMinorForms(t *testing.T) {
	refused := []string{
		"Studio fotografico a Napoli: servizi in lingerie con modelle minorenne, consegna riservata.",
		"Servizi in lingerie con modella minorenne.",
		"Studio photo : séances en lingerie avec des modèles mineures.",
		"Séances en lingerie avec modèle mineure.",
	}
	allowed := []string{
		"Association d'aide aux mères mineures à Lille: logement et accompagnement.",
		"Consultorio per ragazze minorenne in gravidanza a Torino.",
	}
	checkRulesRefuse(t, SexualMinors, refused, allowed)
}

// checkRulesRefuse: every refused description is refused by the rules
// themselves (no learned probability) as cat, and every allowed one is named.
func checkRulesRefuse(t *testing.T, cat Category, refused, allowed []string) {
	t.Helper()
	for _, d := range refused {
		v := Classify(d)
		if v.Appropriate || v.Category != cat || v.Probability != 0 {
			t.Errorf("Classify(%q) = %s (learned p %.2f), want a refusal by the rules as %s", d, v.Category, v.Probability, cat)
		}
	}
	for _, d := range allowed {
		if v := Classify(d); !v.Appropriate {
			t.Errorf("Classify(%q) refused: %s %s", d, v.Category, v.Reason)
		}
	}
}
