package verbform

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// describe renders readings compactly and in a stable order:
// lemma:kind for non-finite forms, lemma:mood.person[pl] for finite ones.
func describe(as []Analysis) []string {
	var out []string
	for _, a := range as {
		s := a.Lemma + ":" + a.Kind.String()
		if a.Kind == Finite {
			s = fmt.Sprintf("%s:%s.%d", a.Lemma, a.Mood, a.Person)
			if a.Plural {
				s += "pl"
			}
			if a.Tense == Past {
				s += ".past"
			}
		}
		if a.NeedsSubject {
			s += "!"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		// Auxiliaries and modal verbs, fully listed.
		{"sei", []string{"sein:imperative.2", "sein:konjunktiv1.1", "sein:konjunktiv1.3"}},
		{"seien", []string{"sein:konjunktiv1.1pl", "sein:konjunktiv1.3pl"}},
		{"habe", []string{"haben:imperative.2", "haben:indicative.1", "haben:konjunktiv1.1", "haben:konjunktiv1.3"}},
		{"hätten", []string{"haben:konjunktiv2.1pl.past", "haben:konjunktiv2.3pl.past"}},
		{"könne", []string{"können:konjunktiv1.1", "können:konjunktiv1.3"}},
		{"sollte", []string{"sollen:indicative.1.past", "sollen:indicative.3.past", "sollen:konjunktiv2.1.past", "sollen:konjunktiv2.3.past"}},
		{"muss", []string{"müssen:indicative.1", "müssen:indicative.3"}},
		{"muß", nil}, // keys are folded: muß is looked up as muss
		{"würde", []string{"werden:konjunktiv2.1.past", "werden:konjunktiv2.3.past"}},
		// Strong verbs from their principal parts.
		{"gibt", []string{"geben:indicative.3"}},
		{"gäbe", []string{"geben:konjunktiv2.1.past", "geben:konjunktiv2.3.past"}},
		{"gebe", []string{"geben:indicative.1", "geben:konjunktiv1.1", "geben:konjunktiv1.3"}},
		{"hältst", []string{"halten:indicative.2"}},
		{"ginge", []string{"gehen:konjunktiv2.1.past", "gehen:konjunktiv2.3.past"}},
		{"gingen", []string{"gehen:indicative.1pl.past", "gehen:indicative.3pl.past", "gehen:konjunktiv2.1pl.past", "gehen:konjunktiv2.3pl.past"}},
		{"gegangen", []string{"gehen:participle"}},
		// Weak verbs by rule; their Konjunktiv II is the Präteritum.
		{"sagte", []string{"sagen:indicative.1.past", "sagen:indicative.3.past", "sagen:konjunktiv2.1.past", "sagen:konjunktiv2.3.past"}},
		{"arbeitet", []string{"arbeiten:imperative.2pl", "arbeiten:indicative.2pl", "arbeiten:indicative.3", "arbeiten:konjunktiv1.2pl"}},
		{"rechnete", []string{"rechnen:indicative.1.past", "rechnen:indicative.3.past", "rechnen:konjunktiv2.1.past", "rechnen:konjunktiv2.3.past"}},
		{"gesagt", []string{"sagen:participle"}},
		{"handle", []string{"handeln:indicative.1", "handeln:konjunktiv1.3"}},
		// -ieren verbs, inseparable prefixes, joined particles.
		{"reagiere", []string{"reagieren:imperative.2", "reagieren:indicative.1", "reagieren:konjunktiv1.1", "reagieren:konjunktiv1.3"}},
		{"kritisiert", []string{"kritisieren:imperative.2pl", "kritisieren:indicative.2pl", "kritisieren:indicative.3", "kritisieren:participle"}},
		{"verändere", []string{"verändern:indicative.1", "verändern:konjunktiv1.1", "verändern:konjunktiv1.3"}},
		{"vergeben", []string{"vergeben:indicative.1pl", "vergeben:indicative.3pl", "vergeben:infinitive", "vergeben:konjunktiv1.1pl", "vergeben:konjunktiv1.3pl", "vergeben:participle"}},
		{"verstanden", []string{"verstehen:indicative.1pl.past", "verstehen:indicative.3pl.past", "verstehen:participle"}},
		{"übernommen", []string{"übernehmen:participle"}},
		{"betroffen", []string{"betreffen:participle"}},
		{"mitteilte", []string{"mitteilen:indicative.1.past", "mitteilen:indicative.3.past", "mitteilen:konjunktiv2.1.past", "mitteilen:konjunktiv2.3.past"}},
		{"mitgeteilt", []string{"mitteilen:participle"}},
		{"mitzuteilen", []string{"mitteilen:zu-infinitive"}},
		{"anzuerkennen", []string{"anerkennen:zu-infinitive"}}, // particle, zu, inseparable prefix
		{"einzuberufen", []string{"einberufen:zu-infinitive"}},
		{"zurückweisen", []string{"zurückweisen:indicative.1pl", "zurückweisen:indicative.3pl", "zurückweisen:infinitive", "zurückweisen:konjunktiv1.1pl", "zurückweisen:konjunktiv1.3pl"}},
		{"aufbrächten", []string{"aufbringen:konjunktiv2.1pl.past", "aufbringen:konjunktiv2.3pl.past"}},
		{"vorbereitet", []string{"vorbereiten:indicative.2pl", "vorbereiten:indicative.3", "vorbereiten:konjunktiv1.2pl", "vorbereiten:participle"}},
		// Homographs and adjective-like verbs need a subject.
		{"bitte", []string{"bitten:imperative.2!", "bitten:indicative.1!", "bitten:konjunktiv1.1!", "bitten:konjunktiv1.3!"}},
		{"danke", []string{"danken:imperative.2!", "danken:indicative.1!", "danken:konjunktiv1.1!", "danken:konjunktiv1.3!"}},
		{"zufolge", nil},
		{"teilweise", nil},
		{"sichere", []string{"sichern:imperative.2!", "sichern:indicative.1!", "sichern:konjunktiv1.1!", "sichern:konjunktiv1.3!"}},
		{"versichere", []string{"versichern:imperative.2", "versichern:indicative.1", "versichern:konjunktiv1.1", "versichern:konjunktiv1.3"}},
		// Look-alikes that are no verb forms.
		{"erste", nil},
		{"bereits", nil},
		{"besonders", nil},
		{"vier", nil},
		{"vierte", nil},
		{"hier", nil},
		{"zwar", nil},
		{"wegen", nil},
		{"eine", nil},
		{"fehlende", nil},
		{"anders", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, describe(Analyze(tt.key))); diff != "" {
			t.Errorf("Analyze(%q) mismatch (-want +got):\n%s", tt.key, diff)
		}
	}
}

func TestAnalyzeWord(t *testing.T) {
	tests := []struct {
		text    string
		initial bool
		want    bool
	}{
		{"sei", false, true},
		{"Sei", true, true},
		{"Sei", false, false}, // a capitalised word in mid-sentence is a noun
		{"Essen", false, false},
		{"Essen", true, true},
	}
	for _, tt := range tests {
		got := len(AnalyzeWord(tt.text, fold(tt.text), tt.initial)) > 0
		if got != tt.want {
			t.Errorf("AnalyzeWord(%q, initial=%v) found=%v, want %v", tt.text, tt.initial, got, tt.want)
		}
	}
}

func TestLemmaQueries(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"Is(sei, sein)", Is("sei", "sein"), true},
		{"Is(sagte, sagen)", Is("sagte", "sagen"), true},
		{"Is(sagte, sein)", Is("sagte", "sein"), false},
		{"Is(mitteilte, mitteilen)", Is("mitteilte", "mitteilen"), true},
		{"IsFinite(gesagt)", IsFinite("gesagt"), false},
		{"IsFinite(sagt)", IsFinite("sagt"), true},
		{"Known(mitteilen)", Known("mitteilen"), true},
		{"Known(kritisieren)", Known("kritisieren"), true},
		{"Known(tisch)", Known("tisch"), false},
		{"IsParticle(mit)", IsParticle("mit"), true},
		{"IsParticle(zurück)", IsParticle("zurück"), true},
		{"IsParticle(dazu)", IsParticle("dazu"), false}, // joined only
		{"IsParticle(haus)", IsParticle("haus"), false},
		{"IsModal(sollen)", IsModal("sollen"), true},
		{"IsAuxiliary(werden)", IsAuxiliary("werden"), true},
		{"IsAuxiliary(sagen)", IsAuxiliary("sagen"), false},
		{"IsCapitalized(Über)", IsCapitalized("Über"), true},
		{"IsCapitalized(über)", IsCapitalized("über"), false},
		{"IsCapitalized()", IsCapitalized(""), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		particle, lemma, want string
		ok                    bool
	}{
		{"mit", "teilen", "mitteilen", true},
		{"hervor", "gehen", "hervorgehen", true},
		{"zurück", "weisen", "zurückweisen", true},
		{"mit", "können", "", false},
		{"haus", "gehen", "", false},
		{"mit", "", "", false},
	}
	for _, tt := range tests {
		got, ok := Join(tt.particle, tt.lemma)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Join(%q, %q) = %q, %v; want %q, %v", tt.particle, tt.lemma, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFoldMatchesRootFold(t *testing.T) {
	// aussage.Fold cannot be imported here (the root imports this package); the
	// root's tests compare the two on the lexicon's own spellings.
	for in, want := range map[string]string{"Weiß": "weiss", "MUSSTE": "musste", "Äußern": "äussern", "ẞ": "ss"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLexiconFiles(t *testing.T) {
	if _, err := load(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"paradigms.tsv", "strong.tsv", "weak.tsv", "particles.tsv", "homographs.tsv"} {
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "# "+name+":") {
			t.Errorf("%s: want a header line starting %q", name, "# "+name+":")
		}
	}
}

func TestListedLookupDoesNotAllocate(t *testing.T) {
	Analyze("sei") // build the tables first
	n := testing.AllocsPerRun(100, func() {
		for _, k := range []string{"sei", "hatte", "gesagt", "tisch", "der", "verschiedenen"} {
			Analyze(k)
		}
	})
	if n != 0 {
		t.Errorf("Analyze allocated %v times per run, want 0", n)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"sei", "mitzuteilen", "reagierte", "verändere", "zuzugeben", "ier", "zu", "überübernommen", "\xff\xfe", "ge"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		for _, a := range Analyze(key) {
			if a.Lemma == "" {
				t.Fatalf("Analyze(%q): empty lemma in %+v", key, a)
			}
			if a.Kind == Finite && (a.Person < 1 || a.Person > 3) || a.Kind != Finite && a.Person != 0 {
				t.Fatalf("Analyze(%q): bad person in %+v", key, a)
			}
			if a.Kind > Participle || a.Mood > Imperative {
				t.Fatalf("Analyze(%q): bad kind or mood in %+v", key, a)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	keys := []string{"der", "regierung", "sei", "habe", "gesagt", "mitteilte", "verändere", "reagierte", "verschiedenen", "und", "bundesregierung", "zurückgewiesen"}
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	Analyze("sei")
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			Analyze(k)
		}
	}
}
