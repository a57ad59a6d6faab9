package compare

// disjoint is a union-find over 0..n-1 whose root is always a set's
// smallest member, so that what is built on it does not depend on the
// order of the unions.
type disjoint []int32

func newDisjoint(n int) disjoint {
	d := make(disjoint, n)
	for i := range d {
		d[i] = int32(i)
	}
	return d
}

// find returns the smallest member of x's set.
func (d disjoint) find(x int) int {
	for d[x] != int32(x) {
		d[x] = d[d[x]] // path halving
		x = int(d[x])
	}
	return x
}

// union joins the sets of a and b.
func (d disjoint) union(a, b int) {
	if ra, rb := d.find(a), d.find(b); ra != rb {
		d[max(ra, rb)] = int32(min(ra, rb))
	}
}
