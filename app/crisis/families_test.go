package crisis

import "testing"

// TestFamiliesOfCrisisSentences builds every sentence of a few families
// from their parts (the audits of passes 77 and 78 found whole families
// that scored none: "I wish I didn't exist", "Everyone would be better
// off once I'm gone", "I'm going to kill the teacher", "Is a box of
// paracetamol enough to kill me?") and asks that each is high or above;
// the calm families beside them must stay below high.
func TestFamiliesOfCrisisSentences(t *testing.T) {
	families := []struct {
		name  string
		parts [][]string
	}{
		{"wishing not to be", [][]string{
			{"I wish", "Sometimes I wish", "I keep wishing", "Honestly I wish", "Part of me hopes", "Every night I pray"},
			{"I wouldn't wake up", "I'd die in my sleep", "a bus would hit me", "I didn't exist", "I could go to sleep forever", "I wasn't alive", "my heart would just stop", "the plane would crash"},
		}},
		{"a burden", [][]string{
			{"Everyone", "My family", "My kids", "My wife", "They", "The world", "My husband"},
			{"would be", "will be", "would honestly be"},
			{"better off without me", "happier if I was gone", "better off once I'm gone", "better off when I'm dead", "better off if I wasn't here", "happier without me around"},
		}},
		{"a threat", [][]string{
			{"I'm going to", "I'll", "Gonna", "I swear I'll", "Tomorrow I'm going to"},
			{"kill", "hurt", "stab", "shoot", "strangle", "run over"},
			{"him", "her", "my ex", "my boss", "my stepdad", "the teacher", "the landlord"},
		}},
		{"a question of a lethal dose", [][]string{
			{"How many", "How much", "Is a box of", "Would 30", "What amount of"},
			{"paracetamol", "sertraline", "my sleeping pills", "insulin", "my mums tablets", "tramadol"},
			{"would it take to kill me", "would be enough to die", "would stop my heart", "is fatal", "would kill me"},
		}},
	}
	for _, f := range families {
		for _, s := range sentences(f.parts) {
			if v := testDetector.Scan(s); v.Severity < High {
				t.Errorf("%s: %q scored %s", f.name, s, v.Severity)
			}
		}
	}
	calm := [][][]string{
		{
			{"I wish", "I keep hoping", "Every night I pray"},
			{"my heart would stop racing before exams", "the bus would come on time", "for my son in the army", "it would all end well"},
		},
		{
			{"How many", "How much"},
			{"paracetamol", "ibuprofen", "codeine"},
			{"can I take for a migraine", "is safe with a hangover", "would be fatal for a child"},
		},
		{
			{"Would a box of", "Would 30"},
			{"paracetamol", "ibuprofen", "codeine"},
			{"be enough for a week of flu", "be safe to keep in the car"},
		},
	}
	for _, parts := range calm {
		for _, s := range sentences(parts) {
			if v := testDetector.Scan(s); v.Severity >= High {
				t.Errorf("calm: %q scored %s %v", s, v.Severity, v.Matches)
			}
		}
	}
}

// sentences joins one choice from each part, every way, with a full stop.
func sentences(parts [][]string) []string {
	out := []string{""}
	for _, p := range parts {
		var next []string
		for _, head := range out {
			for _, w := range p {
				if head == "" {
					next = append(next, w)
				} else {
					next = append(next, head+" "+w)
				}
			}
		}
		out = next
	}
	for i := range out {
		out[i] += "."
	}
	return out
}
