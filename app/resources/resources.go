// Package resources owns the crisis-line directory Haven shows on /help, on
// the crisis page and in the API. Every entry carries the source it was taken
// from (../shared/reference/crisis-resources.md) and the day it was checked;
// nothing here is guessed. Re-verify before each release.
package resources

import (
	"sort"
	"strings"
)

// VerifiedOn is the date the directory was last compared with its sources.
const VerifiedOn = "2026-11-25"

// Kind separates crisis lines from emergency numbers and referral lines, so
// pages can order them and label referral lines honestly.
type Kind string

const (
	KindCrisis    Kind = "crisis"
	KindEmergency Kind = "emergency"
	KindReferral  Kind = "referral"
	KindDirectory Kind = "directory"
)

// Resource is one way to reach help.
type Resource struct {
	Name    string `json:"name"`
	Contact string `json:"contact"`
	Hours   string `json:"hours"`
	URL     string `json:"url"`
	// Tel and SMS are dialable forms of the contact for tel:/sms: links.
	Tel    string `json:"-"`
	SMS    string `json:"-"`
	Serves string `json:"-"`
	Kind   Kind   `json:"-"`
	Source string `json:"-"`
}

// Region is a country's list, crisis lines first.
type Region struct {
	Code      string
	Name      string
	Resources []Resource
}

// International is shown for every region and alone for regions Haven has
// no verified list for.
var International = Resource{
	Name:    "Find A Helpline",
	Contact: "findahelpline.com lists free, verified helplines by country and topic",
	Hours:   "varies by service",
	URL:     "https://findahelpline.com",
	Serves:  "people anywhere in the world",
	Kind:    KindDirectory,
	Source:  "findahelpline.com; Lifeline International (Apr 2024)",
}

var regions = map[string]Region{
	"US": {Code: "US", Name: "United States", Resources: []Resource{
		{Name: "988 Suicide & Crisis Lifeline", Contact: "Call or text 988, or chat online; on a call, press 2 for Spanish", Hours: "24/7, free, confidential",
			URL: "https://988lifeline.org/chat", Tel: "988", SMS: "988", Kind: KindCrisis,
			Serves: "anyone in emotional distress, a mental-health or substance-use crisis, or worried about someone; interpreters for many other languages",
			Source: "988 Messaging Framework (suicidepreventionmessaging.org); MCPHS counseling services"},
		{Name: "Crisis Text Line", Contact: "Text HOME to 741741", Hours: "24/7", SMS: "741741", Kind: KindCrisis,
			Serves: "anyone in the US, any crisis; trained volunteers",
			Source: "secondary pages (SFISD, Pennies for Poverty); re-verify on the official site"},
		{Name: "Veterans Crisis Line", Contact: "Dial 988 then press 1, or text 838255", Hours: "24/7",
			URL: "https://www.veteranscrisisline.net/Chat", Tel: "988", SMS: "838255", Kind: KindCrisis,
			Serves: "veterans, service members and their families and friends",
			Source: "VeteransCrisisLine.net; VA news release 2022-07-25"},
		{Name: "The Trevor Project", Contact: "Call 1-866-488-7386 or text START to 678-678", Hours: "24/7",
			Tel: "18664887386", SMS: "678678", Kind: KindCrisis,
			Serves: "LGBTQ+ young people",
			Source: "The Advocate 2019-04-30; Imgur help centre; re-verify on the official site"},
		{Name: "SAMHSA National Helpline", Contact: "Call 1-800-662-4357 (TTY 1-800-487-4889)", Hours: "24/7, English and Spanish",
			Tel: "18006624357", Kind: KindReferral,
			Serves: "treatment referral and information for substance use and mental health (not counseling or crisis support)",
			Source: "samhsa.gov National Helpline page"},
		{Name: "Emergency services", Contact: "Call 911", Hours: "24/7", Tel: "911", Kind: KindEmergency,
			Serves: "immediate danger", Source: "Togetherall house rules (US)"},
	}},
	"CA": {Code: "CA", Name: "Canada", Resources: []Resource{
		{Name: "9-8-8: Suicide Crisis Helpline", Contact: "Call or text 9-8-8 (English or French)", Hours: "24/7, free",
			Tel: "988", SMS: "988", Kind: KindCrisis,
			Serves: "anyone in Canada thinking about suicide or worried about someone",
			Source: "Government of Canada news release 2023-11-30; CMHA Saskatoon"},
		{Name: "Emergency services", Contact: "Call 9-1-1 or go to an emergency department", Hours: "24/7", Tel: "911", Kind: KindEmergency,
			Serves: "emergencies", Source: "Mental Health Commission of Canada"},
	}},
	"GB": {Code: "GB", Name: "United Kingdom", Resources: []Resource{
		{Name: "Samaritans", Contact: "Call 116 123 (free)", Hours: "24 hours, every day",
			URL: "https://www.samaritans.org/how-we-can-help/contact-samaritan", Tel: "116123", Kind: KindCrisis,
			Serves: "anyone who is struggling to cope; you do not need to be suicidal",
			Source: "samaritans.org contact page"},
		{Name: "Shout 85258", Contact: "Text SHOUT to 85258", Hours: "24/7, free", URL: "https://giveusashout.org",
			SMS: "85258", Kind: KindCrisis, Serves: "anyone in the UK",
			Source: "giveusashout.org FAQ (updated 2024-11-04)"},
		{Name: "NHS 111 (England)", Contact: "Call 111 and choose the mental health option", Hours: "24/7",
			Tel: "111", Kind: KindCrisis, Serves: "urgent mental-health crisis in England",
			Source: "NHS surgery pages (Norwood MC 2024-08-14; Oundle 2023-05-03)"},
		{Name: "Emergency services", Contact: "Call 999", Hours: "24/7", Tel: "999", Kind: KindEmergency,
			Serves: "when a life is at immediate risk", Source: "giveusashout.org; NHS"},
	}},
	"IE": {Code: "IE", Name: "Ireland", Resources: []Resource{
		{Name: "Samaritans Ireland", Contact: "Call 116 123 (free)", Hours: "24/7", Tel: "116123", Kind: KindCrisis,
			Serves: "anyone", Source: "Irish Health Pro 2016-04-12; Irish Examiner"},
		{Name: "50808", Contact: "Text 50808", Hours: "24/7, free, anonymous", SMS: "50808", Kind: KindCrisis,
			Serves: "anyone in Ireland", Source: "Irish Examiner (2020); Today FM 2020-06-16"},
		{Name: "Emergency services", Contact: "Call 999 or 112", Hours: "24/7", Tel: "112", Kind: KindEmergency,
			Serves: "emergencies", Source: "citizensinformation.ie"},
	}},
	"AU": {Code: "AU", Name: "Australia", Resources: []Resource{
		{Name: "Lifeline Australia", Contact: "Call 13 11 14 or text 0477 13 11 14", Hours: "24/7",
			Tel: "131114", SMS: "0477131114", Kind: KindCrisis,
			Serves: "anyone in Australia in crisis or emotional distress",
			Source: "Life in Mind (Feb 2022); Lifeline"},
		{Name: "Emergency services", Contact: "Call Triple Zero (000)", Hours: "24/7", Tel: "000", Kind: KindEmergency,
			Serves: "danger to life", Source: "askforhealth.org.au"},
	}},
	"NZ": {Code: "NZ", Name: "New Zealand", Resources: []Resource{
		{Name: "1737 Need to talk?", Contact: "Free call or text 1737", Hours: "24/7", Tel: "1737", SMS: "1737", Kind: KindCrisis,
			Serves: "anyone stressed, anxious, depressed or worried about someone",
			Source: "Pegasus Health; Newshub 2017"},
		{Name: "Lifeline Aotearoa", Contact: "Call 0800 543 354 or free text HELP (4357)", Hours: "24/7",
			Tel: "0800543354", SMS: "4357", Kind: KindCrisis, Serves: "anyone in distress",
			Source: "Scoop 2018-03 and 2024-04-29"},
		{Name: "Emergency services", Contact: "Call 111", Hours: "24/7", Tel: "111", Kind: KindEmergency,
			Serves: "emergencies", Source: "Therapeer support pages"},
	}},
}

// DefaultRegion is used when nothing tells Haven where a person is.
const DefaultRegion = "US"

// ValidCode reports whether s looks like an ISO 3166-1 alpha-2 code.
func ValidCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// Known reports whether Haven has a verified list for the region.
func Known(code string) bool { _, ok := regions[code]; return ok }

// For returns the resources for a region: its own verified list, then the
// international directory. Unknown regions get the directory alone.
func For(code string) []Resource {
	r, ok := regions[strings.ToUpper(code)]
	out := make([]Resource, 0, len(r.Resources)+1)
	if ok {
		out = append(out, r.Resources...)
	}
	return append(out, International)
}

// All returns every region with a verified list, the given one first.
func All(first string) []Region {
	out := make([]Region, 0, len(regions))
	for _, r := range regions {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Code == first) != (out[j].Code == first) {
			return out[i].Code == first
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// RegionFromAcceptLanguage picks the first region named in an
// Accept-Language header ("en-GB,en;q=0.8" → GB) that Haven has a list for,
// else DefaultRegion. Quality values are honoured in header order, which is
// how browsers send them.
func RegionFromAcceptLanguage(h string) string {
	for _, part := range strings.Split(h, ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		sub := strings.Split(tag, "-")
		for _, s := range sub[1:] {
			code := strings.ToUpper(s)
			if len(code) == 2 && Known(code) {
				return code
			}
		}
	}
	return DefaultRegion
}
