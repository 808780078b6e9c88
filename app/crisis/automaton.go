package crisis

// automaton is an Aho–Corasick matcher compiled to a dense DFA over the
// normalized alphabet, so scanning is one table lookup per byte.
type automaton struct {
	delta []int32 // state*alphabet + class → next state
	out   [][]int32
	// outLink chains states whose output lists must also be reported.
	outLink []int32
	lens    []int32 // pattern lengths, by pattern index
	emits   []bool  // state has output of its own or through outLink
}

// The normalized alphabet: a-z, 0-9, space, '.', ','.
const alphabet = 26 + 10 + 3

var classOf = func() [256]uint8 {
	var c [256]uint8
	for i := range c {
		c[i] = 255
	}
	for b := 'a'; b <= 'z'; b++ {
		c[b] = uint8(b - 'a')
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = uint8(26 + b - '0')
	}
	c[' '], c['.'], c[','] = 36, 37, 38
	return c
}()

func buildAutomaton(patterns []string) *automaton {
	type node struct {
		next [alphabet]int32
		fail int32
		out  []int32
	}
	nodes := []node{{}}
	for i := range nodes[0].next {
		nodes[0].next[i] = -1
	}
	a := &automaton{lens: make([]int32, len(patterns))}
	for pi, p := range patterns {
		a.lens[pi] = int32(len(p))
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := classOf[p[i]]
			if c == 255 {
				continue
			}
			if nodes[s].next[c] < 0 {
				nodes = append(nodes, node{})
				for k := range nodes[len(nodes)-1].next {
					nodes[len(nodes)-1].next[k] = -1
				}
				nodes[s].next[c] = int32(len(nodes) - 1)
			}
			s = nodes[s].next[c]
		}
		nodes[s].out = append(nodes[s].out, int32(pi))
	}
	// Breadth-first failure links; missing edges become DFA transitions.
	queue := make([]int32, 0, len(nodes))
	var bfs []int32 // every non-root state in breadth-first order
	for c := 0; c < alphabet; c++ {
		if n := nodes[0].next[c]; n >= 0 {
			nodes[n].fail = 0
			queue = append(queue, n)
		} else {
			nodes[0].next[c] = 0
		}
	}
	a.outLink = make([]int32, len(nodes))
	a.outLink[0] = -1
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		bfs = append(bfs, s)
		f := nodes[s].fail
		if len(nodes[f].out) > 0 {
			a.outLink[s] = f
		} else if f != 0 {
			a.outLink[s] = a.outLink[f]
		} else {
			a.outLink[s] = -1
		}
		for c := 0; c < alphabet; c++ {
			n := nodes[s].next[c]
			if n >= 0 {
				nodes[n].fail = nodes[f].next[c]
				queue = append(queue, n)
			} else {
				nodes[s].next[c] = nodes[f].next[c]
			}
		}
	}
	// Renumber states breadth-first so the shallow states every text
	// passes through sit together at the front of the table (cache
	// friendly), then flatten.
	order := append([]int32{0}, bfs...)
	newID := make([]int32, len(nodes))
	for i, old := range order {
		newID[old] = int32(i)
	}
	a.delta = make([]int32, len(nodes)*alphabet)
	a.out = make([][]int32, len(nodes))
	a.emits = make([]bool, len(nodes))
	link := make([]int32, len(nodes))
	for i, old := range order {
		n := nodes[old]
		for c := 0; c < alphabet; c++ {
			a.delta[i*alphabet+c] = newID[n.next[c]]
		}
		a.out[i] = n.out
		if l := a.outLink[old]; l >= 0 {
			link[i] = newID[l]
		} else {
			link[i] = -1
		}
	}
	a.outLink = link
	for i := range a.out {
		a.emits[i] = len(a.out[i]) > 0 || a.outLink[i] >= 0
	}
	return a
}

// hit is a pattern occurrence ending at byte end (exclusive) of the text.
type hit struct {
	pattern int32
	end     int32
}

// scan appends every occurrence of every pattern in text to hits.
func (a *automaton) scan(text []byte, hits []hit) []hit {
	s := int32(0)
	for i, b := range text {
		c := classOf[b]
		if c == 255 {
			s = 0
			continue
		}
		s = a.delta[int(s)*alphabet+int(c)]
		if !a.emits[s] {
			continue
		}
		for o := s; o >= 0; o = a.outLink[o] {
			for _, p := range a.out[o] {
				hits = append(hits, hit{pattern: p, end: int32(i + 1)})
			}
			if o == 0 {
				break
			}
		}
	}
	return hits
}
