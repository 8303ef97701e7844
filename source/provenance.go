package source

import "strings"

// provenanceNouns head the phrase after auf in a provenance frame: what a claim
// goes back to (auf Informationen eines Mitgliedslands zurückgehen).
var provenanceNouns = set("informationen", "angaben", "hinweise", "hinweisen", "erkenntnisse", "erkenntnissen", "berichte", "berichten",
	"recherchen", "aussagen", "daten", "quellen", "schätzungen", "auskünfte", "auskünften", "unterlagen", "dokumente", "dokumenten")

// provenanceVerbs are the forms of the verbs that say where content comes from,
// with the particle they take when it stands apart (gingen … zurück): zurückgehen
// auf, zurückzuführen sein auf, beruhen auf, basieren auf, sich stützen auf.
var provenanceVerbs = map[string]string{
	"geht": "zurück", "gehen": "zurück", "ging": "zurück", "gingen": "zurück", "gehe": "zurück", "ginge": "zurück",
	"zurückgeht": "", "zurückgehen": "", "zurückging": "", "zurückgingen": "", "zurückgehe": "", "zurückginge": "",
	"zurückgegangen": "", "zurückzuführen": "", "beruht": "", "beruhen": "", "beruhte": "", "beruhten": "", "beruhe": "",
	"basiert": "", "basieren": "", "basierte": "", "basierten": "", "basiere": "",
}

// provenanceFrames finds in unit ui the frames that trace content back to a source
// without anyone saying it: „Die Angaben gingen auf Informationen eines
// Mitgliedslands zurück“, „dass die Einschätzungen auf Informationen eines
// Mitgliedslands zurückgingen“. Each is a reported attribution whose content is the
// subject (what goes back) and whose speaker is the source the noun after auf
// names. It is found after the unit's other frames and leaves their content whole:
// an attribution in whose content it stands (Das Gremium betont, dass …) becomes
// its parent, so its chain runs from the reporter to the origin.
func (a *analysis) provenanceFrames(ui int) {
	u := a.units[ui]
	next := u.a // the first token after the last frame found
	for _, p := range a.lists.in(listVonZuAuf, u.a, u.end) {
		i := int(p)
		if i < next || i+2 >= u.end || a.key(i) != "auf" || !a.outside(i) || !provenanceNouns[a.key(i+1)] {
			continue
		}
		cs, ce := a.clauseBounds(i, u)
		// the source: the genitive or von-attribute of the noun after auf
		np := a.np(i+1, ce)
		var sp rng
		for j := i + 2; j < np; j++ {
			if a.is(j, cGen) {
				sp = rng{j, np}
				break
			}
			if k := a.key(j); k == "von" || k == "vom" {
				sp = rng{j + 1, np}
				break
			}
		}
		if sp.empty() {
			continue
		}
		// the verb: a joined form after the phrase (zurückgingen), or a finite
		// form before it with its particle after it (gingen … zurück)
		var cue []rng
		verb := -1
		for j := np; j < ce; j++ {
			if p, ok := provenanceVerbs[a.key(j)]; ok && p == "" && a.lower(j) {
				verb, cue = j, []rng{{i, i + 2}, {j, j + 1}}
				break
			}
		}
		if verb < 0 {
			for j := i - 1; j >= cs; j-- {
				p, ok := provenanceVerbs[a.key(j)]
				if !ok || !a.lower(j) {
					continue
				}
				if p == "" && !strings.HasPrefix(a.key(j), "zurück") {
					verb, cue = j, []rng{{j, j + 1}, {i, i + 2}} // Die Zahlen beruhen (laut Bericht) auf Angaben von …
					if j+1 == i {
						cue = []rng{{j, i + 2}}
					}
				}
				for k := np; k < ce && p != ""; k++ {
					if a.key(k) == p {
						verb, cue = j, []rng{{j, j + 1}, {i, i + 2}, {k, k + 1}}
						break
					}
				}
				break
			}
		}
		if verb < 0 {
			continue
		}
		// the content: the subject, from the clause start (after a subordinator)
		// to the verb or to auf
		s := cs
		if a.is(s, cSub) {
			s++
		}
		e := min(i, verb)
		for e > s && (a.isComma(e-1) || a.is(e-1, cAdv)) {
			e--
		}
		if e <= s || !a.word(s) || strings.HasPrefix(a.key(s), "zurück") {
			continue
		}
		fr := rng{min(cue[0][0], i), cue[len(cue)-1][1]}
		a.addCand(cand{typ: Reported, unit: ui, content: a.rng1(rng{s, e}), speaker: sp, cue: a.rngs(cue), frame: a.rng1(fr),
			entry: -1, lemma: provenanceLemma(a.key(verb)), inherit: -1}, fr[0])
		next = fr[1]
	}
}

// provenanceLemma returns the lemma of a provenance verb form.
func provenanceLemma(form string) string {
	switch {
	case strings.HasPrefix(form, "beruh"):
		return "beruhen"
	case strings.HasPrefix(form, "basier"):
		return "basieren"
	case form == "zurückzuführen":
		return "zurückführen"
	}
	return "zurückgehen"
}
