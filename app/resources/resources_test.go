package resources

import (
	"strings"
	"testing"
)

func TestRegionFromAcceptLanguage(t *testing.T) {
	cases := map[string]string{
		"":                          "US",
		"en-GB,en;q=0.9":            "GB",
		"fr-CA,fr;q=0.8":            "CA",
		"de-DE,de;q=0.9,en-AU;q=.5": "AU",
		"en":                        "US",
		"zh-Hant-TW":                "US",
		"en-ie":                     "IE",
	}
	for in, want := range cases {
		if got := RegionFromAcceptLanguage(in); got != want {
			t.Errorf("%q: got %s want %s", in, got, want)
		}
	}
}

func TestDirectoryIsSourcedAndSafe(t *testing.T) {
	for _, r := range All("US") {
		if len(r.Resources) == 0 {
			t.Errorf("%s has no resources", r.Code)
		}
		crisis := false
		for _, res := range r.Resources {
			if res.Source == "" || res.Contact == "" || res.Hours == "" {
				t.Errorf("%s/%s is missing a source, contact or hours", r.Code, res.Name)
			}
			if res.Kind == KindCrisis {
				crisis = true
			}
			// 988's LGBTQ+ "press 3" option ended on 2025-07-17.
			if strings.Contains(strings.ToLower(res.Contact), "press 3") {
				t.Errorf("%s shows the retired 988 press-3 option", res.Name)
			}
		}
		if !crisis {
			t.Errorf("%s has no crisis line", r.Code)
		}
	}
	us := For("US")
	if us[0].Tel != "988" || us[len(us)-1].Name != International.Name {
		t.Errorf("US list should start with 988 and end with the directory: %+v", us)
	}
	if got := For("FR"); len(got) != 1 || got[0].Name != International.Name {
		t.Errorf("unknown region should get the directory only: %+v", got)
	}
}
