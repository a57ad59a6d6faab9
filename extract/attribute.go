package extract

// attribute sets the source and status of every claim of a.
func (x *Extractor) attribute(a *Article, sents []*sentence) {}
