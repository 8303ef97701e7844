package source

import "slices"

// containing answers, for every query range, which of the items holds it (its start
// at or before the query's start and its end at or after the query's end): the
// first such item in items order, or with last the last one; -1 if none. A unit of
// many frames asks this for every prepositional frame, so the items are swept in
// order of their starts with a Fenwick tree over their ends, n log n in all rather
// than one scan of every item per query.
func containing(items, queries []rng, last bool) []int {
	res := make([]int, len(queries))
	for i := range res {
		res[i] = -1
	}
	if len(items) == 0 || len(queries) == 0 {
		return res
	}
	// the tree is indexed by top-end, so that the ends at or after a query's end
	// form a prefix; it spans the ends of the items only (base to top), not the
	// token indexes before them
	top, base := items[0][1], items[0][0]
	for _, it := range items {
		top, base = max(top, it[1]), min(base, it[0])
	}
	// the tree keeps, for each prefix, the best priority: the item's index for
	// last, its distance from the end of items for first, -1 for none
	tree := make([]int, top-base+2)
	for i := range tree {
		tree[i] = -1
	}
	put := func(end, prio int) {
		for p := top - end + 1; p < len(tree); p += p & -p {
			tree[p] = max(tree[p], prio)
		}
	}
	best := func(end int) int {
		b := -1
		for p := min(top-end+1, len(tree)-1); p > 0; p -= p & -p {
			b = max(b, tree[p])
		}
		return b
	}
	order := make([]int, len(items)+len(queries))
	byItem, byQuery := order[:len(items)], order[len(items):]
	for i := range byItem {
		byItem[i] = i
	}
	for i := range byQuery {
		byQuery[i] = i
	}
	slices.SortFunc(byItem, func(x, y int) int { return items[x][0] - items[y][0] })
	slices.SortFunc(byQuery, func(x, y int) int { return queries[x][0] - queries[y][0] })
	k := 0
	for _, qi := range byQuery {
		q := queries[qi]
		for ; k < len(byItem) && items[byItem[k]][0] <= q[0]; k++ {
			if it := byItem[k]; last {
				put(items[it][1], it)
			} else {
				put(items[it][1], len(items)-1-it)
			}
		}
		if q[1] > top {
			continue // no item ends that late
		}
		switch b := best(q[1]); {
		case b < 0:
		case last:
			res[qi] = b
		default:
			res[qi] = len(items) - 1 - b
		}
	}
	return res
}
