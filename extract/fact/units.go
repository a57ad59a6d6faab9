package fact

import "strings"

// dimension is what a canonical unit measures and its factor to the base
// unit of that dimension, so that "5 km" and "5,000 m" (or "37 miles" and
// "60 km") compare. Units are the canonical names of the lexicon's [unit]
// list (a claim's unit is looked up there first), with the usual spellings
// of each. A unit not listed here (and every currency: no exchange rates)
// is a dimension of its own.
type dimension struct {
	name   string
	factor float64
}

var dimensions = map[string]dimension{
	"mm": {"length", 0.001}, "cm": {"length", 0.01}, "m": {"length", 1}, "km": {"length", 1000},
	"inch": {"length", 0.0254}, "in": {"length", 0.0254}, "ft": {"length", 0.3048},
	"mi": {"length", 1609.344}, "mile": {"length", 1609.344}, "nmi": {"length", 1852},
	"m2": {"area", 1}, "ha": {"area", 1e4}, "km2": {"area", 1e6}, "acre": {"area", 4046.8564224},
	"mi2": {"area", 2589988.110336}, "mile2": {"area", 2589988.110336},
	"mg": {"mass", 1e-6}, "g": {"mass", 0.001}, "kg": {"mass", 1}, "t": {"mass", 1000},
	"lb": {"mass", 0.45359237}, "oz": {"mass", 0.028349523125},
	"ml": {"volume", 0.001}, "l": {"volume", 1}, "gal": {"volume", 3.785411784}, "bbl": {"volume", 158.987294928}, "bbl/d": {"flow", 0.158987294928 / 86400},
	"m3": {"volume", 1000}, "km3": {"volume", 1e12}, "ft3": {"volume", 28.316846592},
	"l/s": {"flow", 0.001}, "m3/s": {"flow", 1}, "m3/d": {"flow", 1.0 / 86400}, "ft3/s": {"flow", 0.028316846592},
	"bar": {"pressure", 1e5}, "mbar": {"pressure", 100}, "hPa": {"pressure", 100}, "kPa": {"pressure", 1e3}, "MPa": {"pressure", 1e6}, "psi": {"pressure", 6894.757293168},
	"nSv": {"radiation dose", 1e-9}, "µSv": {"radiation dose", 1e-6}, "mSv": {"radiation dose", 1e-3}, "Sv": {"radiation dose", 1},
	"nSv/h": {"dose rate", 1e-9}, "µSv/h": {"dose rate", 1e-6}, "mSv/h": {"dose rate", 1e-3}, "Sv/h": {"dose rate", 1},
	"mSv/yr": {"annual dose", 1e-3}, "µSv/yr": {"annual dose", 1e-6}, "Sv/yr": {"annual dose", 1}, "nSv/yr": {"annual dose", 1e-9},
	"seconds": {"duration", 1.0 / 86400}, "minute": {"duration", 1.0 / 1440}, "hour": {"duration", 1.0 / 24}, "day": {"duration", 1},
	"week": {"duration", 7}, "month": {"duration", 30.436875}, "year": {"duration", 365.2425},
	"decade":   {"duration", 3652.425},
	"megabyte": {"data", 0.001}, "GB": {"data", 1}, "TB": {"data", 1000}, "petabyte": {"data", 1e6},
	"km/h": {"speed", 1}, "mph": {"speed", 1.609344}, "kn": {"speed", 1.852},
	"kWh": {"energy", 1}, "MWh": {"energy", 1e3}, "GWh": {"energy", 1e6}, "TWh": {"energy", 1e9}, "therm": {"energy", 29.307107},
	"µg/m3": {"air concentration", 1}, "mg/m3": {"air concentration", 1000},
	"mg/L": {"concentration", 1}, "ppm": {"concentration", 1}, "ppb": {"concentration", 0.001},
	"watt": {"power", 0.001}, "kW": {"power", 1}, "MW": {"power", 1e3}, "GW": {"power", 1e6}, "terawatt": {"power", 1e9},
	"%": {"percent", 1}, "pp": {"percentage point", 1}, "bp": {"percentage point", 0.01},
	// a cent is most often a dollar's ("71 cents a share" against
	// "$0.71"), a penny a pound's
	"cent": {"USD", 0.01}, "penny": {"GBP", 0.01}, "eurocent": {"EUR", 0.01},
}

// Dimension returns the dimension of unit u ("length", "mass", "area",
// "duration", ...) and its factor to that dimension's base unit; a unit it
// does not know is a dimension of its own, factor 1.
func Dimension(u string) (string, float64) {
	if d, ok := dimensions[u]; ok {
		return d.name, d.factor
	}
	// a written scale: "billion USD", "million t"
	if base, f := Scale(u); f != 1 {
		dim, factor := Dimension(base)
		return dim, factor * f
	}
	return u, 1
}

// Scale splits a unit that keeps its written scale into the unit and the
// scale's factor: "million t" is "t" and 1e6; a unit without one is
// itself, factor 1.
func Scale(u string) (string, float64) {
	if sc, rest, ok := strings.Cut(u, " "); ok {
		if f, ok := scales[sc]; ok {
			return rest, f
		}
	}
	return u, 1
}

// scales are the scale words a unit may keep as written.
var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
