package aussage

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/aussage/aussage/internal/verbform"
)

// verbSummary renders the finite verbs of s as "word:mood:lemma", with "?" after an
// ambiguous mood and "+particle" when a separated particle was joined.
func verbSummary(s string) []string {
	t := NewText(s)
	toks := t.Tokens()
	var out []string
	for _, v := range t.Verbs() {
		m := v.Mood.String()
		if v.Ambiguous {
			m += "?"
		}
		e := toks[v.Token].Text + ":" + m + ":" + v.Lemma
		if v.Particle != 0 {
			e += "+" + toks[v.Particle].Text
		}
		out = append(out, e)
	}
	return out
}

func TestVerbs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Konjunktiv I in reported speech; the reporting verb is an ambiguous Präteritum.
		{"Er sagte, er sei krank.", []string{"sagte:konjunktiv2?:sagen", "sei:konjunktiv1:sein"}},
		{"Die Ministerin sagte, die Lage habe sich verbessert.", []string{"sagte:konjunktiv2?:sagen", "habe:konjunktiv1:haben"}},
		{"Wir seien zu spät gekommen, hieß es.", []string{"seien:konjunktiv1:sein", "hieß:indicative:heissen"}},
		{"Der Sprecher betonte, man werde die Vorwürfe prüfen.", []string{"betonte:konjunktiv2?:betonen", "werde:konjunktiv1:werden"}},
		{"Die Firma erklärte, es gebe keine Probleme.", []string{"erklärte:konjunktiv2?:erklären", "gebe:konjunktiv1:geben"}},
		{"Die Polizei teilte mit, der Täter stehe unter Verdacht.", []string{"teilte:konjunktiv2?:mitteilen+mit", "stehe:konjunktiv1:stehen"}},
		{"Der Prozess verändere die Gesellschaft, so der Autor.", []string{"verändere:konjunktiv1:verändern"}},
		{"Sie erklärte, dass sie die Entscheidung akzeptiere.", []string{"erklärte:konjunktiv2?:erklären", "akzeptiere:konjunktiv1:akzeptieren"}},
		{"Er hoffe, dass die Kommission das Ergebnis mitteile.", []string{"hoffe:konjunktiv1:hoffen", "mitteile:konjunktiv1:mitteilen"}},
		// Person agreement: ich habe is indicative, and so is ich gebe … und bekomme.
		{"Ich habe keine Zeit.", []string{"habe:indicative:haben"}},
		{"Habe ich das gesagt?", []string{"Habe:indicative:haben"}},
		{"Ich gebe Arbeit ab und bekomme mehr Freizeit.", []string{"gebe:indicative:abgeben+ab", "bekomme:indicative:bekommen"}},
		{"Man sagte mir, ich solle warten.", []string{"sagte:konjunktiv2?:sagen", "solle:konjunktiv1:sollen"}},
		// Plurals whose Konjunktiv I equals the indicative are ambiguous.
		{"Sie haben gesagt, die Preise steigen.", []string{"haben:konjunktiv1?:haben", "steigen:konjunktiv1?:steigen"}},
		{"Wir gehen nach Hause.", []string{"gehen:konjunktiv1?:gehen"}},
		// Konjunktiv II: unique forms, and weak or modal ones that equal the Präteritum.
		{"Wenn er Zeit hätte, käme er.", []string{"hätte:konjunktiv2:haben", "käme:konjunktiv2:kommen"}},
		{"Das wäre ein Fehler, und es würde teuer.", []string{"wäre:konjunktiv2:sein", "würde:konjunktiv2:werden"}},
		{"Die Regierung sollte handeln.", []string{"sollte:konjunktiv2?:sollen"}},
		{"Sollte es regnen, fällt das Fest aus.", []string{"Sollte:konjunktiv2:sollen", "fällt:indicative:ausfallen+aus"}},
		{"Die Bauern gingen nach Hause.", []string{"gingen:konjunktiv2?:gehen"}},
		{"Die Preise könnten sinken.", []string{"könnten:konjunktiv2:können"}},
		// Separable verbs: the particle at the clause end is rejoined.
		{"Daraus geht hervor, dass er schuldig ist.", []string{"geht:indicative:hervorgehen+hervor", "ist:indicative:sein"}},
		{"Der Minister wies die Vorwürfe zurück.", []string{"wies:indicative:zurückweisen+zurück"}},
		{"Das Problem besteht nach wie vor.", []string{"besteht:indicative:bestehen"}},
		// Lemmas are match keys (Fold): heissen, not heißen.
		{"Er ließ es, wie es hieß.", []string{"ließ:indicative:lassen", "hieß:indicative:heissen"}},
		// Non-finite forms in verb-final position are not finite.
		{"Er hat das Gesetz verändert.", []string{"hat:indicative:haben"}},
		{"Er werde kommen, sagte sie.", []string{"werde:konjunktiv1:werden", "sagte:konjunktiv2?:sagen"}},
		{"Sie versprach, das Problem zu lösen.", []string{"versprach:indicative:versprechen"}},
		{"Er weiß, dass sie kommen wollen.", []string{"weiß:indicative:wissen", "wollen:konjunktiv1?:wollen"}},
		// Look-alikes: capitalised nouns, adjectives, particles, prepositions.
		{"Das Sei ist ein Tier.", []string{"ist:indicative:sein"}},
		{"Hinweise nimmt die Polizei entgegen.", []string{"nimmt:indicative:entgegennehmen+entgegen"}},
		{"Die erwarteten Zahlen kamen spät.", []string{"kamen:indicative:kommen"}},
		{"Bitte warten Sie hier.", []string{"warten:konjunktiv1?:warten"}},
		{"Der Regierung zufolge steigt die Zahl.", []string{"steigt:indicative:steigen"}},
		{"Es gibt billige Kohle.", []string{"gibt:indicative:geben"}},
		{"Das zeige Wirkung, sagte er.", []string{"zeige:konjunktiv1:zeigen", "sagte:konjunktiv2?:sagen"}},
		{"Zwei verdächtige Männer flohen.", []string{"flohen:indicative:fliehen"}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, verbSummary(tt.in)); diff != "" {
			t.Errorf("Verbs(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestVerbAt(t *testing.T) {
	txt := NewText("Er sagte, er sei krank.")
	toks := txt.Tokens()
	for i, tok := range toks {
		v, ok := txt.VerbAt(i)
		want := tok.Text == "sagte" || tok.Text == "sei"
		if ok != want || ok && v.Token != i {
			t.Errorf("VerbAt(%d) (%q) = %+v, %v; want found=%v", i, tok.Text, v, ok, want)
		}
	}
}

func TestVerbLemma(t *testing.T) {
	txt := NewText("Gesagt ist gesagt: Die Firma teilte mit, sie habe den Vertrag mitzuteilen vergessen. Das Essen war gut.")
	var got []string
	for i, tok := range txt.Tokens() {
		if l, ok := txt.VerbLemma(i); ok {
			got = append(got, tok.Text+"="+l)
		}
	}
	want := []string{"Gesagt=sagen", "ist=sein", "gesagt=sagen", "teilte=mitteilen", "habe=haben",
		"mitzuteilen=mitteilen", "vergessen=vergessen", "war=sein"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("VerbLemma mismatch (-want +got):\n%s", diff)
	}
	if _, ok := txt.VerbLemma(-1); ok {
		t.Error("VerbLemma(-1) found a lemma")
	}
}

// TestVerbLexiconFold checks that the lexicon's match keys agree with Fold: the
// verb package repeats Fold because it cannot import this package.
func TestVerbLexiconFold(t *testing.T) {
	for _, w := range []string{"Weiß", "müßte", "Außenminister", "ließ", "STRASSE"} {
		txt := NewText(w)
		if got, want := txt.Tokens()[0].Key, Fold(w); got != want {
			t.Errorf("token key of %q = %q, Fold = %q", w, got, want)
		}
	}
	if got := verbSummary("Er ließ sie frei."); !cmp.Equal(got, []string{"ließ:indicative:freilassen+frei"}) {
		t.Errorf("ließ … frei: got %v", got)
	}
}

func FuzzVerbs(f *testing.F) {
	for _, s := range []string{"Er sagte, er sei krank.", "teilte mit", "„Sollte es", "und und ,", "Sei\n\nsei", "\xffhabe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		txt := NewText(s)
		toks := txt.Tokens()
		vs := txt.Verbs()
		if !sort.SliceIsSorted(vs, func(i, j int) bool { return vs[i].Token < vs[j].Token }) {
			t.Fatalf("verbs not sorted: %+v", vs)
		}
		for i, v := range vs {
			if v.Token < 0 || v.Token >= len(toks) || i > 0 && vs[i-1].Token == v.Token {
				t.Fatalf("bad or repeated token %d (of %d)", v.Token, len(toks))
			}
			if v.Particle != 0 && (v.Particle <= v.Token || v.Particle >= len(toks)) {
				t.Fatalf("bad particle %d for verb %d", v.Particle, v.Token)
			}
			if v.Lemma == "" || strings.ContainsAny(v.Lemma, " \t\n") {
				t.Fatalf("bad lemma %q", v.Lemma)
			}
		}
	})
}

// TestVerbFinitesShortcut checks that the mood of a verb picked from the Finites
// of its form, without its readings, is the one its readings give, for every word
// of the seed article with a finite reading and every subject.
func TestVerbFinitesShortcut(t *testing.T) {
	data, err := os.ReadFile("testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := NewText(string(data) + " Ich habe. Wir sagten. Du seist. Ihr hättet.")
	n := 0
	for i, tok := range text.Tokens() {
		as, sum, fin := verbform.AnalyzeFinite(tok.Key)
		if sum&verbform.HasFinite == 0 {
			continue
		}
		if fin.OneLemma() {
			n++
		}
		short := candidate{tok: i, readings: as, fin: fin}
		long := candidate{tok: i, readings: as}
		for person := range uint8(4) {
			for plural := int8(-1); plural <= 1; plural++ {
				subj := subject{person, plural}
				if got, want := text.verb(short, subj), text.verb(long, subj); got != want {
					t.Errorf("%q with subject %v: %+v from the Finites, %+v from the readings", tok.Text, subj, got, want)
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d words with Finites", n)
	}
}

// TestRoleWords checks that every word with a role has a slot of its own in
// roleWords, and the roles of words and look-alikes.
func TestRoleWords(t *testing.T) {
	for w, want := range map[string]int{
		"und": clauseBoundary, "oder": clauseBoundary, "aber": clauseBoundary, "sondern": clauseBoundary,
		"sowie": clauseBoundary, "denn": clauseBoundary, "bzw": clauseBoundary,
		"ich": subjectPronoun, "du": subjectPronoun, "er": subjectPronoun, "sie": subjectPronoun,
		"es": subjectPronoun, "wir": subjectPronoun, "ihr": subjectPronoun, "man": subjectPronoun,
		"unde": otherRole, "ihre": otherRole, "sieg": otherRole, "d": otherRole, "mann": otherRole, "doch": otherRole,
	} {
		if got := wordRole(w); got != want {
			t.Errorf("wordRole(%q) = %d, want %d", w, got, want)
		}
	}
}
