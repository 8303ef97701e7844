package source

import (
	"slices"

	"github.com/aussage/aussage"
)

// expandMentions adds to each named source the other places where the text names
// it: a speaker introduced as Bundesfinanzminister Peer Steinbrück is mentioned
// again wherever Steinbrück or Peer Steinbrück stands, whether or not that
// sentence frames anything (hatte Steinbrück Positives zu vermelden). Only the
// proper-name words of a source's name count (words no source lexicon types: not
// Regierung, not Sprecher), and only a word that names one source, so that common
// nouns and descriptions never become mentions here; pronouns and definite
// descriptions stay with the frames that resolve them. The text is read once.
// It returns which sources gained a mention (nil if none may have), whose
// mentions are then no longer in text order (see finishMentions).
func (a *analysis) expandMentions(reg *registry) []bool {
	if len(reg.sources) == 0 {
		return nil
	}
	// the words a source is named by: every proper-name word of its name
	owner := a.scr.owner // name word → source; -1 if two sources share it
	if owner == nil || len(owner) > maxReusedMap {
		owner = map[string]int{}
		a.scr.owner = owner
	}
	clear(owner)
	for id, ws := range reg.words {
		if k := reg.sources[id].Kind; k == Generic || k == Anonymous || k == Collective || k == UnknownKind {
			continue
		}
		for _, w := range ws {
			if len(w) < 3 || kindOf(w) != UnknownKind {
				continue
			}
			if o, ok := owner[w]; ok && o != id {
				owner[w] = -1
				continue
			}
			owner[w] = id
		}
	}
	if len(owner) == 0 {
		return nil
	}
	// most capitalised words name no source: a mask of the lengths of the name
	// words by their first byte turns them away before the map is asked
	var lens [256]uint32
	for w := range owner {
		lens[w[0]] |= 1 << min(len(w), 31)
	}
	ownerOf := func(k string) (int, bool) {
		if len(k) == 0 || lens[k[0]]&(1<<min(len(k), 31)) == 0 {
			return 0, false
		}
		o, ok := owner[k]
		return o, ok
	}
	// the mentions the frames found, by start: a run inside one is not added again
	known := a.scr.known[:0]
	defer func() { a.scr.known = known[:0] }()
	for _, m := range reg.mentions {
		known = append(known, m.sp)
	}
	slices.SortFunc(known, func(x, y aussage.Span) int { return x.Start - y.Start })
	next, knownEnd := 0, 0 // known[:next] start at or before the current run; knownEnd is their furthest end
	added := grown(a.scr.added, len(reg.sources))[:len(reg.sources)]
	clear(added)
	a.scr.added = added
	toks := a.toks
	names := a.lists.toks[listName] // isCap and capWord
	for x := 0; x < len(names); {
		// the run of capitalised words from i, as a name is written (Peer Steinbrück)
		i, e := int(names[x]), int(names[x])+1
		for x++; x < len(names) && int(names[x]) == e; x++ {
			e++
		}
		// within the run, a stretch of words of one source is a mention of it
		// (hatte Steinbrück Positives: the noun after the name is another phrase);
		// capitalised words before the stretch are first names or role nouns,
		// which only a source known by one word can take (Kommissar Jan Figeľ is
		// the Figeľ named before, but Paul Berger is not Anna Berger)
		id, s, f := -1, -1, -1
		for j := i; j < e; j++ {
			o, ok := ownerOf(toks[j].Key)
			if !ok || o < 0 {
				continue
			}
			id, f = o, j
			for f+1 < e {
				if o, ok := ownerOf(toks[f+1].Key); !ok || o != id {
					break
				}
				f++
			}
			s = j
			if j > i && len(reg.words[id]) == 1 {
				s = i
			} else if j > i && !roleNouns[toks[j-1].Key] {
				id = -1
			}
			break
		}
		if id < 0 {
			continue
		}
		at := toks[s].Span.Start
		for ; next < len(known) && known[next].Start <= at; next++ {
			knownEnd = max(knownEnd, known[next].End)
		}
		if knownEnd <= at {
			reg.mention(id, aussage.Span{Start: at, End: toks[f].Span.End})
			added[id] = true
		}
	}
	return added
}
